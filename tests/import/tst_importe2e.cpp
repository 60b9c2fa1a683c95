// The main job end to end, the way scripts run it: linkdesk-cli against a real linkdesk-sandbox
// process over HTTP, playing WooCommerce and Business Central. Asserts from the sandbox's own state
// what reached the "real" systems: every order submitted once, no customer created twice, whatever
// the faults and however often the importer is killed.
#include "cliworld.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>

using linkdesk::test::CliRun;
using linkdesk::test::CliWorld;

class TestImportEndToEnd : public QObject {
    Q_OBJECT
    CliWorld m_world;

    // erp: more [erp] keys ("batch=false\n"); net: a [net] section.
    bool setUp(const QStringList& sandboxArgs, const QString& defaultCustomer, const QString& net = {},
               const QString& erp = {}) {
        return m_world.setUp(sandboxArgs, {.extra = erp + net}, {.defaultCustomer = defaultCustomer});
    }
    // What the sandbox ERP holds: no order twice, no customer email twice.
    void checkNoDuplicates(int expectedOrders) {
        const QJsonObject erp = m_world.sandbox.erpState();
        QSet<QString> documents;
        for (const auto& so : erp.value(QStringLiteral("salesOrders")).toArray()) {
            const QString doc = so.toObject().value(QStringLiteral("externalDocumentNumber")).toString();
            QVERIFY2(!documents.contains(doc),
                     qPrintable(QStringLiteral("order %1 submitted twice").arg(doc)));
            documents.insert(doc);
        }
        QCOMPARE(documents.size(), expectedOrders);
        QSet<QString> emails;
        for (const auto& c : erp.value(QStringLiteral("customers")).toArray()) {
            const QString email = c.toObject().value(QStringLiteral("email")).toString().trimmed().toLower();
            if (email.isEmpty())
                continue;
            if (emails.contains(email) && email == QLatin1String("purchasing@nordicpack.eu"))
                continue; // the demo seed's two customers sharing one email, on purpose
            QVERIFY2(!emails.contains(email),
                     qPrintable(QStringLiteral("customer %1 created twice").arg(email)));
            emails.insert(email);
        }
    }

private slots:
    void init() { QVERIFY(QFile::exists(qEnvironmentVariable("LINKDESK_CLI"))); }
    void cleanup() { m_world.sandbox.stop(); }

    void demoImportThenNothingChanges() {
        QVERIFY(setUp({QStringLiteral("--seed"), qEnvironmentVariable("LINKDESK_DEMO_SEED")},
                      QStringLiteral("WEB")));
        QCOMPARE(m_world
                     .cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("guest_policy"),
                           QStringLiteral("default_customer")})
                     .code,
                 0);
        const CliRun first = m_world.cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(first.code == 0, first.err.constData());
        const QJsonObject s = first.json();
        for (const char* key : {"fetched", "quarantined", "matched", "blocked", "needs_review", "submitted",
                                "failed", "customers_created", "customers_linked"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value(QStringLiteral("fetched")).toInt(), 320);
        QCOMPARE(s.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(s.value(QStringLiteral("blocked")).toInt() > 0);      // unknown SKUs
        QVERIFY(s.value(QStringLiteral("needs_review")).toInt() > 0); // shared email, blocked customers
        QVERIFY(s.value(QStringLiteral("customers_created")).toInt() > 0);
        const QJsonObject linked = s.value(QStringLiteral("customers_linked")).toObject();
        for (const char* how : {"email", "existing", "created", "default"})
            QVERIFY2(linked.value(QLatin1String(how)).toInt() > 0, how);
        const int submitted = s.value(QStringLiteral("submitted")).toInt();
        QCOMPARE(submitted, s.value(QStringLiteral("matched")).toInt());
        const QHash<QString, int> st = m_world.statuses();
        QCOMPARE(st.value(QStringLiteral("submitted")), submitted);
        QCOMPARE(st.value(QStringLiteral("blocked")), s.value(QStringLiteral("blocked")).toInt());
        QCOMPARE(st.value(QStringLiteral("needs_review")), s.value(QStringLiteral("needs_review")).toInt());
        checkNoDuplicates(submitted);
        const int customers = m_world.sandbox.erpState().value(QStringLiteral("customers")).toArray().size();

        const CliRun second = m_world.cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(second.code == 0, second.err.constData());
        QCOMPARE(second.json().value(QStringLiteral("submitted")).toInt(), 0);
        QCOMPARE(second.json().value(QStringLiteral("customers_created")).toInt(), 0);
        QCOMPARE(m_world.statuses(), st);
        checkNoDuplicates(submitted);
        QCOMPARE(m_world.sandbox.erpState().value(QStringLiteral("customers")).toArray().size(), customers);

        // A test order as a customer with its own price: the linked code, why, and both prices.
        const CliRun test =
            m_world.cli({QStringLiteral("test-order"), QStringLiteral("--shop"), QStringLiteral("web"),
                         QStringLiteral("--customer"), QStringLiteral("116"), QStringLiteral("--sku"),
                         QStringLiteral("CA-A3-WALL"), QStringLiteral("--qty"), QStringLiteral("2"),
                         QStringLiteral("--json")});
        QVERIFY2(test.code == 0, test.err.constData());
        const QJsonObject t = test.json();
        QCOMPARE(t.value(QStringLiteral("customer_code")).toString(), QStringLiteral("C00016"));
        QVERIFY(!t.value(QStringLiteral("trace")).toArray().isEmpty());
        const QJsonObject linkedPrice = t.value(QStringLiteral("price_linked")).toObject();
        const QJsonObject defaultPrice = t.value(QStringLiteral("price_default")).toObject();
        QCOMPARE(linkedPrice.value(QStringLiteral("customer")).toString(), QStringLiteral("C00016"));
        QCOMPARE(defaultPrice.value(QStringLiteral("customer")).toString(), QStringLiteral("WEB"));
        QCOMPARE(linkedPrice.value(QStringLiteral("total")).toDouble(),
                 2 * 196.0); // the customer's own price
        QVERIFY2(defaultPrice.value(QStringLiteral("total")).toDouble() >
                     linkedPrice.value(QStringLiteral("total")).toDouble(),
                 test.out.constData());
        QCOMPARE(m_world.sandbox.erpState().value(QStringLiteral("openSalesQuotes")).toInt(), 0);

        // The trace says why, in words.
        const CliRun trace = m_world.cli({QStringLiteral("orders"), QStringLiteral("trace"),
                                          QStringLiteral("web"), QStringLiteral("4111")});
        QVERIFY2(trace.code == 0, trace.err.constData());
        QVERIFY2(trace.out.contains("No ERP item for"), trace.out.constData());
    }

    void secretsAreNeverWrittenDown() {
        QVERIFY(setUp({QStringLiteral("--generate"),
                       QStringLiteral("orders=40,customers=10,new_customers=3,items=5,guests=3")},
                      QStringLiteral("C00001")));
        QByteArray logs;
        for (const QStringList& args :
             {QStringList{QStringLiteral("import"), QStringLiteral("--verbose")},
              QStringList{QStringLiteral("test-order"), QStringLiteral("--shop"), QStringLiteral("web"),
                          QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--sku"),
                          QStringLiteral("SKU-00001"), QStringLiteral("--verbose")},
              QStringList{QStringLiteral("links"), QStringLiteral("check"), QStringLiteral("--verbose")},
              QStringList{QStringLiteral("settings"), QStringLiteral("list")}}) {
            const CliRun r = m_world.cli(args);
            QVERIFY2(r.code == 0, r.err.constData());
            logs += r.out + r.err;
        }
        QVERIFY2(logs.contains("POST") && logs.contains("/oauth2/"), "the verbose log shows the requests");
        QByteArray stored; // the database, its WAL and the profile
        for (const QString& name : QDir(m_world.dir.path()).entryList(QDir::Files)) {
            QFile f(m_world.dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            stored += f.readAll();
        }
        const QList<QByteArray> secrets{"bc-secret", "ck_demo", "cs_demo",
                                        QByteArray("ck_demo:cs_demo").toBase64(),
                                        QByteArray("linkdesk:bc-secret").toBase64()};
        // The log file support staff attach: it has the requests, and no secret even before its
        // guard (which masks LINKDESK_SECRET_* values as "[redacted]") would have to step in.
        QByteArray logFile;
        const QDir logDir(m_world.dir.filePath(QStringLiteral("data/Linkdesk/linkdesk/logs")));
        for (const QString& name : logDir.entryList({QStringLiteral("linkdesk.log*")}, QDir::Files)) {
            QFile f(logDir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            logFile += f.readAll();
        }
        QVERIFY2(logFile.contains("POST") && logFile.contains("/oauth2/"), "the log file shows the requests");
        QVERIFY2(!logFile.contains("[redacted]"), "the log file guard had to mask a secret");
        for (const QByteArray& secret : secrets) {
            QVERIFY2(!logs.contains(secret), secret.constData());
            QVERIFY2(!stored.contains(secret), secret.constData());
            QVERIFY2(!logFile.contains(secret), secret.constData());
        }
    }

    // The kill and fault suites run twice: with Business Central's $batch (the default) and with a
    // request per call.
    static void batchModes() {
        QTest::addColumn<QString>("erp");
        QTest::newRow("batched") << QString();
        QTest::newRow("single requests") << QStringLiteral("batch=false\n");
    }

    void killedTwentyTimesStillSubmitsEachOrderOnce_data() { batchModes(); }
    void killedTwentyTimesStillSubmitsEachOrderOnce() {
        QFETCH(QString, erp);
        QVERIFY(setUp({QStringLiteral("--generate"),
                       QStringLiteral("orders=2000,customers=300,new_customers=100,items=50,guests=100"),
                       QStringLiteral("--latency-ms"), QStringLiteral("40")},
                      QStringLiteral("C00001"), {}, erp));
        QRandomGenerator random(20261123);
        int killedWhileRunning = 0;
        for (int i = 0; i < 20; ++i) {
            QProcess p;
            m_world.startCli(p, {QStringLiteral("import")});
            QVERIFY(p.waitForStarted());
            const int wait = 200 + int(random.bounded(1000));
            if (!p.waitForFinished(wait)) {
                p.kill(); // SIGKILL: no cleanup, no last words
                ++killedWhileRunning;
            }
            p.waitForFinished();
        }
        QVERIFY2(killedWhileRunning >= 10, "the importer finished too quickly to be killed mid-way");
        // The latency only made the kills land mid-way; the runs that pick up after them need not
        // wait for it (in single requests they took half a minute more).
        QVERIFY(m_world.sandbox.setFaults({{QStringLiteral("latency_ms"), 0}}));
        m_world.importUntilSettled(6);
        const QHash<QString, int> st = m_world.statuses();
        QCOMPARE(st.value(QStringLiteral("submitted")), 2000);
        checkNoDuplicates(2000);
    }

    void faultsEndSubmittedBlockedOrReviewedWithoutDuplicates_data() { batchModes(); }
    void faultsEndSubmittedBlockedOrReviewedWithoutDuplicates() {
        QFETCH(QString, erp);
        QVERIFY(setUp({QStringLiteral("--generate"),
                       QStringLiteral("orders=400,customers=80,new_customers=30,items=20,guests=30"),
                       QStringLiteral("--fail-rate"), QStringLiteral("0.1"), QStringLiteral("--hang-rate"),
                       QStringLiteral("0.02"), QStringLiteral("--commit-then-fail-rate"),
                       QStringLiteral("0.05"), QStringLiteral("--rate-limit"), QStringLiteral("300")},
                      QStringLiteral("C00001"), QStringLiteral("[net]\ntimeout_ms=800\n"), erp));
        m_world.importUntilSettled(8);
        const QHash<QString, int> st = m_world.statuses();
        int total = 0;
        for (auto it = st.cbegin(); it != st.cend(); ++it) {
            QVERIFY2(it.key() == QLatin1String("submitted") || it.key() == QLatin1String("blocked") ||
                         it.key() == QLatin1String("needs_review"),
                     qPrintable(QStringLiteral("%1 orders left %2").arg(it.value()).arg(it.key())));
            total += it.value();
        }
        QCOMPARE(total, 400);
        checkNoDuplicates(st.value(QStringLiteral("submitted")));
        qInfo() << "faults injected:" << m_world.sandbox.stateAt({"sandbox", "faults", "counts"});
    }

    // Business Central carries out a batch of creates and then answers 500 (or the answer is lost
    // on the way): the importer looks its orders up, in a batch of GETs, and finds them; a lost
    // batch of customers is searched for before anything is created again.
    void batchThatFailsAfterItsWorkMakesNothingTwice() {
        QVERIFY(setUp({QStringLiteral("--generate"),
                       QStringLiteral("orders=300,customers=60,new_customers=20,items=10,guests=10")},
                      QStringLiteral("C00001")));
        const auto failAfterCommit = [this](const char* kind, int times) {
            return m_world.sandbox.post(QStringLiteral("/_sandbox/erp/fail-after-commit"),
                                        {{QStringLiteral("system"), QStringLiteral("businesscentral")},
                                         {QStringLiteral("kind"), QLatin1String(kind)},
                                         {QStringLiteral("times"), times}});
        };
        QVERIFY(failAfterCommit("orderBatches", 2));
        QVERIFY(failAfterCommit("customerBatches", 1));
        const CliRun first = m_world.cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(first.code == 0, first.err.constData());
        m_world.importUntilSettled(4);
        const QHash<QString, int> st = m_world.statuses();
        QCOMPARE(st.value(QStringLiteral("submitted")), 300);
        checkNoDuplicates(300);
        const QJsonObject counts = m_world.sandbox.stateAt({"erp", "counts", "businesscentral"}).toObject();
        QCOMPARE(counts.value(QStringLiteral("orderCreates")).toInt(), 300);   // none sent twice
        QCOMPARE(counts.value(QStringLiteral("customerCreates")).toInt(), 30); // 20 new and 10 guests
        // Found again, not made again: the orders of the failed batches say so.
        const CliRun listed =
            m_world.cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")});
        int alreadyThere = 0;
        for (const auto& o : QJsonDocument::fromJson(listed.out).array())
            alreadyThere += o.toObject()
                                .value(QStringLiteral("reason"))
                                .toString()
                                .contains(QLatin1String("Already in the ERP"));
        QVERIFY2(alreadyThere > 0, listed.out.left(2000).constData());
        // Every request was a batch of at most 100 operations: a few dozen for 300 orders.
        const int requests = m_world.sandbox.requests().value(QStringLiteral("total")).toInt();
        QVERIFY2(requests < 60, qPrintable(QString::number(requests)));
    }
};

QTEST_GUILESS_MAIN(TestImportEndToEnd)
#include "tst_importe2e.moc"
