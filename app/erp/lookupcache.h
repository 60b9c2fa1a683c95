#pragma once

#include "domain/cachesnapshot.h"
#include "domain/erpcustomer.h"
#include "domain/erpdirectory.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

namespace linkdesk {

// Cached ERP look-ups: customers by email search (CustomerSearch::key()), customer by number,
// whether an item exists, a customer's price of an item at a quantity, and whole documents an ERP
// client keeps (Tharstern's customer and contact directory). Every entry lives ttlSeconds (the
// cache_ttl_seconds setting; 0 turns caching off). Linkdesk's own writes go through at once (noteCustomer): a
// customer it created or linked is visible by number and in every cached search it matches, without waiting
// for a clear. Negative answers ("no such customer", "no such item") are cached like positive ones.
//
// Sessions: while a Session is open (one import, test order or check), an answer put in it stays
// usable until the session closes, even past its TTL or with the TTL at 0: the rounds of a match
// need the answers fetched for them. Nothing outlives its TTL across sessions, so with the TTL at 0
// nothing is cached from one import to the next (and nothing is saved).
//
// A clear wins: clear() starts a new epoch, and an answer asked for in an earlier epoch (passed as
// askedAt to a put) is not kept; clients that keep ERP data of their own (Tharstern's directory) read
// it again when the epoch changed. The saved cache has a generation that every clear of it raises
// (CacheStore): restore() of a newer generation first drops what this cache held, and a snapshot
// carries the generation it was loaded at, so a save after someone's clear is refused.
//
// Thread-safe: the importer reads and fills it on its worker thread while the GUI may clear it.
class LookupCache final {
public:
    using Epoch = quint64;
    // An open session of this cache; closes it when destroyed. Sessions nest.
    class Session final {
    public:
        explicit Session(LookupCache* cache);
        ~Session();
        Session(const Session&) = delete;
        Session& operator=(const Session&) = delete;

    private:
        LookupCache* m_cache;
    };

    struct Stats {
        qint64 hits = 0;
        qint64 misses = 0; // absent or expired
        int entries = 0;   // live entries
    };
    // Milliseconds on a monotonic clock; tests pass their own to step over the TTL.
    using Clock = std::function<qint64()>;

    explicit LookupCache(int ttlSeconds = 900, Clock clock = {});
    LookupCache(const LookupCache&) = delete;
    LookupCache& operator=(const LookupCache&) = delete;

    void setTtlSeconds(int seconds);
    int ttlSeconds() const;

    // nullopt: not cached (a miss).
    std::optional<QList<ErpCustomer>> customers(const CustomerSearch& search);
    // nullopt: not cached; a cached empty optional: the ERP has no such customer.
    std::optional<std::optional<ErpCustomer>> customer(const QString& number);
    std::optional<bool> itemExists(const QString& number);

    // askedAt: the epoch() when the ERP was asked; an answer asked for before a clear is not kept.
    void putCustomers(const CustomerSearch& search, const QList<ErpCustomer>& customers,
                      std::optional<Epoch> askedAt = std::nullopt);
    void putCustomer(const QString& number, const std::optional<ErpCustomer>& customer,
                     std::optional<Epoch> askedAt = std::nullopt);
    void putItemExists(const QString& number, bool exists, std::optional<Epoch> askedAt = std::nullopt);

    // The customer's unit price of the item at this quantity (every Tharstern price is an estimate
    // the ERP stores: asking again costs one).
    std::optional<double> price(const QString& customerNumber, const QString& itemNumber, double quantity);
    void putPrice(const QString& customerNumber, const QString& itemNumber, double quantity, double unitPrice,
                  std::optional<Epoch> askedAt = std::nullopt);

    // A whole answer kept under a name, with the same lifetime as every entry. Not counted as a hit
    // or a miss.
    std::optional<QJsonObject> document(const QString& name);
    void putDocument(const QString& name, const QJsonObject& document,
                     std::optional<Epoch> askedAt = std::nullopt);

    // Write-through of a customer Linkdesk created, linked or re-read: cached by number, replaced
    // wherever a cached search holds it, and added to every cached search it matches. Its entries
    // get a fresh lifetime.
    void noteCustomer(const ErpCustomer& customer);
    // Drops what is known of this customer: its entry and every search that found it (the ERP
    // refused an order for it: it may be gone).
    void forgetCustomer(const QString& number);

    // The live entries with their remaining lifetime ("ttl_ms"), the counters and the saved
    // generation they belong to, and back: lets the cache outlive one process (the CLI runs one import
    // per process). restore() adds the entries to what is held, after dropping everything held when
    // the snapshot's generation is newer (the saved cache was cleared since); a snapshot older than
    // this cache's generation adds nothing. The counters stay this cache's own.
    CacheSnapshot snapshot() const;
    void restore(const CacheSnapshot& snapshot);
    // The saved cache's generation this cache's entries belong to.
    qint64 generation() const;

    // Drops every entry and starts a new epoch; returns how many live entries were dropped. Counters
    // are kept.
    int clear();
    // Changes with every clear (and every restore that drops what was held).
    Epoch epoch() const;
    Stats stats() const;
    void resetCounters();

private:
    template <typename T>
    struct Entry {
        T value;
        qint64 expiresAt = 0;
        quint64 session = 0; // the session it was put in (0: none)
    };
    struct SearchEntry {
        CustomerSearch search;
        QList<ErpCustomer> value;
        qint64 expiresAt = 0;
        quint64 session = 0;
    };

    qint64 now() const { return m_clock(); }
    qint64 expiry() const { return now() + qint64(m_ttlSeconds) * 1000; }
    // Under m_mutex: whether an entry may be used now, and whether a put is kept.
    template <typename E>
    bool usable(const E& entry, qint64 t) const {
        return entry.expiresAt > t || (m_session != 0 && entry.session == m_session);
    }
    bool keeps(std::optional<Epoch> askedAt) const {
        return (m_ttlSeconds > 0 || m_session != 0) && (!askedAt || *askedAt == m_epoch);
    }
    template <typename Map>
    auto lookup(Map& map, const QString& key) -> std::optional<decltype(map.begin()->value)>;
    int usableEntries(qint64 t) const;
    void dropAll();
    void openSession();
    void closeSession();

    mutable QMutex m_mutex;
    Clock m_clock;
    int m_ttlSeconds;
    Epoch m_epoch = 0;
    qint64 m_generation = 0;
    int m_openSessions = 0;
    quint64 m_session = 0; // the open session's serial (0: none open)
    quint64 m_sessions = 0;
    QHash<QString, SearchEntry> m_searches;
    QHash<QString, Entry<std::optional<ErpCustomer>>> m_customers;
    QHash<QString, Entry<bool>> m_items;
    QHash<QString, Entry<double>> m_prices; // priceKey() ->
    QHash<QString, Entry<QJsonObject>> m_documents;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace linkdesk
