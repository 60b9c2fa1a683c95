#include "domain/matchtrace.h"
#include "store/database.h"
#include "store/orderrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs linkdesk-cli as scripts do: by its command line, reading stdout, stderr and the exit code.
class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_config;

    struct Run {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& args) {
        QProcess p;
        p.start(qEnvironmentVariable("LINKDESK_CLI"),
                QStringList{QStringLiteral("--config"), m_config} + args);
        if (!p.waitForFinished(60000))
            return {-1, {}, "timed out"};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(qEnvironmentVariable("LINKDESK_CLI")));
        m_config = m_dir.filePath(QStringLiteral("profile.ini"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[database]\nurl=sqlite:ld.sqlite\n[shop.web]\ntype=woocommerce\nurl=http://127.0.0.1:9\n");
    }

    void version() {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(LINKDESK_VERSION));
    }

    void helpListsCommands() {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* word : {"db migrate", "settings list", "settings get", "settings set"})
            QVERIFY2(r.out.contains(word), word);
    }

    void migrate() {
        Run r = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("from")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("to")).toInt() >= 1);
        r = cli({QStringLiteral("db"), QStringLiteral("migrate")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("up to date"), r.out.constData());
    }

    void settingsRoundTrip() {
        Run r =
            cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("default_customer_code"),
                 QStringLiteral("WEB01"), QStringLiteral("--shop"), QStringLiteral("web")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("default_customer_code"),
                 QStringLiteral("--shop"), QStringLiteral("web")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("WEB01"));
        r = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("default_customer_code")});
        QCOMPARE(r.out.trimmed(), QByteArray("WEB")); // the installation still has the default

        r = cli({QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--shop"),
                 QStringLiteral("web"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 9);
        bool seen = false;
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("key")).toString() == QLatin1String("default_customer_code")) {
                seen = true;
                QCOMPARE(o.value(QStringLiteral("value")).toString(), QStringLiteral("WEB01"));
                QCOMPARE(o.value(QStringLiteral("origin")).toString(), QStringLiteral("shop"));
            }
        }
        QVERIFY(seen);
    }

    void errorsGoToStderrWithNonZeroExit_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown key") << QStringList{"settings", "get", "colour"}
                                     << QByteArray("Unknown setting");
        QTest::newRow("bad value") << QStringList{"settings", "set", "cache_ttl_seconds", "soon"}
                                   << QByteArray("whole number");
        QTest::newRow("unknown shop")
            << QStringList{"settings", "list", "--shop", "nope"} << QByteArray("no shop");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << QByteArray("Unknown command");
        QTest::newRow("missing args")
            << QStringList{"settings", "set", "guest_policy"} << QByteArray("KEY and a VALUE");
    }
    void errorsGoToStderrWithNonZeroExit() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QVERIFY(r.code != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void jsonErrors() {
        const Run r = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("colour"),
                           QStringLiteral("--json")});
        QVERIFY(r.code != 0);
        QVERIFY(QJsonDocument::fromJson(r.err)
                    .object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("Unknown setting")));
    }

    void missingProfile() {
        QProcess p;
        p.start(qEnvironmentVariable("LINKDESK_CLI"),
                {QStringLiteral("--config"), m_dir.filePath(QStringLiteral("nope.ini")), QStringLiteral("db"),
                 QStringLiteral("migrate")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("does not exist"));
    }

    void linksRoundTrip() {
        Run r = cli({QStringLiteral("links"), QStringLiteral("set"), QStringLiteral("--shop"), QStringLiteral("web"),
                     QStringLiteral("--customer"), QStringLiteral("17"), QStringLiteral("--erp"),
                     QStringLiteral("C00001")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QJsonObject link = list.first().toObject();
        QCOMPARE(link.value(QStringLiteral("shop")).toString(), QStringLiteral("web"));
        QCOMPARE(link.value(QStringLiteral("customer")).toString(), QStringLiteral("17"));
        QCOMPARE(link.value(QStringLiteral("erp_customer")).toString(), QStringLiteral("C00001"));
        QCOMPARE(link.value(QStringLiteral("source")).toString(), QStringLiteral("manual"));

        const QString csv = m_dir.filePath(QStringLiteral("links.csv"));
        r = cli({QStringLiteral("links"), QStringLiteral("export"), csv});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("links"), QStringLiteral("clear"), QStringLiteral("--shop"), QStringLiteral("web"),
                 QStringLiteral("--customer"), QStringLiteral("17")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--json")});
        list = QJsonDocument::fromJson(r.out).array();
        QVERIFY(list.isEmpty() || list.first().toObject().value(QStringLiteral("erp_customer")).toString().isEmpty());

        r = cli({QStringLiteral("links"), QStringLiteral("import"), csv, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), 1);
        r = cli({QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--json")});
        link = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(link.value(QStringLiteral("erp_customer")).toString(), QStringLiteral("C00001"));

        QFile bad(m_dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("shop,who\nweb,17\n");
        bad.close();
        r = cli({QStringLiteral("links"), QStringLiteral("import"), bad.fileName()});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("customer_id"), r.err.constData());
    }

    void ordersListTraceRetry() {
        { // an order as an import left it: failed, with its trace
            auto db = linkdesk::Database::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ld.sqlite")));
            QVERIFY2(db, qPrintable(db.message()));
            linkdesk::StagedOrder o;
            o.shopCode = QStringLiteral("web");
            o.orderNumber = QStringLiteral("1001");
            o.customer.shopCode = o.shopCode;
            o.customer.shopCustomerId = QStringLiteral("17");
            o.customer.email = QStringLiteral("orders@acme.example");
            o.rawPayload = "{}";
            QList<linkdesk::StagedOrder> orders{o};
            linkdesk::OrderRepository repo(**db);
            QVERIFY(repo.store(orders));
            linkdesk::MatchTrace trace;
            linkdesk::MatchTrace::Step step;
            step.rule = QStringLiteral("email");
            step.sentence = QStringLiteral("Looked up orders@acme.example in the ERP: one customer, C00001. Linked by email.");
            trace.append(step);
            o = orders.first();
            o.status = linkdesk::OrderStatus::Failed;
            o.reason = QStringLiteral("The ERP did not answer in time.");
            o.lastError = o.reason;
            o.attempts = 2;
            o.erpCustomerNumber = QStringLiteral("C00001");
            o.matchTrace = trace.toJson();
            QVERIFY(repo.saveState(o));
        }
        Run r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("failed"),
                     QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject o = list.first().toObject();
        for (const char* key : {"shop", "number", "status", "reason", "erp_customer", "erp_order"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("erp_customer")).toString(), QStringLiteral("C00001"));

        r = cli({QStringLiteral("orders"), QStringLiteral("trace"), QStringLiteral("web"), QStringLiteral("1001")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Linked by email."), r.out.constData());

        r = cli({QStringLiteral("orders"), QStringLiteral("retry"), QStringLiteral("web"), QStringLiteral("1001")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("orders"), QStringLiteral("rematch"), QStringLiteral("web"), QStringLiteral("404")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("no order 404"), r.err.constData());
        r = cli({QStringLiteral("orders"), QStringLiteral("rematch"), QStringLiteral("web"), QStringLiteral("1001"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("new"),
                 QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    }

    void cacheStatsAndClear() {
        Run r = cli({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject stats = QJsonDocument::fromJson(r.out).object();
        for (const char* key : {"entries", "hits", "misses"})
            QVERIFY2(stats.contains(QLatin1String(key)), key);
        r = cli({QStringLiteral("cache"), QStringLiteral("clear")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("entries dropped"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
