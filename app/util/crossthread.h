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

// Calls started on another thread's event loop, answered there, waited for here: start() returns at
// once, so the caller can do other work (match the next wave) while they run, then wait().
template <typename T>
class CallsInFlight final {
public:
    // Runs every start on context's thread, all in one go; around, when given, wraps that (an ERP
    // client's together(), so the calls travel in one batch).
    using Around = std::function<void(const std::function<void()>& startAll)>;

    static std::shared_ptr<CallsInFlight> start(QObject* context, const QList<StartCall<T>>& calls,
                                                Around around = {}) {
        std::shared_ptr<CallsInFlight> self(new CallsInFlight(context, calls.size()));
        if (calls.isEmpty())
            return self;
        QMetaObject::invokeMethod(context, [self, calls, around = std::move(around)] {
            const auto startAll = [&self, &calls] {
                for (qsizetype i = 0; i < calls.size(); ++i)
                    calls.at(i)([self, i](Result<T> result) { self->answer(i, std::move(result)); });
            };
            if (around)
                around(startAll);
            else
                startAll();
        });
        return self;
    }

    // Blocks until every call answered, or cancelled is set (then the calls not answered yet come
    // back Cancelled; their answers are dropped when they come). Never on context's thread.
    QList<Result<T>> wait(const std::atomic_bool* cancelled = nullptr) {
        Q_ASSERT_X(m_thread != QThread::currentThread(), "CallsInFlight::wait",
                   "waiting on the thread that must answer would never return");
        QMutexLocker lock(&m_mutex);
        while (m_pending > 0) {
            if (cancelled && cancelled->load())
                break;
            m_answered.wait(&m_mutex, QDeadlineTimer(100));
        }
        QList<Result<T>> results;
        results.reserve(m_results.size());
        for (const auto& r : std::as_const(m_results))
            results.append(r ? *r : Result<T>(fail(QObject::tr("Cancelled."), ErrorKind::Cancelled)));
        return results;
    }

    qsizetype size() const { return m_results.size(); }

private:
    CallsInFlight(QObject* context, qsizetype count)
        : m_thread(context->thread())
        , m_pending(count) {
        m_results.resize(count);
    }
    void answer(qsizetype i, Result<T> result) {
        QMutexLocker lock(&m_mutex);
        if (m_results[i])
            return; // answered twice: the first answer stands
        m_results[i].emplace(std::move(result));
        --m_pending;
        m_answered.wakeAll();
    }

    QThread* m_thread;
    QMutex m_mutex;
    QWaitCondition m_answered;
    QList<std::optional<Result<T>>> m_results;
    qsizetype m_pending = 0;
};

template <typename T>
QList<Result<T>> callAllAndWait(QObject* context, const QList<StartCall<T>>& calls,
                                const std::atomic_bool* cancelled = nullptr,
                                typename CallsInFlight<T>::Around around = {}) {
    return CallsInFlight<T>::start(context, calls, std::move(around))->wait(cancelled);
}

template <typename T>
Result<T> callAndWait(QObject* context, const StartCall<T>& start,
                      const std::atomic_bool* cancelled = nullptr) {
    return callAllAndWait<T>(context, QList<StartCall<T>>{start}, cancelled).constFirst();
}

} // namespace linkdesk
