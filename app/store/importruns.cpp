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

Result<QList<ImportRun>> ImportRuns::latest(int count) {
    return m_db.readRows(
        QStringLiteral("SELECT id, started_at, finished_at, holder, ok, summary, error FROM import_runs "
                       "ORDER BY id DESC LIMIT ?"),
        {count}, [](const QSqlQuery& q) {
            ImportRun r;
            r.id = q.value(0).toLongLong();
            r.startedAt = fromSqlTimestamp(q.value(1));
            r.finishedAt = fromSqlTimestamp(q.value(2));
            r.holder = q.value(3).toString();
            r.ok = q.value(4).toInt() != 0;
            r.summary = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            r.error = q.value(6).toString();
            return r;
        });
}

} // namespace linkdesk
