#include "domainprinters.h"
#include "store/importlock.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QTest>

using namespace linkdesk;

class TestImportLock : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestDatabase> m_tdb;

    // The lock's row as another importer left it: holder, on host as process pid, its lease ending
    // leaseSeconds from now (past where negative).
    static bool leftLock(const Database& db, const QString& holder, const QString& host, qint64 pid,
                         int leaseSeconds) {
        return bool(db.exec(
            QStringLiteral("INSERT INTO import_lock (id, holder, host, pid, acquired_at, lease_until) "
                           "VALUES (1, ?, ?, ?, '2026-01-01T00:00:00Z', ?)"),
            {holder, host, pid, sqlTimestamp(QDateTime::currentDateTimeUtc().addSecs(leaseSeconds))}));
    }

private slots:
    void init() {
        LINKDESK_REQUIRE_ENGINE();
        m_tdb = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->error()));
    }
    void cleanup() { m_tdb.reset(); }

    void secondImporterIsRefusedWithHolderNamed() {
        auto db1 = m_tdb->open();
        auto db2 = m_tdb->open();
        QVERIFY(db1 && db2);
        ImportLock first(*db1, QStringLiteral("ann@desk1"));
        ImportLock second(*db2, QStringLiteral("bob@desk2"));
        QVERIFY(first.acquire());
        const auto refused = second.acquire();
        QVERIFY(!refused);
        QCOMPARE_NAMED(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.message().contains(QLatin1String("ann@desk1")), qPrintable(refused.message()));
        QVERIFY(refused.message().contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(first.renew());

        first.release();
        QVERIFY(second.acquire());
        QVERIFY(!first.acquire());
        auto holder = second.currentHolder();
        QVERIFY(holder && *holder);
        QCOMPARE((*holder)->holder, QStringLiteral("bob@desk2"));
    }

    void killedImporterIsTakenOver() {
        auto db1 = m_tdb->open();
        auto db2 = m_tdb->open();
        QVERIFY(db1 && db2);
        if (db1->engine() == Engine::Postgres) {
            ImportLock first(*db1, QStringLiteral("ann@desk1"));
            QVERIFY(first.acquire());
            // The server ends the holder's session, as when its process is killed.
            auto pid = db1->exec(QStringLiteral("SELECT pg_backend_pid()"));
            QVERIFY(pid && pid->next());
            QVERIFY(db2->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid->value(0)}));
            ImportLock second(*db2, QStringLiteral("bob@desk2"));
            QTRY_VERIFY(second.acquire().ok());
            return;
        }
        // SQLite: a row left by a process that is gone from this host.
        QVERIFY(leftLock(*db1, QStringLiteral("crashed"), QSysInfo::machineHostName(), 2147483646, 3600));
        ImportLock second(*db2, QStringLiteral("bob@desk2"));
        QVERIFY(second.acquire());
    }

    void expiredLeaseIsTakenOver() {
        if (isPostgres())
            QSKIP("PostgreSQL releases the advisory lock with the session; leases apply to SQLite only");
        auto db = m_tdb->open();
        QVERIFY(leftLock(*db, QStringLiteral("elsewhere"), QStringLiteral("other-host"), 1, -5));
        ImportLock lock(*db, QStringLiteral("bob@desk2"));
        QVERIFY(lock.acquire());
    }

    void liveLeaseFromAnotherHostIsRespected() {
        if (isPostgres())
            QSKIP("PostgreSQL decides by the advisory lock, not the row");
        auto db = m_tdb->open();
        QVERIFY(leftLock(*db, QStringLiteral("carol@desk3"), QStringLiteral("other-host"), 1, 30));
        ImportLock lock(*db, QStringLiteral("bob@desk2"));
        const auto r = lock.acquire();
        QVERIFY(!r);
        QVERIFY(r.message().contains(QLatin1String("carol@desk3")));
        QVERIFY(r.message().contains(QLatin1String("other-host")));
    }

private:
    static bool isPostgres() { return test::TestDatabase::engine() == Engine::Postgres; }
};

QTEST_GUILESS_MAIN(TestImportLock)
#include "tst_importlock.moc"
