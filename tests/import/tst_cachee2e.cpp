// Issue 13, item 5 end to end: the look-up cache of linkdesk-cli against a real linkdesk-sandbox.
// A clear made while an import runs is not undone when the import saves its cache at the end;
// cache_ttl_seconds=0 means no caching, every order still matched and submitted; a shop's own
// lifetime applies to an import of every shop.
#include "cliworld.h"

#include <QTest>

using linkdesk::test::CliRun;
using linkdesk::test::CliWorld;

class TestCacheEndToEnd : public QObject {
    Q_OBJECT
    CliWorld m_world;

    // A generated shop and ERP, with no guest policy set.
    bool setUp() {
        return m_world.setUp({QStringLiteral("--generate"),
                              QStringLiteral("orders=60,customers=20,new_customers=5,items=8,guests=5")},
                             {}, {.defaultCustomer = QStringLiteral("C00001"), .guestPolicy = {}});
    }
    QJsonObject importJson(const QStringList& extra = {}) {
        const CliRun r = m_world.cli(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + extra);
        if (r.code != 0)
            qWarning("import: %s", r.err.constData());
        return r.json();
    }

private slots:
    void init() { QVERIFY(QFile::exists(qEnvironmentVariable("LINKDESK_CLI"))); }
    void cleanup() { m_world.sandbox.stop(); }

    void clearDuringAnImportStaysCleared() {
        QVERIFY(setUp());
        // The import stops at its first sales order, with every look-up of the pass in its cache.
        QVERIFY(
            m_world.sandbox.setFaults({{QStringLiteral("hold"), QStringLiteral("^POST .*/salesOrders$")}}));
        QProcess import;
        m_world.startCli(import, {QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY(import.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_world.sandbox.heldRequests() > 0, 120000);

        const CliRun clear = m_world.cli({QStringLiteral("cache"), QStringLiteral("clear")});
        QVERIFY2(clear.code == 0, clear.err.constData());
        QVERIFY(m_world.sandbox.setFaults({{QStringLiteral("release"), true}}));
        const CliRun done = CliWorld::finish(import);
        QVERIFY2(done.code == 0, done.err.constData());
        QVERIFY(done.json().value(QStringLiteral("submitted")).toInt() > 0);

        // What the import read before the clear was not written back at its end.
        QCOMPARE(m_world.savedCacheEntries(), 0);
        // So the next job asks the ERP again.
        const int before = m_world.sandbox.requestsTo(QStringLiteral("GET /"));
        const CliRun test =
            m_world.cli({QStringLiteral("test-order"), QStringLiteral("--shop"), QStringLiteral("web"),
                         QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--sku"),
                         QStringLiteral("SKU-00001"), QStringLiteral("--json")});
        QVERIFY2(test.code == 0, test.err.constData());
        QVERIFY(m_world.sandbox.requestsTo(QStringLiteral("customers")) > 0);
        QVERIFY(m_world.sandbox.requestsTo(QStringLiteral("GET /")) > before);
        // Without a clear meanwhile, the cache is saved as before.
        QVERIFY(m_world.savedCacheEntries() > 0);
    }

    void ttlZeroMatchesEveryOrderAndCachesNothing() {
        QVERIFY(setUp());
        // The shop's own lifetime, not the installation's (900 s), applies to an import of every shop.
        const CliRun set = m_world.cli({QStringLiteral("settings"), QStringLiteral("set"),
                                        QStringLiteral("cache_ttl_seconds"), QStringLiteral("0"),
                                        QStringLiteral("--shop"), QStringLiteral("web")});
        QVERIFY2(set.code == 0, set.err.constData());
        const QJsonObject s = importJson();
        QCOMPARE(s.value(QStringLiteral("fetched")).toInt(), 60);
        QCOMPARE(s.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(s.value(QStringLiteral("submitted")).toInt() > 0);
        QCOMPARE(s.value(QStringLiteral("submitted")).toInt(), s.value(QStringLiteral("matched")).toInt());
        QVERIFY(!m_world.statuses().contains(QStringLiteral("failed")));
        QCOMPARE(m_world.savedCacheEntries(), 0);

        // Every job asks the ERP afresh: the same test order twice, two sets of look-ups.
        const QStringList testOrder{QStringLiteral("test-order"), QStringLiteral("--shop"),
                                    QStringLiteral("web"),        QStringLiteral("--customer"),
                                    QStringLiteral("1"),          QStringLiteral("--sku"),
                                    QStringLiteral("SKU-00001"),  QStringLiteral("--json")};
        const int start = m_world.sandbox.requestsTo(QStringLiteral("GET /"));
        const CliRun first = m_world.cli(testOrder);
        QVERIFY2(first.code == 0, first.err.constData());
        QCOMPARE(first.json().value(QStringLiteral("customer_code")).toString(), QStringLiteral("C00001"));
        const int once = m_world.sandbox.requestsTo(QStringLiteral("GET /")) - start;
        QVERIFY(once > 0);
        const CliRun second = m_world.cli(testOrder);
        QVERIFY2(second.code == 0, second.err.constData());
        QCOMPARE(m_world.sandbox.requestsTo(QStringLiteral("GET /")) - start, 2 * once);
        QCOMPARE(m_world.savedCacheEntries(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCacheEndToEnd)
#include "tst_cachee2e.moc"
