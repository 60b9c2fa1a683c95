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
// Thread-safe: the importer reads and fills it on its worker thread while the GUI may clear it.
class LookupCache final {
public:
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

    void putCustomers(const CustomerSearch& search, const QList<ErpCustomer>& customers);
    void putCustomer(const QString& number, const std::optional<ErpCustomer>& customer);
    void putItemExists(const QString& number, bool exists);

    // The customer's unit price of the item at this quantity (every Tharstern price is an estimate
    // the ERP stores: asking again costs one).
    std::optional<double> price(const QString& customerNumber, const QString& itemNumber, double quantity);
    void putPrice(const QString& customerNumber, const QString& itemNumber, double quantity,
                  double unitPrice);

    // A whole answer kept under a name, with the same lifetime as every entry. Not counted as a hit
    // or a miss.
    std::optional<QJsonObject> document(const QString& name);
    void putDocument(const QString& name, const QJsonObject& document);

    // Write-through of a customer Linkdesk created, linked or re-read: cached by number, replaced
    // wherever a cached search holds it, and added to every cached search it matches. Its entries
    // get a fresh lifetime.
    void noteCustomer(const ErpCustomer& customer);
    // Drops what is known of this customer: its entry and every search that found it (the ERP
    // refused an order for it: it may be gone).
    void forgetCustomer(const QString& number);

    // The live entries with their remaining lifetime ("ttl_ms") and the counters, and back: lets
    // the cache outlive one process (the CLI runs one import per process). restore() adds the
    // entries to what is held; the counters stay this cache's own.
    CacheSnapshot snapshot() const;
    void restore(const CacheSnapshot& snapshot);

    // Drops every entry; returns how many live entries were dropped. Counters are kept.
    int clear();
    Stats stats() const;
    void resetCounters();

private:
    template <typename T>
    struct Entry {
        T value;
        qint64 expiresAt = 0;
    };
    struct SearchEntry {
        CustomerSearch search;
        QList<ErpCustomer> value;
        qint64 expiresAt = 0;
    };

    qint64 now() const { return m_clock(); }
    qint64 expiry() const { return now() + qint64(m_ttlSeconds) * 1000; }
    template <typename Map>
    auto lookup(Map& map, const QString& key) -> std::optional<decltype(map.begin()->value)>;

    mutable QMutex m_mutex;
    Clock m_clock;
    int m_ttlSeconds;
    QHash<QString, SearchEntry> m_searches;
    QHash<QString, Entry<std::optional<ErpCustomer>>> m_customers;
    QHash<QString, Entry<bool>> m_items;
    QHash<QString, Entry<double>> m_prices; // priceKey() ->
    QHash<QString, Entry<QJsonObject>> m_documents;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace linkdesk
