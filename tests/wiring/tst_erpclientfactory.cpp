// The ERP client a profile's [erp] section names, made by wiring's factory and used against
// linkdesk-sandbox over real HTTP; incomplete profiles refused with the key named.
#include "config/profile.h"
#include "domainprinters.h"
#include "erp/tharsternclient.h"
#include "erpclienttest.h"
#include "secrets/credentialstore.h"
#include "secrets/secretnames.h"
#include "wiring/erpclientfactory.h"
#include "wiring/importservices.h"

#include <QDir>

#include <QTest>

using namespace linkdesk;
using erptest::await;
using erptest::seedCustomer;

namespace {

const QString CompanyId = QStringLiteral("6f2c1a8e-0000-4000-8000-00000000c0de");
const QString Secret = QStringLiteral("bc-s3cret-value");
const QString User = QStringLiteral("api@printer.example");
const QString Password = QStringLiteral("th-p4ssword");

QJsonObject seed() {
    const QJsonArray customers{seedCustomer("C00001", "Acme Print Ltd", "orders@acme.example", "GBP", "GB"),
                               seedCustomer("C00002", "O'Brien & Sons", "o'brien@example.com", "EUR", "IE")};
    return QJsonObject{
        {QStringLiteral("erp"), QJsonObject{{QStringLiteral("client_id"), QStringLiteral("linkdesk")},
                                            {QStringLiteral("client_secret"), Secret},
                                            {QStringLiteral("company_id"), CompanyId},
                                            {QStringLiteral("tharstern_user"), User},
                                            {QStringLiteral("tharstern_password"), Password},
                                            {QStringLiteral("customers"), customers}}}};
}

} // namespace

class TestErpClientFactory : public erptest::ClientTest {
    Q_OBJECT

    ErpConfig businessCentral() const {
        ErpConfig config;
        config.type = QStringLiteral("businesscentral");
        config.apiUrl = m_sandbox->base();
        config.tokenUrl = m_sandbox->base() + QStringLiteral("/contoso/oauth2/v2.0/token");
        config.tenant = QStringLiteral("contoso");
        config.environment = QStringLiteral("sandbox");
        config.companyId = CompanyId;
        config.clientId = QStringLiteral("linkdesk");
        return config;
    }
    ErpConfig tharstern() const {
        ErpConfig config;
        config.type = QStringLiteral("tharstern");
        config.apiUrl = m_sandbox->base() + QStringLiteral("/tharstern/");
        config.user = User;
        return config;
    }

private slots:
    void init() { setUp(seed()); }
    void cleanup() { tearDown(); }

    void makesBusinessCentralClient() {
        auto made = createErpClient(businessCentral(), Secret, http());
        QVERIFY2(made.ok(), qPrintable(made.message()));
        QCOMPARE(made.value()->systemName(), QStringLiteral("businesscentral"));
        ErpClient* erp = made.value().get();
        auto found = await<QList<ErpCustomer>>(
            [&](auto done) { erp->findCustomers(byEmail(QStringLiteral("o'brien@example.com")), done); });
        QVERIFY(found);
        QVERIFY2(found->ok(), qPrintable(found->message()));
        QCOMPARE(found->value().size(), 1);
        QCOMPARE(found->value().first().number, QStringLiteral("C00002"));
        QCOMPARE(erpSecretName(businessCentral()), QStringLiteral("erp.client_secret"));
    }

    void makesTharsternClient() {
        auto made = createErpClient(tharstern(), Password, http());
        QVERIFY2(made.ok(), qPrintable(made.message()));
        QCOMPARE(made.value()->systemName(), QStringLiteral("tharstern"));
        ErpClient* erp = made.value().get();
        auto acme = await<std::optional<ErpCustomer>>(
            [&](auto done) { erp->customer(QStringLiteral("C00001"), done); });
        QVERIFY(acme && acme->ok() && acme->value().has_value());
        QCOMPARE(erpSecretName(tharstern()), QStringLiteral("erp.password"));
    }

    // One builder names every keychain entry: a shop written [shop.WEB] has its key under the name
    // the settings page saves (secretNames), not under shop.WEB.consumer_key.
    void importAsksForTheSecretsTheSettingsPageSaves() {
        Profile profile;
        profile.erp = businessCentral();
        profile.shops = {
            ShopConfig{QStringLiteral("WEB"), {}, QStringLiteral("woocommerce"), m_sandbox->base(), {}},
            ShopConfig{QStringLiteral("Files"), {}, QStringLiteral("file"), {}, {}}};
        profile.shops[1].path = QDir::tempPath();
        QStringList asked;
        LookupCache cache;
        auto services = ImportServices::create(
            profile,
            [&asked](const QString& name) -> Result<QString> {
                asked << name;
                return secrets::CredentialStore::isValidName(name)
                           ? Result<QString>(QStringLiteral("value"))
                           : Result<QString>(
                                 fail(QStringLiteral("bad name %1").arg(name), ErrorKind::Invalid));
            },
            &cache);
        QVERIFY2(services, qPrintable(services.message()));
        QCOMPARE(asked, secrets::secretNames(profile));
        QCOMPARE(asked,
                 (QStringList{QStringLiteral("erp.client_secret"), QStringLiteral("shop.web.consumer_key"),
                              QStringLiteral("shop.web.consumer_secret")}));
    }

    void passesTharsternKeysOn() {
        ErpConfig config = tharstern();
        QCOMPARE(config.tharstern.customerSearch, QStringLiteral("endpoint")); // the defaults
        QCOMPARE(config.tharstern.applicationId, QStringLiteral("api"));
        QVERIFY(!config.tharstern.submitDeduplicates);
        config.tharstern.customerSearch = QStringLiteral("contacts");
        config.tharstern.customerSearchPath = QStringLiteral("api-ext/search");
        config.tharstern.customerSearchParameter = QStringLiteral("mail");
        config.tharstern.customerCreatePath = QStringLiteral("api-ext/create");
        config.tharstern.contactsPath = QStringLiteral("people");
        config.tharstern.submitDeduplicates = true;
        auto made = createErpClient(config, Password, http());
        QVERIFY2(made.ok(), qPrintable(made.message()));
        auto* th = qobject_cast<TharsternClient*>(made.value().get());
        QVERIFY(th);
        QCOMPARE(th->config().customerSearch, TharsternConfig::Search::Contacts);
        QCOMPARE(th->config().customerSearchPath, QStringLiteral("api-ext/search"));
        QCOMPARE(th->config().customerSearchParameter, QStringLiteral("mail"));
        QCOMPARE(th->config().customerCreatePath, QStringLiteral("api-ext/create"));
        QCOMPARE(th->config().contactsPath, QStringLiteral("people"));
        QCOMPARE(th->config().applicationId, QStringLiteral("api"));
        QVERIFY(th->resubmitIsSafe());
        auto bc = createErpClient(businessCentral(), Secret, http());
        QVERIFY(bc.ok() && bc.value()->resubmitIsSafe()); // it finds an order by its number first

        config.tharstern.customerSearch = QStringLiteral("guess");
        auto bad = createErpClient(config, Password, http());
        QVERIFY(!bad.ok());
        QCOMPARE_NAMED(bad.error().kind, ErrorKind::Configuration);
        QVERIFY2(bad.message().contains(QLatin1String("customer_search")), qPrintable(bad.message()));
        config.tharstern.customerSearch = QStringLiteral("endpoint");
        config.tharstern.customerCreatePath.clear();
        auto noPath = createErpClient(config, Password, http());
        QVERIFY(!noPath.ok());
        QVERIFY2(noPath.message().contains(QLatin1String("customer_create_path")),
                 qPrintable(noPath.message()));
    }

    void refusesIncompleteProfiles() {
        ErpConfig noCompany = businessCentral();
        noCompany.companyId.clear();
        auto a = createErpClient(noCompany, Secret, http());
        QVERIFY(!a.ok());
        QVERIFY2(a.message().contains(QLatin1String("company_id")), qPrintable(a.message()));

        auto b = createErpClient(businessCentral(), QString(), http());
        QVERIFY(!b.ok());
        QCOMPARE_NAMED(b.error().kind, ErrorKind::Configuration);

        ErpConfig other = businessCentral();
        other.type = QStringLiteral("sap");
        auto c = createErpClient(other, Secret, http());
        QVERIFY(!c.ok());
        QVERIFY2(c.message().contains(QLatin1String("sap")), qPrintable(c.message()));

        ErpConfig badUrl = businessCentral();
        badUrl.apiUrl = QStringLiteral("ftp://example.com");
        QVERIFY(!createErpClient(badUrl, Secret, http()).ok());

        ErpConfig noUser = tharstern();
        noUser.user.clear();
        auto d = createErpClient(noUser, Password, http());
        QVERIFY(!d.ok());
        QVERIFY2(d.message().contains(QLatin1String("user")), qPrintable(d.message()));
    }
};

QTEST_GUILESS_MAIN(TestErpClientFactory)
#include "tst_erpclientfactory.moc"
