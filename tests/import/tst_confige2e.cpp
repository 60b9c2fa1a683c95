// Issue 13, item 9 end to end: linkdesk-cli against a real linkdesk-sandbox. A shop whose code is
// written with capitals finds the keychain entries that `secrets list` (and the settings page) name
// for it.
#include "clisandboxtest.h"

#include <QDirIterator>
#include <QTest>

using linkdesk::test::CliSandboxTest;

class TestConfigEndToEnd : public CliSandboxTest {
    Q_OBJECT

private slots:
    void init() { QVERIFY(QFile::exists(qEnvironmentVariable("LINKDESK_CLI"))); }
    void cleanup() { m_sandbox.stop(); }

    void shopCodeWithCapitalsFindsItsSecrets() {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run under scripts/with-keyring.sh");
        // A shop code of this test's own, so no other test's keychain entries are touched.
        QVERIFY(setUp({QStringLiteral("--generate"),
                       QStringLiteral("orders=12,customers=5,new_customers=2,items=3,guests=2")},
                      QStringLiteral("C00001"), QStringLiteral("CapsShop")));
        const QByteArray key = "ck_demo";
        const QByteArray secret = "cs_demo";
        // The names `secrets list` gives (the settings page offers the same ones) are lower case.
        Run r = cli({QStringLiteral("secrets"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("shop.capsshop.consumer_key  not set") &&
                     r.out.contains("shop.capsshop.consumer_secret  not set"),
                 r.out.constData());
        QCOMPARE(cli({QStringLiteral("secrets"), QStringLiteral("set"),
                      QStringLiteral("shop.capsshop.consumer_key")},
                     key + "\n")
                     .code,
                 0);
        // Written the way the profile spells the shop, it is the same entry.
        QCOMPARE(cli({QStringLiteral("secrets"), QStringLiteral("set"),
                      QStringLiteral("shop.CapsShop.consumer_secret")},
                     secret + "\n")
                     .code,
                 0);
        r = cli({QStringLiteral("secrets"), QStringLiteral("list")});
        QVERIFY2(r.out.contains("shop.capsshop.consumer_key  set (keychain)") &&
                     r.out.contains("shop.capsshop.consumer_secret  set (keychain)"),
                 r.out.constData());

        // The import asks the keychain for those very names.
        r = cli({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--verbose")});
        const QByteArray logs = r.out + r.err;
        QCOMPARE(cli({QStringLiteral("secrets"), QStringLiteral("remove"),
                      QStringLiteral("shop.capsshop.consumer_key")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("secrets"), QStringLiteral("remove"),
                      QStringLiteral("shop.capsshop.consumer_secret")})
                     .code,
                 0);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("fetched")).toInt(), 12);
        QVERIFY(r.json().value(QStringLiteral("submitted")).toInt() > 0);
        // The secrets are in no output and no file the test's folder holds (database, profile, logs).
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(key) && !content.contains(secret), qPrintable(f.fileName()));
        }
        QVERIFY(!logs.contains(key) && !logs.contains(secret));
        QVERIFY(!logs.contains(QByteArray(key + ':' + secret).toBase64()));
    }
};

QTEST_GUILESS_MAIN(TestConfigEndToEnd)
#include "tst_confige2e.moc"
