#include "importlock.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

Q_LOGGING_CATEGORY(lcImportLock, "linkdesk.import")

namespace linkdesk {

namespace {
constexpr qint64 kAdvisoryKey = 7151002; // Linkdesk's importer

bool processAlive(qint64 pid) {
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}
} // namespace

QString ImportLock::Holder::describe() const {
    return QStringLiteral("%1 (process %2 on %3, since %4)")
        .arg(holder)
        .arg(pid)
        .arg(host, acquiredAt.toLocalTime().toString(Qt::ISODate));
}

ImportLock::ImportLock(Database& db, QString holder)
    : m_holder(std::move(holder))
    , m_db(db) {}

ImportLock::~ImportLock() {
    release();
}

Result<std::optional<ImportLock::Holder>> ImportLock::currentHolder() {
    auto q = m_db.exec(QStringLiteral("SELECT holder, host, pid, acquired_at, lease_until FROM import_lock "
                                      "WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Holder>();
    return std::optional<Holder>(Holder{q->value(0).toString(), q->value(1).toString(),
                                        q->value(2).toLongLong(), fromSqlTimestamp(q->value(3)),
                                        fromSqlTimestamp(q->value(4))});
}

Result<void> ImportLock::writeRow() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto r =
        m_db.exec(QStringLiteral("INSERT INTO import_lock (id, holder, host, pid, acquired_at, lease_until) "
                                 "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET holder = "
                                 "excluded.holder, host = excluded.host, pid = excluded.pid, acquired_at = "
                                 "excluded.acquired_at, lease_until = excluded.lease_until"),
                  {m_holder, QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
                   sqlTimestamp(now), sqlTimestamp(now.addSecs(LeaseSeconds))});
    if (!r)
        return r.error();
    return {};
}

Result<void> ImportLock::acquire() {
    if (m_held)
        return {};
    auto r = m_db.engine() == Engine::Postgres ? acquirePostgres() : acquireSqlite();
    if (r)
        qCInfo(lcImportLock) << "import lock taken by" << m_holder;
    return r;
}

Result<void> ImportLock::acquirePostgres() {
    auto q = m_db.exec(QStringLiteral("SELECT pg_try_advisory_lock(?)"), {kAdvisoryKey});
    if (!q)
        return q.error();
    if (!q->next() || !q->value(0).toBool()) {
        auto holder = currentHolder();
        const QString who = holder && *holder ? (*holder)->describe() : QStringLiteral("another importer");
        return fail(QStringLiteral("Another import is running on this database: %1.").arg(who),
                    ErrorKind::Conflict);
    }
    m_held = true;
    if (auto w = writeRow(); !w) {
        release();
        return w;
    }
    return {};
}

Result<void> ImportLock::acquireSqlite() {
    Transaction tx(m_db);
    // Take SQLite's write lock first, so two importers cannot both see the row free.
    if (auto r = m_db.exec(QStringLiteral("UPDATE import_lock SET id = id WHERE id = 1")); !r)
        return r.error();
    auto holder = currentHolder();
    if (!holder)
        return holder.error();
    if (*holder) {
        const Holder& h = **holder;
        const bool expired = h.leaseUntil < QDateTime::currentDateTimeUtc();
        const bool gone = h.host == QSysInfo::machineHostName() && !processAlive(h.pid);
        const bool ours = h.host == QSysInfo::machineHostName() &&
                          h.pid == QCoreApplication::applicationPid() && h.holder == m_holder;
        if (!expired && !gone && !ours)
            return fail(QStringLiteral("Another import is running on this database: %1.").arg(h.describe()),
                        ErrorKind::Conflict);
        if (!ours)
            qCWarning(lcImportLock) << "taking over the import lock left by" << h.describe()
                                    << (gone ? "(process gone)" : "(lease expired)");
    }
    if (auto w = writeRow(); !w)
        return w;
    if (auto c = tx.commit(); !c)
        return c;
    m_held = true;
    return {};
}

Result<void> ImportLock::renew() {
    if (!m_held)
        return fail(QStringLiteral("The import lock is not held."));
    auto r = m_db.exec(
        QStringLiteral("UPDATE import_lock SET lease_until = ? WHERE id = 1 AND pid = ? AND holder = ?"),
        {sqlTimestamp(QDateTime::currentDateTimeUtc().addSecs(LeaseSeconds)),
         QCoreApplication::applicationPid(), m_holder});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return fail(QStringLiteral("The import lock was taken over by another importer."),
                    ErrorKind::Conflict);
    return {};
}

void ImportLock::release() {
    if (!m_held)
        return;
    m_held = false;
    m_db.exec(QStringLiteral("DELETE FROM import_lock WHERE id = 1 AND pid = ? AND holder = ?"),
              {QCoreApplication::applicationPid(), m_holder})
        .ok();
    if (m_db.engine() == Engine::Postgres)
        m_db.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {kAdvisoryKey}).ok();
    qCInfo(lcImportLock) << "import lock released by" << m_holder;
}

} // namespace linkdesk
