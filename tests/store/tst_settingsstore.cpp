#include "store/auditlog.h"
#include "store/settingsstore.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace linkdesk;

class TestSettingsStore : public test::DatabaseTest {
    Q_OBJECT

private slots:

    void everyDesignKeyIsDeclared() {
        const QStringList keys{"default_customer_code",
                               "use_external_id_as_customer_code",
                               "check_email_new_customers",
                               "match_fields",
                               "create_missing_customers",
                               "guest_policy",
                               "item_blocked_check",
                               "email_normalisation",
                               "cache_ttl_seconds",
                               "line_description",
                               "line_price_source",
                               "shipping_line_type",
                               "shipping_line_number",
                               "fee_line_type",
                               "fee_line_number"};
        QCOMPARE(settingSpecs().size(), keys.size());
        for (const QString& key : keys)
            QVERIFY2(findSettingSpec(key), qPrintable(key));
    }

    void fallsBackShopInstallationDefault() {
        SettingsStore store(*m_db);
        const QString key = SettingKey::DefaultCustomerCode;
        auto e = store.entry(key, QStringLiteral("web"));
        QVERIFY(e);
        QCOMPARE(e->value, findSettingSpec(key)->defaultValue);
        QCOMPARE(toString(e->origin), toString(SettingsStore::Origin::Default));

        QVERIFY(store.set(key, QStringLiteral("INSTALL1")));
        e = store.entry(key, QStringLiteral("web"));
        QCOMPARE(e->value, QStringLiteral("INSTALL1"));
        QCOMPARE(toString(e->origin), toString(SettingsStore::Origin::Installation));

        QVERIFY(store.set(key, QStringLiteral("WEBSHOP"), QStringLiteral("web")));
        e = store.entry(key, QStringLiteral("web"));
        QCOMPARE(e->value, QStringLiteral("WEBSHOP"));
        QCOMPARE(toString(e->origin), toString(SettingsStore::Origin::Shop));
        QCOMPARE(e->installationValue, QStringLiteral("INSTALL1"));
        // Another shop and the installation itself are untouched.
        QCOMPARE(*store.value(key, QStringLiteral("trade")), QStringLiteral("INSTALL1"));
        QCOMPARE(*store.value(key), QStringLiteral("INSTALL1"));

        QVERIFY(store.unset(key, QStringLiteral("web")));
        QCOMPARE(*store.value(key, QStringLiteral("web")), QStringLiteral("INSTALL1"));
        QVERIFY(store.unset(key));
        QCOMPARE(*store.value(key, QStringLiteral("web")), findSettingSpec(key)->defaultValue);
    }

    void typedValues_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("bool on") << "item_blocked_check"
                                 << "on"
                                 << "true";
        QTest::newRow("bool 0") << "item_blocked_check"
                                << "0"
                                << "false";
        QTest::newRow("bool junk") << "item_blocked_check"
                                   << "maybe"
                                   << "";
        QTest::newRow("int") << "cache_ttl_seconds"
                             << " 60 "
                             << "60";
        QTest::newRow("int negative") << "cache_ttl_seconds"
                                      << "-1"
                                      << "";
        QTest::newRow("enum") << "guest_policy"
                              << "match_email"
                              << "match_email";
        QTest::newRow("enum junk") << "guest_policy"
                                   << "anything"
                                   << "";
        QTest::newRow("list") << "match_fields"
                              << "currency_code, country,currency_code"
                              << "currency_code,country";
        QTest::newRow("list junk") << "match_fields"
                                   << "currency_code,shoe_size"
                                   << "";
        QTest::newRow("unknown key") << "no_such_key"
                                     << "1"
                                     << "";
    }
    void typedValues() {
        QFETCH(QString, key);
        QFETCH(QString, input);
        QFETCH(QString, stored);
        SettingsStore store(*m_db);
        const auto r = store.set(key, input);
        QCOMPARE(r.ok(), !stored.isEmpty());
        if (stored.isEmpty()) {
            QVERIFY(r.message().contains(key));
        } else {
            QCOMPARE(*store.value(key), stored);
        }
    }

    void typedShopSettings() {
        SettingsStore store(*m_db);
        QVERIFY(store.set(SettingKey::MatchFields, QStringLiteral("currency_code,vat_number"),
                          QStringLiteral("web")));
        QVERIFY(store.set(SettingKey::GuestPolicy, QStringLiteral("match_email")));
        QVERIFY(
            store.set(SettingKey::CreateMissingCustomers, QStringLiteral("false"), QStringLiteral("web")));
        auto s = store.forShop(QStringLiteral("web"));
        QVERIFY(s);
        QCOMPARE(s->matchFields, (QStringList{"currency_code", "vat_number"}));
        QCOMPARE(s->guestPolicy, GuestPolicy::MatchEmail);
        QVERIFY(!s->createMissingCustomers);
        auto other = store.forShop(QStringLiteral("trade"));
        QVERIFY(other->matchFields.isEmpty());
        QVERIFY(other->createMissingCustomers);
    }

    void auditsEveryChange() {
        SettingsStore store(*m_db);
        QSignalSpy changed(&store, &SettingsStore::changed);
        QVERIFY(store.set(SettingKey::CacheTtlSeconds, QStringLiteral("60"), QStringLiteral("web")));
        QVERIFY(
            store.set(SettingKey::CacheTtlSeconds, QStringLiteral("60"), QStringLiteral("web"))); // no change
        QVERIFY(store.set(SettingKey::CacheTtlSeconds, QStringLiteral("120"), QStringLiteral("web")));
        QVERIFY(store.unset(SettingKey::CacheTtlSeconds, QStringLiteral("web")));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.at(0).at(0).toString(), SettingKey::CacheTtlSeconds);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("web"));

        auto entries = AuditLog(*m_db).list(QStringLiteral("setting"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3);
        // Newest first.
        QCOMPARE(entries->at(0).oldValue, QStringLiteral("120"));
        QCOMPARE(entries->at(0).newValue, QStringLiteral("(unset)"));
        QCOMPARE(entries->at(1).oldValue, QStringLiteral("60"));
        QCOMPARE(entries->at(1).newValue, QStringLiteral("120"));
        QCOMPARE(entries->at(2).oldValue, QStringLiteral("(unset)"));
        QCOMPARE(entries->at(2).entityKey, QStringLiteral("web/cache_ttl_seconds"));
        QCOMPARE(entries->at(2).who, QStringLiteral("tester"));
        QVERIFY(entries->at(2).at.isValid());
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
