// Test order as anyone (issue 14, item 9), in-process against a real linkdesk-sandbox playing
// Business Central over HTTP, on either database engine: a customer who has not ordered yet is
// matched dry from what was typed and nothing is written anywhere; Link for real writes the link (or
// creates the ERP card) once, audited with the operator and the reason, and submits no sales order.
#include "erp/lookupcache.h"
#include "import/testorder.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "sandboxseed.h"
#include "secrets/credentialstore.h"
#include "store/auditlog.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "testcustomers.h"
#include "testdatabase.h"
#include "wiring/importservices.h"

#include <QJsonArray>
#include <QTest>

using namespace linkdesk;

namespace {
// A customer who has not ordered yet, as typed into the test order (the currency in any case).
ShopCustomer typed(const QString& shopCustomerId, const QString& email) {
    return test::shopCustomer(shopCustomerId, email, QStringLiteral("Nina"), QStringLiteral("New"), {},
                              QStringLiteral("gbp"));
}

QList<TestOrder::Line> twoLines() {
    return {{QStringLiteral("BC-1"), 2, 28.0}, {QStringLiteral("FL-1"), 1, std::nullopt}};
}
} // namespace

class TestTestOrderEndToEnd : public test::DatabaseTest {
    Q_OBJECT
    SandboxProcess m_sandbox;
    LookupCache m_cache;
    std::unique_ptr<ImportServices> m_services;

    int rows(const char* table) {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return q && q->next() ? q->value(0).toInt() : -1;
    }
    // What the database and the ERP hold that a test order could change.
    QList<int> footprint() {
        return {rows("shop_customers"),
                rows("links"),
                rows("creation_intents"),
                rows("audit_log"),
                rows("product_mappings"),
                int(m_sandbox.erpState().value(QStringLiteral("customers")).toArray().size()),
                int(m_sandbox.salesOrders().size())};
    }
    int erpCustomers() {
        return int(m_sandbox.erpState().value(QStringLiteral("customers")).toArray().size());
    }
    // Shop customer 17 of shop web, as an import stored them: not linked yet.
    qint64 storeAcme() {
        ShopCustomer c = typed(QStringLiteral("17"), QStringLiteral("Orders@Acme.example"));
        c.company = QStringLiteral("Acme");
        c.currency = QStringLiteral("GBP");
        return CustomerRepository(*m_db).upsert(c) ? c.id : 0;
    }

    // A dry test order of twoLines() for a customer who has not ordered yet, typed as given.
    Result<QJsonObject> newCustomerRun(const QString& shopCustomerId, const QString& email) {
        return TestOrder::run(*m_db, *m_services,
                              TestOrder::Customer::newCustomer(typed(shopCustomerId, email)), twoLines());
    }

private slots:
    void init() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openDatabase());
        QVERIFY2(m_sandbox.startWithSeed(test::testOrderSeed()), qPrintable(m_sandbox.error()));
        SandboxProcess::putSecrets();
        const Profile profile = test::sandboxProfile(m_sandbox.base(), m_tdb->url(), QStringLiteral("Web"));
        auto db = test::openSandboxDatabase(profile, QStringLiteral("WEB")); // the settings
        QVERIFY(db);
        m_cache.clear();
        auto services = ImportServices::create(
            profile,
            [](const QString& name) -> Result<QString> {
                return secrets::CredentialStore::fromEnvironment(name).value_or(QString());
            },
            &m_cache);
        QVERIFY2(services, qPrintable(services.message()));
        m_services = std::move(*services);
    }
    void cleanup() {
        m_services.reset();
        m_sandbox.stop();
        closeDatabase();
    }

    // Typed in, never ordered: linked by e-mail, created from a template, or booked to the default
    // customer, with each line priced; not a row written, not a card created.
    void newCustomerDryRunWritesNothing() {
        storeAcme();
        const QList<int> before = footprint();

        auto linked = newCustomerRun(QStringLiteral("901"), QStringLiteral("orders@acme.example"));
        QVERIFY2(linked, qPrintable(linked.message()));
        QCOMPARE(linked->value(QStringLiteral("customer_code")).toString(), QStringLiteral("C00001"));
        QCOMPARE(linked->value(QStringLiteral("how")).toString(), QStringLiteral("email"));
        QCOMPARE(linked->value(QStringLiteral("new_customer")).toBool(), true);
        const QJsonArray lines = linked->value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("erp_price")).toDouble(), 25.0); // its own
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("order_price")).toDouble(), 28.0);
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("erp_price")).toDouble(), 50.0);
        QCOMPARE(linked->value(QStringLiteral("price_linked"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toDouble(),
                 2 * 25.0 + 50.0);

        auto created = newCustomerRun(QStringLiteral("902"), QStringLiteral("nina@new.example"));
        QVERIFY2(created, qPrintable(created.message()));
        QCOMPARE(created->value(QStringLiteral("status")).toString(), QStringLiteral("create_customer"));
        QVERIFY2(created->value(QStringLiteral("how"))
                     .toString()
                     .startsWith(QLatin1String("would create a customer from template")),
                 qPrintable(created->value(QStringLiteral("how")).toString()));
        QCOMPARE(created->value(QStringLiteral("customer_code")).toString(), QString());
        QCOMPARE(created->value(QStringLiteral("price_default"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toDouble(),
                 2 * 30.0 + 50.0);

        // A guest (no shop customer id): guest_policy default_customer.
        auto guest = newCustomerRun(QString(), QStringLiteral("guest@new.example"));
        QVERIFY2(guest, qPrintable(guest.message()));
        QCOMPARE(guest->value(QStringLiteral("customer_code")).toString(), QStringLiteral("WEB"));
        QCOMPARE(guest->value(QStringLiteral("how")).toString(), QStringLiteral("default customer"));

        QCOMPARE(footprint(), before);

        // Without an e-mail there is no one to match.
        auto nobody = newCustomerRun(QStringLiteral("903"), QString());
        QVERIFY(!nobody);
        QVERIFY2(nobody.message().contains(QLatin1String("e-mail")), qPrintable(nobody.message()));
    }

    // A stored customer: linked by e-mail for real, once, audited; no sales order; the second time
    // finds the link and writes nothing.
    void linkForRealWritesTheLinkOnce() {
        const qint64 id = storeAcme();
        QVERIFY(id > 0);
        const int cards = erpCustomers();
        auto first = TestOrder::linkForReal(
            *m_db, *m_services, TestOrder::Customer::stored(QStringLiteral("web"), QStringLiteral("17")));
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->value(QStringLiteral("customer_code")).toString(), QStringLiteral("C00001"));
        QCOMPARE(first->value(QStringLiteral("customer_id")).toInteger(), id);
        QCOMPARE(first->value(QStringLiteral("created")).toBool(), false);
        auto link = LinkRepository(*m_db).get(id);
        QVERIFY(link);
        QCOMPARE(link->erpCustomerNumber, QStringLiteral("C00001"));
        QCOMPARE(toString(link->source), QStringLiteral("email"));
        QCOMPARE(link->setBy, m_db->actor()); // the operator of this connection
        auto audit = AuditLog(*m_db).list(QStringLiteral("link"));
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().who, m_db->actor());
        QVERIFY2(audit->first().newValue.contains(TestOrder::linkReason()),
                 qPrintable(audit->first().newValue));
        QCOMPARE(m_sandbox.salesOrders().size(), 0);
        QCOMPARE(erpCustomers(), cards);

        const QList<int> before = footprint();
        auto again = TestOrder::linkForReal(
            *m_db, *m_services, TestOrder::Customer::stored(QStringLiteral("web"), QStringLiteral("17")));
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again->value(QStringLiteral("customer_code")).toString(), QStringLiteral("C00001"));
        QCOMPARE(again->value(QStringLiteral("how")).toString(), QStringLiteral("existing link"));
        QCOMPARE(footprint(), before);
    }

    // One who has not ordered yet: stored, an ERP card created from a template and linked, audited;
    // run twice, still one card; no sales order.
    void linkForRealCreatesTheCardOnce() {
        const int cards = erpCustomers();
        const TestOrder::Customer nina = TestOrder::Customer::newCustomer(
            typed(QStringLiteral("902"), QStringLiteral("nina@new.example")));
        auto first = TestOrder::linkForReal(*m_db, *m_services, nina);
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->value(QStringLiteral("created")).toBool(), true);
        QCOMPARE(first->value(QStringLiteral("how")).toString(), QStringLiteral("created"));
        const QString code = first->value(QStringLiteral("customer_code")).toString();
        QVERIFY(!code.isEmpty() && code != QLatin1String("WEB"));
        QCOMPARE(erpCustomers(), cards + 1);

        auto stored = CustomerRepository(*m_db).find(QStringLiteral("web"), QStringLiteral("902"));
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->email, QStringLiteral("nina@new.example"));
        QCOMPARE((*stored)->currency, QStringLiteral("GBP"));
        QCOMPARE(first->value(QStringLiteral("customer_id")).toInteger(), (*stored)->id);
        QCOMPARE(LinkRepository(*m_db).get((*stored)->id)->erpCustomerNumber, code);
        auto audit = AuditLog(*m_db).list(QStringLiteral("link"));
        QVERIFY(audit && audit->size() == 1);
        QVERIFY(audit->first().newValue.contains(code));
        QVERIFY(audit->first().newValue.contains(TestOrder::linkReason()));

        auto again = TestOrder::linkForReal(*m_db, *m_services, nina);
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again->value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(again->value(QStringLiteral("customer_code")).toString(), code);
        QCOMPARE(erpCustomers(), cards + 1);
        QCOMPARE(AuditLog(*m_db).list(QStringLiteral("link"))->size(), 1);
        QCOMPARE(m_sandbox.salesOrders().size(), 0);
    }
};

QTEST_MAIN(TestTestOrderEndToEnd)
#include "tst_testordere2e.moc"
