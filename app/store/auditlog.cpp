#include "auditlog.h"

#include "database.h"

#include <QDateTime>

namespace linkdesk {

Result<void> AuditLog::record(const QString& entity, const QString& entityKey, const QString& oldValue,
                              const QString& newValue) {
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (at, who, entity, entity_key, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {sqlTimestamp(QDateTime::currentDateTimeUtc()), m_db.actor(), entity, entityKey, oldValue, newValue});
    if (!r)
        return r.error();
    return {};
}

Result<QList<AuditEntry>> AuditLog::list(const QString& entity, const QString& entityKey, int limit) {
    QString sql =
        QStringLiteral("SELECT id, at, who, entity, entity_key, old_value, new_value FROM audit_log");
    QVariantList binds;
    if (!entity.isEmpty()) {
        sql += QStringLiteral(" WHERE entity = ?");
        binds << entity;
        if (!entityKey.isEmpty()) {
            sql += QStringLiteral(" AND entity_key = ?");
            binds << entityKey;
        }
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        entries.append(AuditEntry{q->value(0).toLongLong(), fromSqlTimestamp(q->value(1)),
                                  q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                                  q->value(5).toString(), q->value(6).toString()});
    }
    return entries;
}

} // namespace linkdesk
