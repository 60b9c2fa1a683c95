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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
