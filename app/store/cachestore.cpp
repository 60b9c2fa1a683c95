#include "cachestore.h"

#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace linkdesk {

Result<std::optional<CacheSnapshot>> CacheStore::saved() {
    auto q =
        m_db.exec(QStringLiteral("SELECT entries, hits, misses, saved_at FROM lookup_cache WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CacheSnapshot>();
    const qint64 age =
        qMax<qint64>(0, fromSqlTimestamp(q->value(3)).msecsTo(QDateTime::currentDateTimeUtc()));
    CacheSnapshot live;
    live.hits = q->value(1).toLongLong();
    live.misses = q->value(2).toLongLong();
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

Result<void> CacheStore::save(const CacheSnapshot& s) {
    const QString json = QString::fromUtf8(QJsonDocument(s.entries).toJson(QJsonDocument::Compact));
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
    auto entries = saved();
    if (!entries)
        return entries.error();
    if (!*entries)
        return 0;
    auto r = m_db.exec(QStringLiteral("UPDATE lookup_cache SET entries = '[]', saved_at = ? WHERE id = 1"),
                       {sqlTimestamp(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    return int((*entries)->entries.size());
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
