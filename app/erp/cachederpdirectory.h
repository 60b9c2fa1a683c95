#pragma once

#include "domain/erpdirectory.h"
#include "erpsalesorder.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace linkdesk {

class ErpClient;
class LookupCache;

// The production ErpDirectory: answers the matcher from the LookupCache (Known, cacheHit) or says
// Unknown; the MatchSession then collects the misses and fetch()es them, in parallel through the
// ErpClient, and runs the matcher again. Two fetches of one key share one network call. A key whose
// fetch failed answers Failed (with the reason) until it is fetched again. A fetch's look-ups, and
// a round's creates, are started inside one ErpClient::Batch: Business Central gets them as $batch
// requests, other ERPs as parallel single requests.
//
// The answers are kept in the cache, so a MatchSession needs them there until its next round: run it
// within a LookupCache::Session (the import and the jobs do), which keeps them even with the TTL at
// 0. An answer asked for before a clear of the cache is not kept.
//
// Threads: the lookups may be called from any thread (the cache is thread-safe). fetch() and
// createCustomers() block their caller until the client, living on another thread, has answered;
// fetchAsync() and createCustomerAsync() run on the client's thread.
class CachedErpDirectory final : public QObject, public ErpDirectory {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedErpDirectory)
public:
    // After a fetch: the errors of the look-ups that failed (each names what was looked up).
    using FetchDone = std::function<void(const QList<Error>& errors)>;

    CachedErpDirectory(ErpClient* client, LookupCache* cache, QObject* parent = nullptr);
    ~CachedErpDirectory() override;

    Lookup<QList<ErpCustomer>> findCustomers(const CustomerSearch& search) override;
    Lookup<std::optional<ErpCustomer>> customer(const QString& number) override;
    Lookup<bool> itemExists(const QString& number) override;
    // From another thread than the client's (they wait for it).
    QList<Error> fetch(const QList<MissingLookup>& lookups, const std::atomic_bool* cancelled) override;
    QList<Result<ErpCustomer>> createCustomers(const QList<NewCustomer>& customers,
                                               const std::atomic_bool* cancelled) override;

    void createCustomerAsync(const NewCustomer& customer, std::function<void(Result<ErpCustomer>)> done);
    // The customer's prices of these lines: from the cache where it holds them (per customer, item
    // and quantity), the rest asked of the ERP and kept. From another thread than the client's.
    Result<QList<ErpPrice>> prices(const QString& customerNumber, const QList<ErpOrderLine>& lines,
                                   const std::atomic_bool* cancelled = nullptr);
    void pricesAsync(const QString& customerNumber, const QList<ErpOrderLine>& lines,
                     std::function<void(Result<QList<ErpPrice>>)> done);
    // Fetches every look-up not already being fetched, fills the cache, and calls done once all of
    // them (including those another fetch started) have answered.
    void fetchAsync(const QList<MissingLookup>& lookups, FetchDone done);

    // Drops what is known of these customers, so the next look-up asks the ERP.
    void forgetCustomers(const QStringList& numbers);

    // Network calls started by fetch() since construction (shared calls count once).
    int fetchCallsStarted() const { return m_callsStarted; }
    int inFlight() const { return int(m_waiting.size()); }
    LookupCache* cache() const { return m_cache; }

private:
    using Waiter = std::function<void(const Error* error)>;
    // Starts the call for key unless it is in flight; waiter runs when it answers.
    void join(const QString& key, Waiter waiter, const std::function<void()>& start);
    void finished(const QString& key, const Error* error);
    std::optional<Error> failure(const QString& key) const;

    QPointer<ErpClient> m_client;
    LookupCache* m_cache;
    QHash<QString, QList<Waiter>> m_waiting; // key -> who waits for its in-flight call
    mutable QMutex m_failuresMutex;
    QHash<QString, Error> m_failures; // key -> why its last fetch failed
    QSet<QString> m_fetchedFresh;     // searches answered by the ERP since construction
    int m_callsStarted = 0;
};

} // namespace linkdesk
