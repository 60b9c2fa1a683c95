// Issue 13, items 6 and 9 end to end: linkdesk-cli against a real linkdesk-sandbox. The default
// customer is checked by `erp check` and before an import books any order to it; a shop whose code
// is written with capitals finds the keychain entries that `secrets list` (and the settings page)
// name for it.
#include "cliworld.h"

#include <QDirIterator>
#include <QTest>

using linkdesk::test::CliRun;
using linkdesk::test::CliWorld;

class TestConfigEndToEnd : public QObject {
    Q_OBJECT
    CliWorld m_world;

    QStringList settings(const QString& verb, const QStringList& rest) const {
        return QStringList{QStringLiteral("settings"), verb, QStringLiteral("default_customer_code")} + rest;
    }
    static QJsonObject onlyDefault(const CliRun& check) {
        const QJsonArray defaults = check.json().value(QStringLiteral("default_customers")).toArray();
        return defaults.size() == 1 ? defaults.first().toObject() : QJsonObject();
    }

private slots:
    void init() { QVERIFY(QFile::exists(qEnvironmentVariable("LINKDESK_CLI"))); }
    void cleanup() { m_world.sandbox.stop(); }

    void defaultCustomerIsCheckedBeforeAnyOrderIsBooked() {
        QVERIFY(m_world.setUp({QStringLiteral("--seed"), qEnvironmentVariable("LINKDESK_DEMO_SEED")}, {},
                              {.defaultCustomer = QStringLiteral("NOPE"), .guestPolicy = {}}));
        const QStringList check{QStringLiteral("erp"), QStringLiteral("check"), QStringLiteral("--json")};
        CliRun r = m_world.cli(check);
        QCOMPARE(r.code, 1);
        QCOMPARE(onlyDefault(r).value(QStringLiteral("code")).toString(), QStringLiteral("NOPE"));
        QCOMPARE(onlyDefault(r).value(QStringLiteral("state")).toString(), QStringLiteral("missing"));
        QCOMPARE(onlyDefault(r).value(QStringLiteral("shops")).toArray(), QJsonArray{QStringLiteral("web")});
        r = m_world.cli({QStringLiteral("erp"), QStringLiteral("check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("FAILED     default customer  The default customer NOPE (shop web) is not "
                                "in the ERP."),
                 r.out.constData());

        r = m_world.cli({QStringLiteral("import")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("The import stopped before matching any order: The default customer NOPE "
                                "(shop web) is not in the ERP. Set default_customer_code"),
                 r.err.constData());
        QVERIFY(m_world.statuses().isEmpty()); // nothing fetched: every order waits in the shop
        QCOMPARE(m_world.sandbox.requestsTo(QStringLiteral("/wp-json/")), 0);
        QCOMPARE(m_world.sandbox.erpState().value(QStringLiteral("salesOrders")).toArray().size(), 0);

        // A shop's own default, blocked in the ERP.
        QCOMPARE(m_world.cli(settings(QStringLiteral("set"), {QStringLiteral("WEB")})).code, 0);
        QCOMPARE(m_world
                     .cli(settings(QStringLiteral("set"), {QStringLiteral("C00077"), QStringLiteral("--shop"),
                                                           QStringLiteral("web")}))
                     .code,
                 0);
        r = m_world.cli(check);
        QCOMPARE(r.code, 1);
        QCOMPARE(onlyDefault(r).value(QStringLiteral("state")).toString(), QStringLiteral("blocked"));
        r = m_world.cli({QStringLiteral("import")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("The default customer C00077 (Brightsign Displays Ltd, shop web) is blocked "
                                "in the ERP"),
                 r.err.constData());
        QVERIFY(m_world.statuses().isEmpty());

        // Fixed: the shop falls back to WEB, and the orders come in.
        QCOMPARE(
            m_world.cli(settings(QStringLiteral("unset"), {QStringLiteral("--shop"), QStringLiteral("web")}))
                .code,
            0);
        r = m_world.cli(check);
        QVERIFY2(r.code == 0, r.out.constData());
        QCOMPARE(onlyDefault(r).value(QStringLiteral("state")).toString(), QStringLiteral("usable"));
        QCOMPARE(onlyDefault(r).value(QStringLiteral("name")).toString(), QStringLiteral("Web shop sales"));
        r = m_world.cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("fetched")).toInt(), 320);
        QVERIFY(r.json().value(QStringLiteral("submitted")).toInt() > 0);
    }

    void shopCodeWithCapitalsFindsItsSecrets() {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run under scripts/with-keyring.sh");
        // A shop code of this test's own, so no other test's keychain entries are touched.
        QVERIFY(m_world.setUp({QStringLiteral("--generate"),
                               QStringLiteral("orders=12,customers=5,new_customers=2,items=3,guests=2")},
                              {.shop = QStringLiteral("CapsShop")},
                              {.defaultCustomer = QStringLiteral("C00001"), .guestPolicy = {}}));
        const QByteArray key = "ck_demo";
        const QByteArray secret = "cs_demo";
        // The names `secrets list` gives (the settings page offers the same ones) are lower case.
        CliRun r = m_world.cli({QStringLiteral("secrets"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("shop.capsshop.consumer_key  not set") &&
                     r.out.contains("shop.capsshop.consumer_secret  not set"),
                 r.out.constData());
        QCOMPARE(m_world
                     .cli({QStringLiteral("secrets"), QStringLiteral("set"),
                           QStringLiteral("shop.capsshop.consumer_key")},
                          key + "\n")
                     .code,
                 0);
        // Written the way the profile spells the shop, it is the same entry.
        QCOMPARE(m_world
                     .cli({QStringLiteral("secrets"), QStringLiteral("set"),
                           QStringLiteral("shop.CapsShop.consumer_secret")},
                          secret + "\n")
                     .code,
                 0);
        r = m_world.cli({QStringLiteral("secrets"), QStringLiteral("list")});
        QVERIFY2(r.out.contains("shop.capsshop.consumer_key  set (keychain)") &&
                     r.out.contains("shop.capsshop.consumer_secret  set (keychain)"),
                 r.out.constData());

        // The import asks the keychain for those very names.
        r = m_world.cli({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--verbose")});
        const QByteArray logs = r.out + r.err;
        QCOMPARE(m_world
                     .cli({QStringLiteral("secrets"), QStringLiteral("remove"),
                           QStringLiteral("shop.capsshop.consumer_key")})
                     .code,
                 0);
        QCOMPARE(m_world
                     .cli({QStringLiteral("secrets"), QStringLiteral("remove"),
                           QStringLiteral("shop.capsshop.consumer_secret")})
                     .code,
                 0);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("fetched")).toInt(), 12);
        QVERIFY(r.json().value(QStringLiteral("submitted")).toInt() > 0);
        // The secrets are in no output and no file the test's folder holds (database, profile, logs).
        QDirIterator files(m_world.dir.path(), QDir::Files, QDirIterator::Subdirectories);
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
