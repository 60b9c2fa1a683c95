#include "importruns.h"

#include "store/database.h"

#include <QJsonDocument>

namespace linkdesk {

Result<void> ImportRuns::record(ImportRun& run) {
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO import_runs (started_at, finished_at, holder, ok, summary, error) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {sqlTimestamp(run.startedAt), sqlTimestamp(run.finishedAt), run.holder, run.ok ? 1 : 0,
         QString::fromUtf8(QJsonDocument(run.summary).toJson(QJsonDocument::Compact)), run.error});
    if (!q)
        return q.error();
    if (q->next())
        run.id = q->value(0).toLongLong();
    return {};
}

namespace {
ImportRun readRun(const QSqlQuery& q) {
    ImportRun r;
    readColumns(q, r.id, r.startedAt, r.finishedAt, r.holder, r.ok, r.summary, r.error);
    return r;
}
} // namespace

Result<QList<ImportRun>> ImportRuns::latest(int count) {
    return m_db.readRows(
        QStringLiteral("SELECT id, started_at, finished_at, holder, ok, summary, error FROM import_runs "
                       "ORDER BY id DESC LIMIT ?"),
        {count}, readRun);
}

} // namespace linkdesk
