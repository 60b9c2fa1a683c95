#include "cachestore.h"

#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace linkdesk {

Result<std::optional<QJsonArray>> CacheStore::saved(LookupCache::Stats* counters) {
    auto q =
        m_db.exec(QStringLiteral("SELECT entries, hits, misses, saved_at FROM lookup_cache WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QJsonArray>();
    const qint64 age =
        qMax<qint64>(0, fromSqlTimestamp(q->value(3)).msecsTo(QDateTime::currentDateTimeUtc()));
    if (counters) {
        counters->hits = q->value(1).toLongLong();
        counters->misses = q->value(2).toLongLong();
    }
    QJsonArray live;
    for (const auto& value : QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array()) {
        QJsonObject o = value.toObject();
        const qint64 left = o.value(QStringLiteral("ttl_ms")).toInteger() - age;
        if (left <= 0)
            continue;
        o.insert(QStringLiteral("ttl_ms"), left);
        live.append(o);
    }
    return std::optional<QJsonArray>(live);
}

Result<void> CacheStore::load(LookupCache& cache) {
    auto entries = saved(nullptr);
    if (!entries)
        return entries.error();
    if (*entries)
        cache.restore(**entries);
    return {};
}

Result<void> CacheStore::save(const LookupCache& cache) {
    const LookupCache::Stats s = cache.stats();
    const QString json = QString::fromUtf8(QJsonDocument(cache.snapshot()).toJson(QJsonDocument::Compact));
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO lookup_cache (id, entries, hits, misses, saved_at) VALUES (1, ?, "
                       "?, ?, ?) ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, hits = "
                       "excluded.hits, misses = excluded.misses, saved_at = excluded.saved_at"),
        {json, s.hits, s.misses, sqlTimestamp(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    return {};
}

Result<int> CacheStore::clear() {
    auto entries = saved(nullptr);
    if (!entries)
        return entries.error();
    if (!*entries)
        return 0;
    auto r = m_db.exec(QStringLiteral("UPDATE lookup_cache SET entries = '[]', saved_at = ? WHERE id = 1"),
                       {sqlTimestamp(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    return int((*entries)->size());
}

Result<LookupCache::Stats> CacheStore::stats() {
    LookupCache::Stats s;
    auto entries = saved(&s);
    if (!entries)
        return entries.error();
    s.entries = *entries ? int((*entries)->size()) : 0;
    return s;
}

} // namespace linkdesk
