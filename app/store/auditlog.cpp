#include "auditlog.h"

#include "database.h"

#include <QDateTime>

namespace linkdesk {

Result<void> AuditLog::record(const QString& entity, const QString& entityKey, const QString& oldValue,
                              const QString& newValue, const QString& subject) {
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (at, who, entity, entity_key, old_value, new_value, subject) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sqlTimestamp(QDateTime::currentDateTimeUtc()), m_db.actor(), entity, entityKey, oldValue, newValue,
         subject});
    if (!r)
        return r.error();
    return {};
}

namespace {

// A WHERE clause matching text anywhere in the entry, or nothing for an empty text.
QString textFilter(const QString& text, QVariantList* binds) {
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty())
        return {};
    QString pattern = needle;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QStringList conditions;
    for (const char* column : {"who", "entity", "entity_key", "old_value", "new_value", "subject"}) {
        conditions << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
        *binds << pattern;
    }
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" OR "));
}

AuditEntry readEntry(const QSqlQuery& q) {
    return AuditEntry{q.value(0).toLongLong(), fromSqlTimestamp(q.value(1)), q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toString(),        q.value(5).toString(),
                      q.value(6).toString(),   q.value(7).toString()};
}

} // namespace

Result<int> AuditLog::count(const QString& text) {
    QVariantList binds;
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log") + textFilter(text, &binds), binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<AuditEntry>> AuditLog::page(const QString& text, int offset, int limit) {
    QVariantList binds;
    const QString where = textFilter(text, &binds);
    return select(where, binds,
                  QStringLiteral(" ORDER BY id DESC LIMIT %1 OFFSET %2").arg(limit).arg(offset));
}

Result<QList<AuditEntry>> AuditLog::list(const QString& entity, const QString& entityKey, int limit) {
    QString where;
    QVariantList binds;
    if (!entity.isEmpty()) {
        where = QStringLiteral(" WHERE entity = ?");
        binds << entity;
        if (!entityKey.isEmpty()) {
            where += QStringLiteral(" AND entity_key = ?");
            binds << entityKey;
        }
    }
    return select(where, binds, QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit));
}

Result<QList<AuditEntry>> AuditLog::select(const QString& where, const QVariantList& binds,
                                           const QString& order) {
    return m_db.readRows(
        QStringLiteral(
            "SELECT id, at, who, entity, entity_key, old_value, new_value, subject FROM audit_log") +
            where + order,
        binds, readEntry);
}

} // namespace linkdesk
