#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace linkdesk {

class Database;

// One schema step. Statements use tokens expanded per engine:
// @ID@ an auto-increment primary key, @BLOB@ a byte column; a statement starting with
// "@PG@ " or "@SQLITE@ " runs on that engine only.
struct Migration {
    int version;
    QString description;
    QStringList statements;
};

const QList<Migration>& migrations();
Result<void> applyMigrations(Database& db);
QString newerSchemaMessage(int foundVersion);

} // namespace linkdesk
