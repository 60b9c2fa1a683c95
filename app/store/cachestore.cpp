#include "cachestore.h"

#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace linkdesk {

Result<std::optional<CacheSnapshot>> CacheStore::saved() {
    auto q = m_db.exec(
        QStringLiteral("SELECT entries, hits, misses, saved_at, generation FROM lookup_cache WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CacheSnapshot>();
    const qint64 age =
        qMax<qint64>(0, fromSqlTimestamp(q->value(3)).msecsTo(QDateTime::currentDateTimeUtc()));
    CacheSnapshot live;
    live.hits = q->value(1).toLongLong();
    live.misses = q->value(2).toLongLong();
    live.generation = q->value(4).toLongLong();
    for (const auto& value : QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array()) {
        QJsonObject o = value.toObject();
        const qint64 left = o.value(QStringLiteral("ttl_ms")).toInteger() - age;
        if (left <= 0)
            continue;
        o.insert(QStringLiteral("ttl_ms"), left);
        live.entries.append(o);
    }
    return std::optional<CacheSnapshot>(live);
}

Result<CacheSnapshot> CacheStore::load() {
    auto snapshot = saved();
    if (!snapshot)
        return snapshot.error();
    return snapshot->value_or(CacheSnapshot{});
}

Result<bool> CacheStore::save(const CacheSnapshot& s) {
    const QString json = QString::fromUtf8(QJsonDocument(s.entries).toJson(QJsonDocument::Compact));
    // One statement, so a clear cannot slip between a check and the write.
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO lookup_cache (id, entries, hits, misses, saved_at, generation) VALUES "
                       "(1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, "
                       "hits = excluded.hits, misses = excluded.misses, saved_at = excluded.saved_at, "
                       "generation = excluded.generation WHERE lookup_cache.generation <= "
                       "excluded.generation"),
        {json, s.hits, s.misses, sqlTimestamp(QDateTime::currentDateTimeUtc()), s.generation});
    if (!r)
        return r.error();
    return r->numRowsAffected() > 0;
}

Result<int> CacheStore::clear() {
    auto entries = saved();
    if (!entries)
        return entries.error();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO lookup_cache (id, entries, hits, misses, saved_at, generation) VALUES "
                       "(1, '[]', 0, 0, ?, 1) ON CONFLICT (id) DO UPDATE SET entries = '[]', saved_at = "
                       "excluded.saved_at, generation = lookup_cache.generation + 1"),
        {sqlTimestamp(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    return *entries ? int((*entries)->entries.size()) : 0;
}

Result<CacheStore::Stats> CacheStore::stats() {
    auto snapshot = saved();
    if (!snapshot)
        return snapshot.error();
    if (!*snapshot)
        return Stats{};
    return Stats{(*snapshot)->hits, (*snapshot)->misses, int((*snapshot)->entries.size())};
}

} // namespace linkdesk
