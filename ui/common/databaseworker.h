#pragma once

#include "store/database.h"
#include "util/result.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace linkdesk {

// A thread with its own connection to the database, for the queries and writes of one page or
// dialog, so the GUI thread never waits on SQL. run() queues a job there; its result comes back to
// the thread of this object through a queued call, and is dropped when the context is gone.
// Jobs run one at a time, in the order they were queued. The destructor lets the running job finish,
// drops the ones still queued, closes the connection and waits for the thread.
class DatabaseWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)
public:
    // The connection is opened (with the same URL and actor as db) on the worker thread when the
    // first job runs.
    explicit DatabaseWorker(const Database& db, QObject* parent = nullptr);
    ~DatabaseWorker() override;

    template <typename T>
    void run(QObject* context, std::function<Result<T>(Database&)> job, std::function<void(Result<T>)> done) {
        // The answer goes through this object, which lives on the caller's thread and outlives the
        // worker thread, so the guard is only ever read on the thread that deletes the context.
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done)](Database* db, const QString& error) {
            auto result = std::make_shared<Result<T>>(db ? job(*db) : Result<T>(fail(error)));
            QMetaObject::invokeMethod(
                this,
                [guard, result, done] {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void(Database*, const QString&)> task);

    DatabaseUrl m_url;
    QString m_actor;
    QThread m_thread;
    QObject* m_context;             // lives on m_thread
    std::unique_ptr<Database> m_db; // opened, used and closed on m_thread only
    QString m_openError;
    bool m_opened = false;
    std::atomic_bool m_stopping = false; // set by the destructor: queued jobs are skipped
};

} // namespace linkdesk
