#include "testdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace linkdesk::test {

namespace {
QAtomicInteger<int> s_counter;

QString pgAdminUrl() {
    return qEnvironmentVariable("LINKDESK_TEST_PG_URL");
}

// Runs one statement on the cluster's admin database over a short-lived connection.
QString adminExec(const QString& sql) {
    const auto url = DatabaseUrl::parse(pgAdminUrl());
    if (!url)
        return url.message();
    const QString name = QStringLiteral("linkdesk-test-admin-%1").arg(++s_counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setUserName(url->user);
        db.setPassword(url->password);
        db.setDatabaseName(url->name);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

Engine TestDatabase::engine() {
    return qEnvironmentVariable("LINKDESK_TEST_ENGINE") == QLatin1String("postgresql") ? Engine::Postgres
                                                                                       : Engine::Sqlite;
}

QString TestDatabase::unavailableReason() {
    if (engine() == Engine::Postgres && pgAdminUrl().isEmpty())
        return QStringLiteral("LINKDESK_TEST_PG_URL is not set: run through scripts/test.sh, which starts a "
                              "throwaway PostgreSQL cluster");
    return {};
}

TestDatabase::TestDatabase() {
    if (engine() == Engine::Sqlite) {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("cannot create a temporary folder");
            return;
        }
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("linkdesk.sqlite"));
        return;
    }
    if (!unavailableReason().isEmpty()) {
        m_error = unavailableReason();
        return;
    }
    m_pgName = QStringLiteral("linkdesk_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++s_counter);
    if (const QString error = adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
        !error.isEmpty()) {
        m_error = error;
        return;
    }
    auto url = *DatabaseUrl::parse(pgAdminUrl());
    url.name = m_pgName;
    m_url = url.toString();
}

TestDatabase::~TestDatabase() {
    if (!m_pgName.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

std::unique_ptr<Database> TestDatabase::open(Database::Migrate migrate) const {
    auto db = Database::open(m_url, migrate);
    if (!db) {
        qWarning("TestDatabase: %s", qPrintable(db.message()));
        return nullptr;
    }
    (*db)->setActor(QStringLiteral("tester"));
    return std::move(*db);
}

WriteLock::WriteLock(const TestDatabase& db, const QStringList& tables)
    : m_db(db.open()) {
    if (!m_db) {
        m_error = QStringLiteral("cannot open a second connection");
        return;
    }
    QStringList statements;
    if (m_db->engine() == Engine::Sqlite)
        statements << QStringLiteral("BEGIN IMMEDIATE");
    else
        statements
            << QStringLiteral("BEGIN")
            << QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(tables.join(QLatin1Char(',')));
    for (const QString& sql : std::as_const(statements)) {
        if (auto r = m_db->exec(sql); !r) {
            m_error = r.message();
            m_db.reset();
            return;
        }
    }
}

WriteLock::~WriteLock() {
    release();
}

void WriteLock::release() {
    if (m_db)
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    m_db.reset();
}

void DatabaseTest::init() {
    LINKDESK_REQUIRE_ENGINE();
    openDatabase();
}

bool DatabaseTest::openDatabase() {
    m_tdb = std::make_unique<TestDatabase>();
    if (!QTest::qVerify(m_tdb->isValid(), "m_tdb->isValid()", qPrintable(m_tdb->error()), __FILE__, __LINE__))
        return false;
    m_db = m_tdb->open();
    return QTest::qVerify(m_db != nullptr, "m_db", "", __FILE__, __LINE__);
}

void DatabaseTest::closeDatabase() {
    m_db.reset();
    m_tdb.reset();
}

} // namespace linkdesk::test
