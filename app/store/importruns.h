#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace linkdesk {

class Database;

// The history of import passes: when, by whom, what they did or why they could not run.
struct ImportRun {
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString holder;
    bool ok = false;
    QJsonObject summary; // ImportSummary::toJson()
    QString error;
};

class ImportRuns final {
public:
    explicit ImportRuns(Database& db)
        : m_db(db) {}

    Result<void> record(ImportRun& run);
    Result<QList<ImportRun>> latest(int count = 20);

private:
    Database& m_db;
};

} // namespace linkdesk
