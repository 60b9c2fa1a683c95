#pragma once

#include "util/result.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace linkdesk {

// The import pipeline runs as plain sequential code on its worker thread while the network clients
// live on another thread's event loop. callAndWait() starts an asynchronous call over there and
// blocks the worker until its callback answers, so the pipeline can commit each state change before
// the next call and still keep many calls on the wire (callAllAndWait()).
//
// A cancel stops the waiting within a tenth of a second; the call itself finishes (or not) on its
// own thread and its answer is dropped. That is safe because the pipeline commits "submitting"
// before it asks, and an order with an unknown outcome is looked up before it is sent again.
template <typename T>
using StartCall = std::function<void(std::function<void(Result<T>)> done)>;

template <typename T>
QList<Result<T>> callAllAndWait(QObject* context, const QList<StartCall<T>>& calls,
                                const std::atomic_bool* cancelled = nullptr) {
    struct Shared {
        QMutex mutex;
        QWaitCondition answered;
        QList<std::optional<Result<T>>> results;
        qsizetype pending = 0;
    };
    Q_ASSERT_X(context->thread() != QThread::currentThread(), "callAllAndWait",
               "waiting on the thread that must answer would never return");
    auto shared = std::make_shared<Shared>();
    shared->results.resize(calls.size());
    shared->pending = calls.size();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QMetaObject::invokeMethod(context, [shared, i, start = calls.at(i)] {
            start([shared, i](Result<T> result) {
                QMutexLocker lock(&shared->mutex);
                if (shared->results[i])
                    return; // answered twice: the first answer stands
                shared->results[i].emplace(std::move(result));
                --shared->pending;
                shared->answered.wakeAll();
            });
        });
    }
    QMutexLocker lock(&shared->mutex);
    while (shared->pending > 0) {
        if (cancelled && cancelled->load())
            break;
        shared->answered.wait(&shared->mutex, QDeadlineTimer(100));
    }
    QList<Result<T>> results;
    results.reserve(calls.size());
    for (auto& r : shared->results)
        results.append(r ? *r : Result<T>(fail(QObject::tr("Cancelled."), ErrorKind::Cancelled)));
    return results;
}

template <typename T>
Result<T> callAndWait(QObject* context, const StartCall<T>& start,
                      const std::atomic_bool* cancelled = nullptr) {
    return callAllAndWait<T>(context, QList<StartCall<T>>{start}, cancelled).constFirst();
}

} // namespace linkdesk
