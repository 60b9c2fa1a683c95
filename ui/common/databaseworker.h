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

// Tells the requests of one kind (a page's rows, say) which of them is the latest. next() before
// each request supersedes the ones before it: a job whose ticket is no longer current is skipped
// if it has not started, and its answer is dropped if it has.
class RequestSerial final {
public:
    class Ticket final {
    public:
        Ticket() = default; // a ticket no request supersedes
        bool isCurrent() const { return !m_serial || m_serial->load() == m_number; }

    private:
        friend class RequestSerial;
        Ticket(std::shared_ptr<const std::atomic_int> serial, int number)
            : m_serial(std::move(serial))
            , m_number(number) {}
        std::shared_ptr<const std::atomic_int> m_serial;
        int m_number = 0;
    };

    // A ticket for a new request; every earlier one is superseded.
    Ticket next() { return {m_serial, ++*m_serial}; }
    // The ticket of the latest request, for a second job that belongs to it.
    Ticket current() const { return {m_serial, m_serial->load()}; }
    // Supersedes every request made so far (a destructor, say).
    void supersede() { ++*m_serial; }

private:
    std::shared_ptr<std::atomic_int> m_serial = std::make_shared<std::atomic_int>(0);
};

// The one way the window reaches its database: a thread with its own connection that runs the
// queries and writes of the pages, their dialogs and the window's own actions, so the GUI thread
// never runs SQL (and never waits the seconds SQLite may wait on another connection's lock). run()
// queues a job there; its result comes back on the thread of this object through a queued call,
// and is dropped when the context is gone or the request was superseded. Jobs run one at a time,
// in the order they were queued. The destructor lets the running job finish, drops the ones still
// queued, closes the connection and waits for the thread.
class DatabaseWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)
public:
    template <typename T>
    using Job = std::function<Result<T>(Database&)>;
    template <typename T>
    using Done = std::function<void(Result<T>)>;

    // The connection is opened (with the same URL and actor as db) on the worker thread when the
    // first job runs; db itself is not used after this.
    explicit DatabaseWorker(const Database& db, QObject* parent = nullptr);
    ~DatabaseWorker() override;

    template <typename T>
    void run(QObject* context, Job<T> job, Done<T> done) {
        run<T>(context, RequestSerial::Ticket(), std::move(job), std::move(done));
    }

    // As above, for a request that a newer one may supersede (see RequestSerial).
    template <typename T>
    void run(QObject* context, RequestSerial::Ticket ticket, Job<T> job, Done<T> done) {
        // The answer goes through this object, which lives on the caller's thread and outlives the
        // worker thread, so the guard is only ever read on the thread that deletes the context.
        QPointer<QObject> guard(context);
        post([this, guard, ticket, job = std::move(job), done = std::move(done)](Database* db,
                                                                                 const QString& error) {
            if (!ticket.isCurrent())
                return; // a newer request replaced it before it started
            auto result = std::make_shared<Result<T>>(db ? job(*db) : Result<T>(fail(error)));
            QMetaObject::invokeMethod(
                this,
                [guard, ticket, result, done] {
                    if (guard && ticket.isCurrent())
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
