#include "lookupcache.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutexLocker>

namespace linkdesk {

namespace {

LookupCache::Clock steadyClock() {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

QJsonObject customerToJson(const ErpCustomer& c) {
    return {{QStringLiteral("number"), c.number},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("currency"), c.currencyCode},
            {QStringLiteral("country"), c.country},
            {QStringLiteral("company"), c.company},
            {QStringLiteral("vat"), c.vatNumber},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("blocked"), c.blocked},
            {QStringLiteral("blocked_reason"), c.blockedReason}};
}

ErpCustomer customerFromJson(const QJsonObject& o) {
    ErpCustomer c;
    c.number = o.value(QStringLiteral("number")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.email = o.value(QStringLiteral("email")).toString();
    c.currencyCode = o.value(QStringLiteral("currency")).toString();
    c.country = o.value(QStringLiteral("country")).toString();
    c.company = o.value(QStringLiteral("company")).toString();
    c.vatNumber = o.value(QStringLiteral("vat")).toString();
    c.address = o.value(QStringLiteral("address")).toString();
    c.city = o.value(QStringLiteral("city")).toString();
    c.blocked = o.value(QStringLiteral("blocked")).toBool();
    c.blockedReason = o.value(QStringLiteral("blocked_reason")).toString();
    return c;
}

QJsonObject searchToJson(const CustomerSearch& s) {
    return {{QStringLiteral("email"), s.email},
            {QStringLiteral("currency"), s.currencyCode},
            {QStringLiteral("country"), s.country},
            {QStringLiteral("company"), s.company},
            {QStringLiteral("vat"), s.vatNumber},
            {QStringLiteral("fields"), QJsonArray::fromStringList(s.matchFields)},
            {QStringLiteral("provider_rules"), s.normalisation == EmailNormalisation::ProviderRules}};
}

CustomerSearch searchFromJson(const QJsonObject& o) {
    CustomerSearch s;
    s.email = o.value(QStringLiteral("email")).toString();
    s.currencyCode = o.value(QStringLiteral("currency")).toString();
    s.country = o.value(QStringLiteral("country")).toString();
    s.company = o.value(QStringLiteral("company")).toString();
    s.vatNumber = o.value(QStringLiteral("vat")).toString();
    for (const auto& f : o.value(QStringLiteral("fields")).toArray())
        s.matchFields.append(f.toString());
    s.normalisation = o.value(QStringLiteral("provider_rules")).toBool() ? EmailNormalisation::ProviderRules
                                                                         : EmailNormalisation::Exact;
    return s;
}

template <typename Map>
void dropExpired(Map& map, qint64 t) {
    for (auto it = map.begin(); it != map.end();)
        it = it->expiresAt <= t ? map.erase(it) : std::next(it);
}

QString priceKey(const QString& customer, const QString& item, double quantity) {
    return customer + QLatin1Char('\n') + item + QLatin1Char('\n') + QString::number(quantity, 'g', 12);
}

} // namespace

LookupCache::Session::Session(LookupCache* cache)
    : m_cache(cache) {
    if (m_cache)
        m_cache->openSession();
}

LookupCache::Session::~Session() {
    if (m_cache)
        m_cache->closeSession();
}

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

void LookupCache::openSession() {
    QMutexLocker lock(&m_mutex);
    if (m_openSessions++ == 0)
        m_session = ++m_sessions;
}

void LookupCache::closeSession() {
    QMutexLocker lock(&m_mutex);
    if (--m_openSessions > 0)
        return;
    m_openSessions = 0;
    m_session = 0;
    const qint64 t = now(); // what only the session kept goes with it
    dropExpired(m_searches, t);
    dropExpired(m_customers, t);
    dropExpired(m_items, t);
    dropExpired(m_prices, t);
    dropExpired(m_documents, t);
}

template <typename Map>
auto LookupCache::lookup(Map& map, const QString& key) -> std::optional<decltype(map.begin()->value)> {
    const auto it = map.find(key);
    if (it == map.end()) {
        ++m_misses;
        return std::nullopt;
    }
    if (!usable(*it, now())) {
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

void LookupCache::putCustomers(const CustomerSearch& search, const QList<ErpCustomer>& customers,
                               std::optional<Epoch> askedAt) {
    QMutexLocker lock(&m_mutex);
    if (!keeps(askedAt))
        return;
    const qint64 expiresAt = expiry();
    m_searches.insert(search.key(), SearchEntry{search, customers, expiresAt, m_session});
    for (const ErpCustomer& c : customers) // the same answer by number: no second request for it
        m_customers.insert(c.number, {c, expiresAt, m_session});
}

void LookupCache::putCustomer(const QString& number, const std::optional<ErpCustomer>& customer,
                              std::optional<Epoch> askedAt) {
    QMutexLocker lock(&m_mutex);
    if (!keeps(askedAt))
        return;
    m_customers.insert(number, {customer, expiry(), m_session});
}

void LookupCache::putItemExists(const QString& number, bool exists, std::optional<Epoch> askedAt) {
    QMutexLocker lock(&m_mutex);
    if (!keeps(askedAt))
        return;
    m_items.insert(number, {exists, expiry(), m_session});
}

std::optional<double> LookupCache::price(const QString& customerNumber, const QString& itemNumber,
                                         double quantity) {
    QMutexLocker lock(&m_mutex);
    return lookup(m_prices, priceKey(customerNumber, itemNumber, quantity));
}

void LookupCache::putPrice(const QString& customerNumber, const QString& itemNumber, double quantity,
                           double unitPrice, std::optional<Epoch> askedAt) {
    QMutexLocker lock(&m_mutex);
    if (!keeps(askedAt))
        return;
    m_prices.insert(priceKey(customerNumber, itemNumber, quantity), {unitPrice, expiry(), m_session});
}

std::optional<QJsonObject> LookupCache::document(const QString& name) {
    QMutexLocker lock(&m_mutex);
    const auto it = m_documents.find(name);
    if (it == m_documents.end())
        return std::nullopt;
    if (!usable(*it, now())) {
        m_documents.erase(it);
        return std::nullopt;
    }
    return it->value;
}

void LookupCache::putDocument(const QString& name, const QJsonObject& document,
                              std::optional<Epoch> askedAt) {
    QMutexLocker lock(&m_mutex);
    if (!keeps(askedAt))
        return;
    m_documents.insert(name, {document, expiry(), m_session});
}

void LookupCache::forgetCustomer(const QString& number) {
    QMutexLocker lock(&m_mutex);
    m_customers.remove(number);
    for (auto it = m_searches.begin(); it != m_searches.end();) {
        const QList<ErpCustomer>& list = it->value;
        const bool lists =
            std::any_of(list.cbegin(), list.cend(), [&](const ErpCustomer& c) { return c.number == number; });
        it = lists ? m_searches.erase(it) : std::next(it);
    }
}

void LookupCache::noteCustomer(const ErpCustomer& customer) {
    if (!customer.isValid())
        return;
    QMutexLocker lock(&m_mutex);
    if (!keeps(std::nullopt))
        return;
    const qint64 expiresAt = expiry();
    m_customers.insert(customer.number, {customer, expiresAt, m_session});
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
        } else if (matches) {
            list.append(customer);
        } else {
            continue;
        }
        it->expiresAt = expiresAt;
        it->session = m_session;
    }
}

CacheSnapshot LookupCache::snapshot() const {
    QMutexLocker lock(&m_mutex);
    const qint64 t = now();
    QJsonArray out;
    for (const auto& e : m_searches) {
        if (e.expiresAt <= t)
            continue;
        QJsonArray found;
        for (const ErpCustomer& c : e.value)
            found.append(customerToJson(c));
        out.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("search")},
                               {QStringLiteral("search"), searchToJson(e.search)},
                               {QStringLiteral("value"), found},
                               {QStringLiteral("ttl_ms"), e.expiresAt - t}});
    }
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it) {
        if (it->expiresAt <= t)
            continue;
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("customer")},
                      {QStringLiteral("number"), it.key()},
                      {QStringLiteral("ttl_ms"), it->expiresAt - t}};
        if (it->value)
            o.insert(QStringLiteral("value"), customerToJson(*it->value));
        out.append(o);
    }
    // The live entries of one kind, their key under keyName.
    const auto appendLive = [&out, t](const auto& entries, const QString& kind, const QString& keyName) {
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            if (it->expiresAt > t)
                out.append(QJsonObject{{QStringLiteral("kind"), kind},
                                       {keyName, it.key()},
                                       {QStringLiteral("value"), it->value},
                                       {QStringLiteral("ttl_ms"), it->expiresAt - t}});
    };
    appendLive(m_items, QStringLiteral("item"), QStringLiteral("number"));
    appendLive(m_prices, QStringLiteral("price"), QStringLiteral("key"));
    appendLive(m_documents, QStringLiteral("document"), QStringLiteral("name"));
    return CacheSnapshot{out, m_hits, m_misses, m_generation};
}

void LookupCache::restore(const CacheSnapshot& snapshot) {
    const QJsonArray& entries = snapshot.entries;
    QMutexLocker lock(&m_mutex);
    if (snapshot.generation < m_generation)
        return; // taken before a clear this cache knows of
    if (snapshot.generation > m_generation) {
        dropAll(); // the saved cache was cleared since this cache was filled: the clear wins
        m_generation = snapshot.generation;
    }
    if (m_ttlSeconds == 0)
        return;
    const qint64 t = now();
    const qint64 longest = qint64(m_ttlSeconds) * 1000; // a shorter TTL set since applies at once
    for (const auto& value : entries) {
        const QJsonObject o = value.toObject();
        const qint64 left = qMin<qint64>(o.value(QStringLiteral("ttl_ms")).toInteger(), longest);
        if (left <= 0)
            continue;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("search")) {
            const CustomerSearch search = searchFromJson(o.value(QStringLiteral("search")).toObject());
            QList<ErpCustomer> found;
            for (const auto& c : o.value(QStringLiteral("value")).toArray())
                found.append(customerFromJson(c.toObject()));
            m_searches.insert(search.key(), SearchEntry{search, found, t + left, 0});
        } else if (kind == QLatin1String("customer")) {
            const QJsonValue v = o.value(QStringLiteral("value"));
            m_customers.insert(
                o.value(QStringLiteral("number")).toString(),
                {v.isObject() ? std::optional(customerFromJson(v.toObject())) : std::nullopt, t + left, 0});
        } else if (kind == QLatin1String("item")) {
            m_items.insert(o.value(QStringLiteral("number")).toString(),
                           {o.value(QStringLiteral("value")).toBool(), t + left, 0});
        } else if (kind == QLatin1String("price")) {
            m_prices.insert(o.value(QStringLiteral("key")).toString(),
                            {o.value(QStringLiteral("value")).toDouble(), t + left, 0});
        } else if (kind == QLatin1String("document")) {
            m_documents.insert(o.value(QStringLiteral("name")).toString(),
                               {o.value(QStringLiteral("value")).toObject(), t + left, 0});
        }
    }
}

int LookupCache::usableEntries(qint64 t) const {
    int n = 0;
    const auto count = [&](const auto& map) {
        for (const auto& e : map)
            n += usable(e, t) ? 1 : 0;
    };
    count(m_searches);
    count(m_customers);
    count(m_items);
    count(m_prices);
    count(m_documents);
    return n;
}

void LookupCache::dropAll() {
    m_searches.clear();
    m_customers.clear();
    m_items.clear();
    m_prices.clear();
    m_documents.clear();
    ++m_epoch;
}

int LookupCache::clear() {
    QMutexLocker lock(&m_mutex);
    const int live = usableEntries(now());
    dropAll();
    return live;
}

LookupCache::Epoch LookupCache::epoch() const {
    QMutexLocker lock(&m_mutex);
    return m_epoch;
}

qint64 LookupCache::generation() const {
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

LookupCache::Stats LookupCache::stats() const {
    QMutexLocker lock(&m_mutex);
    Stats s;
    s.hits = m_hits;
    s.misses = m_misses;
    s.entries = usableEntries(now());
    return s;
}

void LookupCache::resetCounters() {
    QMutexLocker lock(&m_mutex);
    m_hits = 0;
    m_misses = 0;
}

} // namespace linkdesk
