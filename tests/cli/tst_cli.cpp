#include "domain/matchtrace.h"
#include "domain/settings.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "testorders.h"

#include <QDateTime>
#include <QDirIterator>
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

    // Runs with a profile that names an ERP and a WooCommerce shop, input on stdin and extra
    // environment (a name with an empty value removes that variable).
    Run cliWith(const QStringList& args, const QByteArray& input, const QMap<QString, QString>& env = {}) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it) {
            if (it.value().isEmpty())
                e.remove(it.key());
            else
                e.insert(it.key(), it.value());
        }
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("LINKDESK_CLI"),
                QStringList{QStringLiteral("--config"), m_secretsConfig} + args);
        if (!p.waitForStarted(30000))
            return {-1, {}, "not started"};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {-1, {}, "timed out"};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    QString m_secretsConfig;
    static QStringList secretsArgs(std::initializer_list<const char*> words) {
        QStringList out{QStringLiteral("secrets")};
        for (const char* w : words)
            out << QString::fromUtf8(w);
        return out;
    }
    static bool haveKeychain() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(qEnvironmentVariable("LINKDESK_CLI")));
        m_config = m_dir.filePath(QStringLiteral("profile.ini"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[database]\nurl=sqlite:ld.sqlite\n[shop.web]\ntype=woocommerce\nurl=http://127.0.0.1:9\n");
        m_secretsConfig = m_dir.filePath(QStringLiteral("secrets.ini"));
        QFile g(m_secretsConfig);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(
            "[database]\nurl=sqlite:secrets.sqlite\n[shop.web]\ntype=woocommerce\nurl=http://127.0.0.1:9\n"
            "[shop.drop]\ntype=file\npath=drop\n[erp]\ntype=businesscentral\napi_url=http://127.0.0.1:9\n");
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
        QCOMPARE(list.size(), linkdesk::settingSpecs().size());
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

        // The plain list names each setting with the label the settings page shows (in English).
        r = cli({QStringLiteral("settings"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), linkdesk::settingSpecs().size());
        for (int i = 0; i < lines.size(); ++i) {
            const linkdesk::SettingSpec& spec = linkdesk::settingSpecs().at(i);
            QVERIFY2(lines.at(i).startsWith(spec.key.toUtf8() + " = ") &&
                         lines.at(i).endsWith(QByteArray("  # ") + spec.label),
                     lines.at(i).constData());
        }
        QVERIFY(r.out.contains("default_customer_code = WEB  (default)  # Default customer code\n"));
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

    void secretsSetListRemove() {
        if (!haveKeychain())
            QSKIP("No D-Bus session: run under scripts/with-keyring.sh");
        const QByteArray value = "ck_cli_" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QMap<QString, QString> noOverride{
            {QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY"), QString()}};
        Run r = cliWith(secretsArgs({"set", "shop.web.consumer_key"}), value + "\n", noOverride);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains(value) && !r.err.contains(value));
        QVERIFY2(r.out.contains("Stored shop.web.consumer_key"), r.out.constData());

        r = cliWith(secretsArgs({"list"}), {}, noOverride);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains(value));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines,
                 (QList<QByteArray>{"erp.client_secret  not set", "shop.web.consumer_key  set (keychain)",
                                    "shop.web.consumer_secret  not set"}));

        r = cliWith(secretsArgs({"list"}) << QStringLiteral("--json"), {}, noOverride);
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("shop.web.consumer_key")},
                              {QStringLiteral("set"), true},
                              {QStringLiteral("source"), QStringLiteral("keychain")}}));
        QVERIFY(!r.out.contains(value));

        // What was stored is the line without its line break, and the app reads it from the keychain.
        qunsetenv("LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY");
        const auto stored =
            linkdesk::secrets::CredentialStore().readSync(QStringLiteral("shop.web.consumer_key"));
        QVERIFY2(stored.ok(), qPrintable(stored.message()));
        QCOMPARE(stored->toUtf8(), value);

        r = cliWith(secretsArgs({"remove", "shop.web.consumer_key"}), {}, noOverride);
        QVERIFY2(r.code == 0, r.err.constData());
        r = cliWith(secretsArgs({"list"}), {}, noOverride);
        QVERIFY2(r.out.contains("shop.web.consumer_key  not set"), r.out.constData());
        // Removing again is fine.
        QCOMPARE(cliWith(secretsArgs({"remove", "shop.web.consumer_key"}), {}, noOverride).code, 0);
    }

    void secretsListShowsEnvironmentOverride() {
        // An environment override needs no keychain look-up, but the other names do.
        if (!haveKeychain())
            QSKIP("No D-Bus session: run under scripts/with-keyring.sh");
        const Run r =
            cliWith(secretsArgs({"list"}), {},
                    {{QStringLiteral("LINKDESK_SECRET_ERP_CLIENT_SECRET"), QStringLiteral("env-value-123")}});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("erp.client_secret  set (environment LINKDESK_SECRET_ERP_CLIENT_SECRET)"),
                 r.out.constData());
        QVERIFY(!r.out.contains("env-value-123"));
    }

    void secretsSetNeverTakesTheValueFromArguments() {
        const Run r = cliWith(secretsArgs({"set", "shop.web.consumer_secret", "cs_in_argv"}), "x\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("value is read from standard input"), r.err.constData());
        QVERIFY(!r.err.contains("cs_in_argv"));
        QVERIFY(r.out.isEmpty());
    }

    void secretsSetNeedsAValue() {
        const Run r = cliWith(secretsArgs({"set", "shop.web.consumer_secret"}), "\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("No value on standard input"), r.err.constData());
    }

    void secretsBadName() {
        const Run r = cliWith(secretsArgs({"remove", "Shop Web"}), {});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("is not a secret name"), r.err.constData());
    }

    void secretsWithoutKeychainSayClearly() {
        QTemporaryDir runtime;
        const QMap<QString, QString> noBus{{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString()},
                                           {QStringLiteral("DISPLAY"), QString()},
                                           {QStringLiteral("XDG_RUNTIME_DIR"), runtime.path()}};
        Run r = cliWith(secretsArgs({"set", "erp.client_secret"}), "s3cr3t-never-on-disk\n", noBus);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("linkdesk-cli: No keychain is available: "), r.err.constData());
        QVERIFY(!r.err.contains("s3cr3t-never-on-disk"));
        r = cliWith(secretsArgs({"list"}), {}, noBus);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("No keychain is available: "), r.err.constData());
        // No plaintext fallback anywhere under the test's folders.
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("s3cr3t-never-on-disk"), qPrintable(f.fileName()));
        }
    }

    void helpListsSecretCommands() {
        const Run r = cli({QStringLiteral("--help")});
        for (const char* word : {"secrets list", "secrets set", "secrets remove"})
            QVERIFY2(r.out.contains(word), word);
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
        Run r = cli({QStringLiteral("links"), QStringLiteral("set"), QStringLiteral("--shop"),
                     QStringLiteral("web"), QStringLiteral("--customer"), QStringLiteral("17"),
                     QStringLiteral("--erp"), QStringLiteral("C00001")});
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
        r = cli({QStringLiteral("links"), QStringLiteral("clear"), QStringLiteral("--shop"),
                 QStringLiteral("web"), QStringLiteral("--customer"), QStringLiteral("17")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--json")});
        list = QJsonDocument::fromJson(r.out).array();
        QVERIFY(list.isEmpty() ||
                list.first().toObject().value(QStringLiteral("erp_customer")).toString().isEmpty());

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

    void relationsUsageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("set without --erp")
            << QStringList{"relations", "set", "--shop", "web", "--customer", "17"}
            << QByteArray("--erp NUMBER");
        QTest::newRow("set without --customer")
            << QStringList{"relations", "set", "--shop", "web", "--erp", "C00050"}
            << QByteArray("--customer ID");
        QTest::newRow("set in an unknown shop")
            << QStringList{"relations", "set", "--shop", "nope", "--customer", "17", "--erp", "C00050"}
            << QByteArray("The profile has no shop \"nope\" (its shops: web)");
        QTest::newRow("set for a guest")
            << QStringList{"relations",         "set",   "--shop", "web", "--customer",
                           "guest:a@b.example", "--erp", "C1"}
            << QByteArray("not a guest");
        QTest::newRow("remove without --shop")
            << QStringList{"relations", "remove", "--customer", "17"} << QByteArray("--shop CODE");
        QTest::newRow("list of an unknown shop")
            << QStringList{"relations", "list", "--shop", "nope"} << QByteArray("no shop \"nope\"");
    }
    void relationsUsageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void relationsSetListRemove() {
        const QStringList set{QStringLiteral("relations"),  QStringLiteral("set"),
                              QStringLiteral("--shop"),     QStringLiteral("web"),
                              QStringLiteral("--customer"), QStringLiteral("17")};
        // No ERP in this profile: the relation is set, saying the ERP was not asked.
        Run r = cli(set + QStringList{QStringLiteral("--erp"), QStringLiteral("C00050"),
                                      QStringLiteral("--reason"), QStringLiteral("Buys for head office")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Orders of web/17 are booked to ERP customer C00050."), r.out.constData());
        QVERIFY2(r.err.contains("Could not check ERP customer C00050 (the profile names no ERP)"),
                 r.err.constData());

        r = cli({QStringLiteral("relations"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("web/17"), r.out.constData());
        QVERIFY2(r.out.contains("-> C00050  (Buys for head office)  set by "), r.out.constData());

        r = cli({QStringLiteral("relations"), QStringLiteral("list"), QStringLiteral("--shop"),
                 QStringLiteral("web"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QJsonObject relation = list.first().toObject();
        QCOMPARE(relation.keys(),
                 (QStringList{"customer", "erp_customer", "reason", "set_at", "set_by", "shop"}));
        QCOMPARE(relation.value(QStringLiteral("shop")).toString(), QStringLiteral("web"));
        QCOMPARE(relation.value(QStringLiteral("customer")).toString(), QStringLiteral("17"));
        QCOMPARE(relation.value(QStringLiteral("erp_customer")).toString(), QStringLiteral("C00050"));
        QCOMPARE(relation.value(QStringLiteral("reason")).toString(), QStringLiteral("Buys for head office"));
        QVERIFY(!relation.value(QStringLiteral("set_by")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(relation.value(QStringLiteral("set_at")).toString(), Qt::ISODate)
                    .isValid());

        r = cli(set +
                QStringList{QStringLiteral("--erp"), QStringLiteral("C00051"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        relation = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(relation.value(QStringLiteral("erp_customer")).toString(), QStringLiteral("C00051"));
        QCOMPARE(relation.value(QStringLiteral("reason")).toString(), QString());

        const QStringList remove{QStringLiteral("relations"),  QStringLiteral("remove"),
                                 QStringLiteral("--shop"),     QStringLiteral("web"),
                                 QStringLiteral("--customer"), QStringLiteral("17")};
        r = cli(remove);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Removed the contact relation of web/17"), r.out.constData());
        r = cli({QStringLiteral("relations"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        r = cli(remove);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Shop web has no contact relation for customer 17"), r.err.constData());
    }

    void ordersListTraceRetry() {
        { // an order as an import left it: failed, with its trace
            auto db = linkdesk::Database::open(QStringLiteral("sqlite:") +
                                               m_dir.filePath(QStringLiteral("ld.sqlite")));
            QVERIFY2(db, qPrintable(db.message()));
            linkdesk::StagedOrder o = linkdesk::test::stagedOrder(
                QStringLiteral("1001"), QStringLiteral("17"), QStringLiteral("orders@acme.example"), {});
            o.rawPayload = "{}";
            QList<linkdesk::StagedOrder> orders{o};
            linkdesk::OrderRepository repo(**db);
            QVERIFY(repo.store(orders));
            linkdesk::MatchTrace trace;
            linkdesk::MatchTrace::Step step;
            step.rule = QStringLiteral("email");
            step.sentence = QStringLiteral(
                "Looked up orders@acme.example in the ERP: one customer, C00001. Linked by e-mail.");
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
        Run r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
                     QStringLiteral("failed"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject o = list.first().toObject();
        for (const char* key : {"shop", "number", "status", "reason", "erp_customer", "erp_order"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("erp_customer")).toString(), QStringLiteral("C00001"));

        r = cli({QStringLiteral("orders"), QStringLiteral("trace"), QStringLiteral("web"),
                 QStringLiteral("1001")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Linked by e-mail."), r.out.constData());

        r = cli({QStringLiteral("orders"), QStringLiteral("retry"), QStringLiteral("web"),
                 QStringLiteral("1001")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("orders"), QStringLiteral("rematch"), QStringLiteral("web"),
                 QStringLiteral("404")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("no order 404"), r.err.constData());
        r = cli({QStringLiteral("orders"), QStringLiteral("rematch"), QStringLiteral("web"),
                 QStringLiteral("1001"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
                 QStringLiteral("new"), QStringLiteral("--json")});
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
