#include "lookupcache.h"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace linkdesk {

namespace {

LookupCache::Clock steadyClock() {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

LookupCache::LookupCache(int ttlSeconds, Clock clock)
    : m_clock(clock ? std::move(clock) : steadyClock())
    , m_ttlSeconds(qMax(0, ttlSeconds)) {}

void LookupCache::setTtlSeconds(int seconds) {
    QMutexLocker lock(&m_mutex);
    m_ttlSeconds = qMax(0, seconds);
}

int LookupCache::ttlSeconds() const {
    QMutexLocker lock(&m_mutex);
    return m_ttlSeconds;
}

template <typename Map>
auto LookupCache::lookup(Map& map, const QString& key) -> std::optional<decltype(map.begin()->value)> {
    const auto it = map.find(key);
    if (it == map.end()) {
        ++m_misses;
        return std::nullopt;
    }
    if (it->expiresAt <= now()) {
        map.erase(it);
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return it->value;
}

std::optional<QList<ErpCustomer>> LookupCache::customers(const CustomerSearch& search) {
    QMutexLocker lock(&m_mutex);
    return lookup(m_searches, search.key());
}

std::optional<std::optional<ErpCustomer>> LookupCache::customer(const QString& number) {
    QMutexLocker lock(&m_mutex);
    return lookup(m_customers, number);
}

std::optional<bool> LookupCache::itemExists(const QString& number) {
    QMutexLocker lock(&m_mutex);
    return lookup(m_items, number);
}

void LookupCache::putCustomers(const CustomerSearch& search, const QList<ErpCustomer>& customers) {
    QMutexLocker lock(&m_mutex);
    if (m_ttlSeconds == 0)
        return;
    m_searches.insert(search.key(), SearchEntry{search, customers, expiry()});
}

void LookupCache::putCustomer(const QString& number, const std::optional<ErpCustomer>& customer) {
    QMutexLocker lock(&m_mutex);
    if (m_ttlSeconds == 0)
        return;
    m_customers.insert(number, {customer, expiry()});
}

void LookupCache::putItemExists(const QString& number, bool exists) {
    QMutexLocker lock(&m_mutex);
    if (m_ttlSeconds == 0)
        return;
    m_items.insert(number, {exists, expiry()});
}

void LookupCache::noteCustomer(const ErpCustomer& customer) {
    if (!customer.isValid())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_ttlSeconds == 0)
        return;
    const qint64 expiresAt = expiry();
    m_customers.insert(customer.number, {customer, expiresAt});
    for (auto it = m_searches.begin(); it != m_searches.end(); ++it) {
        QList<ErpCustomer>& list = it->value;
        const auto held = std::find_if(list.begin(), list.end(),
                                       [&](const ErpCustomer& c) { return c.number == customer.number; });
        const bool matches = it->search.matches(customer);
        if (held != list.end()) {
            if (matches)
                *held = customer;
            else
                list.erase(held); // its email or match fields changed
            it->expiresAt = expiresAt;
        } else if (matches) {
            list.append(customer);
            it->expiresAt = expiresAt;
        }
    }
}

int LookupCache::clear() {
    QMutexLocker lock(&m_mutex);
    const qint64 t = now();
    int live = 0;
    for (const auto& e : std::as_const(m_searches))
        live += e.expiresAt > t ? 1 : 0;
    for (const auto& e : std::as_const(m_customers))
        live += e.expiresAt > t ? 1 : 0;
    for (const auto& e : std::as_const(m_items))
        live += e.expiresAt > t ? 1 : 0;
    m_searches.clear();
    m_customers.clear();
    m_items.clear();
    return live;
}

LookupCache::Stats LookupCache::stats() const {
    QMutexLocker lock(&m_mutex);
    const qint64 t = now();
    Stats s;
    s.hits = m_hits;
    s.misses = m_misses;
    for (const auto& e : m_searches)
        s.entries += e.expiresAt > t ? 1 : 0;
    for (const auto& e : m_customers)
        s.entries += e.expiresAt > t ? 1 : 0;
    for (const auto& e : m_items)
        s.entries += e.expiresAt > t ? 1 : 0;
    return s;
}

void LookupCache::resetCounters() {
    QMutexLocker lock(&m_mutex);
    m_hits = 0;
    m_misses = 0;
}

} // namespace linkdesk
