#pragma once

#include "store/database.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace linkdesk::test {

// A fresh, empty database for one test on the engine chosen by LINKDESK_TEST_ENGINE (sqlite by
// default, postgresql: a new database in the cluster named by LINKDESK_TEST_PG_URL), removed after.
class TestDatabase final {
    Q_DISABLE_COPY_MOVE(TestDatabase)
public:
    TestDatabase();
    ~TestDatabase();

    static Engine engine();
    // Empty when the engine is usable; otherwise why not (the test should skip or fail).
    static QString unavailableReason();

    bool isValid() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    std::unique_ptr<Database> open(Database::Migrate migrate = Database::Migrate::Yes) const;

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgName;
    QString m_error;
};

// Another connection in the middle of a write, as a long import holds it: until release() (or the end
// of its life) it keeps the write lock of these tables. SQLite: BEGIN IMMEDIATE, which locks the
// whole file for writers (readers still read, in WAL mode). PostgreSQL: LOCK TABLE ... IN ACCESS
// EXCLUSIVE MODE, which makes readers of those tables wait as well.
class WriteLock final {
    Q_DISABLE_COPY_MOVE(WriteLock)
public:
    WriteLock(const TestDatabase& db, const QStringList& tables);
    ~WriteLock();

    // Empty when the lock is held; otherwise why not.
    QString error() const { return m_error; }
    void release();

private:
    std::unique_ptr<Database> m_db;
    QString m_error;
};

// The base of a test class whose every test function gets a fresh, open database: its init()
// skips (or fails) without the engine under test and opens m_db; cleanup() closes it. A test class
// with more to set up declares its own init() calling openDatabase().
class DatabaseTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { closeDatabase(); }

protected:
    // Makes m_tdb and opens m_db; false, and the test function failed, when it cannot.
    bool openDatabase();
    void closeDatabase();

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

} // namespace linkdesk::test

// Skips (or, when LINKDESK_REQUIRE_PG is set, fails) a test whose engine is not available.
#define LINKDESK_REQUIRE_ENGINE()                                                                            \
    do {                                                                                                     \
        const QString why = linkdesk::test::TestDatabase::unavailableReason();                               \
        if (!why.isEmpty()) {                                                                                \
            if (qEnvironmentVariableIsSet("LINKDESK_REQUIRE_PG"))                                            \
                QFAIL(qPrintable(why));                                                                      \
            QSKIP(qPrintable(why));                                                                          \
        }                                                                                                    \
    } while (false)
