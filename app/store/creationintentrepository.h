#pragma once

#include "domain/creationintent.h"
#include "util/result.h"

#include <QList>

namespace linkdesk {

class Database;

// Creation intents: written before Linkdesk asks the ERP to create a customer, completed once the
// ERP confirmed it (see CreationIntent).
class CreationIntentRepository final {
public:
    explicit CreationIntentRepository(Database& db)
        : m_db(db) {}

    // Inserts or replaces the intent of (shopCode, customerKey).
    Result<void> record(const CreationIntent& intent);
    Result<QList<CreationIntent>> list(const QString& shopCode = {});

private:
    Database& m_db;
};

} // namespace linkdesk
