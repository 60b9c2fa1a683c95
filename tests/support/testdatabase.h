#pragma once

#include "store/database.h"

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
