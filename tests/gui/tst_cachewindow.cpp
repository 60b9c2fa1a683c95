// Issue 13, items 5 and 6 in the window, against a real linkdesk-sandbox: the window keeps one
// look-up cache across its imports, yet a clear (from the toolbar during an import, or by another
// workstation) is never undone by what the window read before it; a shop's cache lifetime applies
// to the window's import; Test connection and the import check the default customer.
#include "config/profile.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "store/cachestore.h"
#include "store/database.h"
#include "store/settingsstore.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace linkdesk;

class TestCacheWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    Profile m_profile;
    std::unique_ptr<Database> m_db;
    int m_run = 0;

    int savedEntries() {
        auto stats = CacheStore(*m_db).stats();
        return stats ? stats->entries : -1;
    }
    // Starts an import from the Import page; the state line once it has finished.
    static QPushButton* startImport(MainWindow& window) {
        if (!window.showPage(QStringLiteral("Import")))
            return nullptr;
        auto* start = window.findChild<QPushButton*>(QStringLiteral("startButton"));
        if (start)
            QTest::mouseClick(start, Qt::LeftButton);
        return start;
    }
    static QString importState(MainWindow& window) {
        return window.findChild<QLabel*>(QStringLiteral("stateLabel"))->text();
    }
    static bool importFinished(MainWindow& window, QPushButton* start) {
        return QTest::qWaitFor([start] { return start->isEnabled(); }, 120000) &&
               importState(window).startsWith(QStringLiteral("Import finished"));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        SandboxProcess::putSecrets();
    }
    // Every test: its own sandbox and database.
    void init() {
        QVERIFY2(m_sandbox.start({QStringLiteral("--generate"),
                                  QStringLiteral("orders=40,customers=15,new_customers=4,items=6,guests=4")}),
                 qPrintable(m_sandbox.error()));
        m_profile = test::sandboxProfile(m_sandbox.base(),
                                         QStringLiteral("sqlite:") +
                                             m_dir.filePath(QStringLiteral("window-%1.sqlite").arg(++m_run)),
                                         QStringLiteral("Web"));
        m_db = test::openSandboxDatabase(m_profile, QStringLiteral("C00001"));
        QVERIFY(m_db);
    }
    void cleanup() {
        m_db.reset();
        m_sandbox.stop();
    }

    void clearElsewhereWinsOverTheWindowsCache() {
        MainWindow window(*m_db, m_profile);
        window.show();
        QPushButton* start = startImport(window);
        QVERIFY(start);
        QVERIFY2(importFinished(window, start), qPrintable(importState(window)));
        QVERIFY(savedEntries() > 0);
        // Another workstation clears the cache (linkdesk-cli cache clear) while the window is open.
        QVERIFY(CacheStore(*m_db).clear());
        QCOMPARE(savedEntries(), 0);
        // The window's next import drops what it held from before the clear and writes none of it back.
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY2(importFinished(window, start), qPrintable(importState(window)));
        QCOMPARE(savedEntries(), 0);
    }

    void toolbarClearDuringAnImportStaysCleared() {
        MainWindow window(*m_db, m_profile);
        window.show();
        // The import stops at its item look-ups (matching), with customers already in its cache.
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("hold"), QStringLiteral("^GET .*/items$")}}));
        QPushButton* start = startImport(window);
        QVERIFY(start);
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.heldRequests() > 0, 60000);
        window.statusBar()->clearMessage();
        window.findChild<QAction*>(QStringLiteral("clearCacheAction"))->trigger();
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("entries dropped")));
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("release"), true}}));
        QVERIFY2(importFinished(window, start), qPrintable(importState(window)));
        QVERIFY2(importState(window).endsWith(QStringLiteral(" 0 failed.")), qPrintable(importState(window)));
        QCOMPARE(savedEntries(), 0);
    }

    void theShopsLifetimeAppliesToTheWindowsImport() {
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("cache_ttl_seconds"), QStringLiteral("0"),
                                         QStringLiteral("web")));
        MainWindow window(*m_db, m_profile);
        window.show();
        QPushButton* start = startImport(window);
        QVERIFY(start);
        QVERIFY2(importFinished(window, start), qPrintable(importState(window)));
        QVERIFY2(importState(window).endsWith(QStringLiteral(" 0 failed.")), qPrintable(importState(window)));
        QVERIFY2(!importState(window).startsWith(QStringLiteral("Import finished: 0 submitted")),
                 qPrintable(importState(window)));
        QCOMPARE(savedEntries(), 0);
    }

    void testConnectionAndImportCheckTheDefaultCustomer() {
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("default_customer_code"), QStringLiteral("NOPE")));
        MainWindow window(*m_db, m_profile);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("Settings")));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("connectionsTab")));
        auto* test = window.findChild<QPushButton*>(QStringLiteral("testConnectionButton"));
        auto* report = window.findChild<QLabel*>(QStringLiteral("connectionMessageLabel"));
        QVERIFY(test && report);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
        QVERIFY2(report->text().startsWith(QStringLiteral("Not everything works:")) &&
                     report->text().contains(
                         QStringLiteral("The default customer NOPE (shop web) is not in the ERP.")),
                 qPrintable(report->text()));

        QPushButton* start = startImport(window);
        QVERIFY(start);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 60000);
        QVERIFY2(
            importState(window).startsWith(QStringLiteral("The import could not run: The import stopped "
                                                          "before matching any order: The default "
                                                          "customer NOPE (shop web) is not in the ERP.")),
            qPrintable(importState(window)));
        QCOMPARE(m_sandbox.erpState().value(QStringLiteral("salesOrders")).toArray().size(), 0);

        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("default_customer_code"), QStringLiteral("C00001")));
        QVERIFY(window.showPage(QStringLiteral("Settings")));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
        QVERIFY2(!report->text().startsWith(QStringLiteral("Not everything works:")) &&
                     report->text().contains(
                         QStringLiteral("The default customer C00001 (shop web) is in the ERP: ")),
                 qPrintable(report->text()));
    }
};

QTEST_MAIN(TestCacheWindow)
#include "tst_cachewindow.moc"
