#pragma once

#include "domain/catalog.h"
#include "util/result.h"

#include <QList>
#include <QVariant>

namespace linkdesk {

class Database;

// Who changed which link, mapping or setting, when, from what to what.
class AuditLog final {
public:
    explicit AuditLog(Database& db)
        : m_db(db) {}

    // subject: what the key is, in words, for people reading the log (a customer's name and e-mail).
    Result<void> record(const QString& entity, const QString& entityKey, const QString& oldValue,
                        const QString& newValue, const QString& subject = {});
    // Newest first. Empty entity: all.
    Result<QList<AuditEntry>> list(const QString& entity = {}, const QString& entityKey = {},
                                   int limit = 500);

    // For the audit log page: entries whose who, what, key, subject or values contain text
    // (case-insensitive), newest first, a page at a time.
    Result<int> count(const QString& text = {});
    Result<QList<AuditEntry>> page(const QString& text, int offset, int limit);

private:
    Result<QList<AuditEntry>> select(const QString& where, const QVariantList& binds, const QString& order);

    Database& m_db;
};

} // namespace linkdesk
