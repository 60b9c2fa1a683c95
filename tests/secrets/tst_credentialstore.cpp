// CredentialStore against the real keychain: run inside scripts/with-keyring.sh (a private D-Bus
// session with gnome-keyring unlocked), as scripts/test.sh does.
#include "domainprinters.h"
#include "secrets/credentialstore.h"
#include "secrets/secretnames.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace linkdesk;
using namespace linkdesk::secrets;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message) {
    g_log << message;
}

// A helper mode of this executable: reads a secret and prints the error's code and message.
int helperRead(const QString& name) {
    CredentialStore store;
    const auto value = store.readSync(name);
    if (value) {
        std::printf("ok\n");
        return 0;
    }
    std::printf("%s\n%s\n", qPrintable(toString(value.error().kind)), qPrintable(value.message()));
    return 1;
}

} // namespace

class TestCredentialStore : public QObject {
    Q_OBJECT
    CredentialStore m_store;
    QString m_name;

    static bool haveKeychainSession() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

private slots:
    void init() {
        // Tests of names and of "no keychain" run anywhere; the rest need the keychain.
        static const QByteArrayList anywhere{
            "serviceIsLinkdesk",         "environmentVariableNames",           "validNames",
            "noKeychainIsAClearMessage", "noKeychainButEnvironmentStillWorks", "secretNamesOfAProfile"};
        if (!anywhere.contains(QTest::currentTestFunction()) && !haveKeychainSession())
            QSKIP("No D-Bus session: run under scripts/with-keyring.sh");
        // A fresh name per test, so tests never see each other's entries.
        m_name = QStringLiteral("test.%1.secret").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        qunsetenv(qPrintable(CredentialStore::environmentVariable(m_name)));
    }
    void cleanup() { (void)m_store.removeSync(m_name); }

    void serviceIsLinkdesk() { QCOMPARE(m_store.service(), QStringLiteral("linkdesk")); }

    void environmentVariableNames() {
        QCOMPARE(CredentialStore::environmentVariable(QStringLiteral("shop.web.consumer_key")),
                 QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY"));
        QCOMPARE(CredentialStore::environmentVariable(QStringLiteral("erp.client_secret")),
                 QStringLiteral("LINKDESK_SECRET_ERP_CLIENT_SECRET"));
        QCOMPARE(CredentialStore::environmentVariable(QStringLiteral("shop.eu-store.consumer_secret")),
                 QStringLiteral("LINKDESK_SECRET_SHOP_EU_STORE_CONSUMER_SECRET"));
    }

    void validNames() {
        for (const char* name :
             {"erp.client_secret", "shop.web.consumer_key", "shop.eu-2.consumer_secret", "x"})
            QVERIFY2(CredentialStore::isValidName(QLatin1String(name)), name);
        for (const char* name : {"", "Shop.web", "shop..web", ".x", "x.", "a b", "shop/web", "ä"})
            QVERIFY2(!CredentialStore::isValidName(QString::fromUtf8(name)), name);
        const auto r = m_store.readSync(QStringLiteral("../etc"));
        QVERIFY(!r);
        QCOMPARE_NAMED(r.error().kind, ErrorKind::Invalid);
    }

    void writeReadRemoveSync() {
        const QString value = QStringLiteral("cs_live_ü_%1").arg(QUuid::createUuid().toString());
        QVERIFY2(m_store.writeSync(m_name, value).ok(),
                 qPrintable(m_store.writeSync(m_name, value).message()));
        auto read = m_store.readSync(m_name);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(*read, value);
        QCOMPARE(secrets::toString(*m_store.sourceSync(m_name)), secrets::toString(SecretSource::Keychain));

        // Replace.
        QVERIFY(m_store.writeSync(m_name, QStringLiteral("second")).ok());
        QCOMPARE(*m_store.readSync(m_name), QStringLiteral("second"));

        // Another store object (another process would do the same) sees it.
        CredentialStore other;
        QCOMPARE(*other.readSync(m_name), QStringLiteral("second"));

        QVERIFY(m_store.removeSync(m_name).ok());
        read = m_store.readSync(m_name);
        QVERIFY(!read);
        QCOMPARE_NAMED(read.error().kind, ErrorKind::NotFound);
        QVERIFY2(read.message().contains(m_name), qPrintable(read.message()));
        QCOMPARE(secrets::toString(*m_store.sourceSync(m_name)), secrets::toString(SecretSource::Missing));
        // Removing what is not there is fine.
        QVERIFY(m_store.removeSync(m_name).ok());
    }

    void serviceSeparatesEntries() {
        CredentialStore other(QStringLiteral("linkdesk-other"));
        QVERIFY(m_store.writeSync(m_name, QStringLiteral("mine")).ok());
        const auto r = other.readSync(m_name);
        QVERIFY(!r);
        QCOMPARE_NAMED(r.error().kind, ErrorKind::NotFound);
    }

    void emptyValueRefused() {
        const auto r = m_store.writeSync(m_name, QString());
        QVERIFY(!r);
        QCOMPARE_NAMED(r.error().kind, ErrorKind::Invalid);
    }

    void asyncApi() {
        bool wrote = false;
        m_store.write(m_name, QStringLiteral("async-value"), this, [&](const Result<void>& r) {
            QVERIFY(r.ok());
            wrote = true;
        });
        QVERIFY(!wrote); // never from inside the call
        QTRY_VERIFY(wrote);

        std::optional<Result<QString>> read;
        m_store.read(m_name, this, [&](const Result<QString>& r) { read.emplace(r); });
        QVERIFY(!read);
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok());
        QCOMPARE(read->value(), QStringLiteral("async-value"));

        bool removed = false;
        m_store.remove(m_name, this, [&](const Result<void>& r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
    }

    void asyncCallbackDroppedWithContext() {
        auto context = std::make_unique<QObject>();
        bool called = false;
        m_store.read(m_name, context.get(), [&](const Result<QString>&) { called = true; });
        context.reset();
        // A read with a live context, started after, finishes after the first one.
        bool second = false;
        m_store.read(m_name, this, [&](const Result<QString>&) { second = true; });
        QTRY_VERIFY(second);
        QVERIFY(!called);
    }

    void environmentOverridesKeychain() {
        QVERIFY(m_store.writeSync(m_name, QStringLiteral("from-keychain")).ok());
        const QByteArray var = CredentialStore::environmentVariable(m_name).toLatin1();
        qputenv(var.constData(), "from-env");
        QCOMPARE(*m_store.readSync(m_name), QStringLiteral("from-env"));
        QCOMPARE(secrets::toString(*m_store.sourceSync(m_name)),
                 secrets::toString(SecretSource::Environment));
        qputenv(var.constData(), "");
        QCOMPARE(*m_store.readSync(m_name), QStringLiteral("from-keychain")); // empty: not an override
        qunsetenv(var.constData());
        QCOMPARE(*m_store.readSync(m_name), QStringLiteral("from-keychain"));
    }

    void environmentWorksWithoutKeychainEntry() {
        const QByteArray var = CredentialStore::environmentVariable(m_name).toLatin1();
        qputenv(var.constData(), "only-env");
        QCOMPARE(*m_store.readSync(m_name), QStringLiteral("only-env"));
        qunsetenv(var.constData());
    }

    void valuesNeverLogged() {
        QLoggingCategory::setFilterRules(QStringLiteral("linkdesk.secrets.debug=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const QString value = QStringLiteral("v4lue-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const bool wrote = m_store.writeSync(m_name, value).ok();
        const auto read = m_store.readSync(m_name);
        const bool removed = m_store.removeSync(m_name).ok();
        const auto missing = m_store.readSync(m_name);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(wrote && read.ok() && removed && !missing.ok());
        QVERIFY(!g_log.isEmpty()); // something was logged, so the check below can fail
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!line.contains(value), qPrintable(line));
        QVERIFY(!missing.message().contains(value));
    }

    void noKeychainIsAClearMessage() {
        // A child process of this test without any D-Bus session: no keychain can be reached.
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path()); // no "bus" socket in it
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--helper-read"), m_name});
        QVERIFY(p.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(lines.value(0), QStringLiteral("configuration"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("No keychain is available: ")),
                 qPrintable(lines.value(1)));
        QVERIFY2(lines.value(1).contains(CredentialStore::environmentVariable(m_name)),
                 qPrintable(lines.value(1)));
    }

    void noKeychainButEnvironmentStillWorks() {
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(CredentialStore::environmentVariable(m_name), QStringLiteral("headless"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--helper-read"), m_name});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray("ok\n"));
    }

    void secretNamesOfAProfile() {
        Profile profile;
        profile.erp.type = QStringLiteral("businesscentral");
        profile.shops = {ShopConfig{QStringLiteral("web"), {}, QStringLiteral("woocommerce"), {}, {}},
                         ShopConfig{QStringLiteral("files"), {}, QStringLiteral("file"), {}, {}},
                         ShopConfig{QStringLiteral("EU"), {}, QStringLiteral("woocommerce"), {}, {}}};
        QCOMPARE(
            secretNames(profile),
            (QStringList{QStringLiteral("erp.client_secret"), QStringLiteral("shop.web.consumer_key"),
                         QStringLiteral("shop.web.consumer_secret"), QStringLiteral("shop.eu.consumer_key"),
                         QStringLiteral("shop.eu.consumer_secret")}));
        profile.erp.type = QStringLiteral("tharstern");
        QCOMPARE(secretNames(profile).first(), QStringLiteral("erp.password"));
    }
};

int main(int argc, char* argv[]) {
    if (argc == 3 && qstrcmp(argv[1], "--helper-read") == 0) {
        QCoreApplication app(argc, argv);
        return helperRead(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
