// The matcher over the database: its writes land in the store (links with their row version,
// intents, direct mappings), survive a restart, and never overwrite a link staff changed meanwhile.
#include "domainprinters.h"
#include "import/storematchdata.h"
#include "match/inmemoryerpdirectory.h"
#include "match/matchsession.h"
#include "store/catalogrepository.h"
#include "store/creationintentrepository.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "testcustomers.h"
#include "testdatabase.h"
#include "testorders.h"

#include <QTest>

using namespace linkdesk;
using test::erpCustomer;

namespace {
StagedOrder order(const QString& number, const QString& sku = QStringLiteral("CARD-100")) {
    StagedOrder o = test::stagedOrder(number, QStringLiteral("17"), QStringLiteral("orders@acme.example"));
    o.customer.key = QStringLiteral("17");
    o.lines = {test::orderLine(1, sku, 1)};
    return o;
}
} // namespace

class TestStoreMatchData : public test::DatabaseTest {
    Q_OBJECT
    InMemoryErpDirectory m_erp;
    ShopSettings m_settings;

    Link storedLink() {
        auto c = CustomerRepository(*m_db).find(QStringLiteral("web"), QStringLiteral("17"));
        if (!c || !*c)
            return {};
        auto l = LinkRepository(*m_db).get((*c)->id);
        return l ? *l : Link{};
    }

private slots:
    void init() {
        LINKDESK_REQUIRE_ENGINE();
        if (!openDatabase())
            return;
        m_db->setActor(QStringLiteral("test"));
        m_erp = InMemoryErpDirectory();
        m_erp.addCustomer(erpCustomer(QStringLiteral("C00001"), QStringLiteral("Acme Print Ltd"),
                                      QStringLiteral("orders@acme.example")));
        m_erp.addCustomer(erpCustomer(QStringLiteral("C00002"), QStringLiteral("Acme Retail"),
                                      QStringLiteral("shop@acme.example")));
        m_erp.addItem(QStringLiteral("CARD-100"));
        m_settings = ShopSettings();
        m_settings.defaultCustomerCode = QStringLiteral("WEB");
        m_settings.itemBlockedCheck = false; // CARD-100 is found directly and remembered
    }
    void cleanup() { closeDatabase(); }

    void writesLandInTheStoreAndSurviveARestart() {
        {
            StoreMatchData data(*m_db);
            QVERIFY(data.load());
            const MatchOutcome outcome =
                MatchSession(m_erp, data).run(order(QStringLiteral("1001")), m_settings);
            QCOMPARE_NAMED(outcome.status, MatchStatus::Matched);
            QCOMPARE(outcome.customer.erpCustomerNumber, QStringLiteral("C00001"));
        }
        const Link link = storedLink();
        QCOMPARE(link.erpCustomerNumber, QStringLiteral("C00001"));
        QCOMPARE_NAMED(link.source, LinkSource::Email);
        QCOMPARE(link.rowVersion, 1);
        auto mapping =
            CatalogRepository(*m_db).mapping(QStringLiteral("web"), QStringLiteral("sku:CARD-100"));
        QVERIFY(mapping && *mapping);
        QCOMPARE((*mapping)->source, QStringLiteral("direct"));

        StoreMatchData restarted(*m_db); // a new process reads what the first one wrote
        QVERIFY(restarted.load(QStringLiteral("web")));
        QCOMPARE(restarted.linkCount(), 1);
        const MatchOutcome again =
            MatchSession(m_erp, restarted).run(order(QStringLiteral("1002")), m_settings);
        QCOMPARE_NAMED(again.status, MatchStatus::Matched);
        QVERIFY(again.trace.sentences().join(u' ').contains(QStringLiteral("Used the existing e-mail link")));
        QCOMPARE(storedLink().rowVersion, 1); // nothing rewritten
    }

    void manualLinkSetMeanwhileWins() {
        StoreMatchData data(*m_db);
        QVERIFY(data.load());
        // Staff link the customer by hand in another window after the import loaded its data.
        ShopCustomer customer = order(QStringLiteral("1001")).customer;
        QVERIFY(CustomerRepository(*m_db).upsert(customer));
        QVERIFY(LinkRepository(*m_db).set(customer.id, QStringLiteral("C00002"),
                                          QStringLiteral("Acme Retail"), LinkSource::Manual, 0));

        const MatchOutcome outcome = MatchSession(m_erp, data).run(order(QStringLiteral("1001")), m_settings);
        QCOMPARE_NAMED(outcome.status, MatchStatus::Matched);
        QCOMPARE(outcome.customer.erpCustomerNumber, QStringLiteral("C00002"));
        const Link link = storedLink();
        QCOMPARE(link.erpCustomerNumber, QStringLiteral("C00002"));
        QCOMPARE_NAMED(link.source, LinkSource::Manual);
    }

    void staleLinkIsStoredWithItsReason() {
        ShopCustomer customer = order(QStringLiteral("1001")).customer;
        QVERIFY(CustomerRepository(*m_db).upsert(customer));
        QVERIFY(LinkRepository(*m_db).set(customer.id, QStringLiteral("C00009"), QString(), LinkSource::Email,
                                          0));
        m_settings.checkEmailNewCustomers = false;
        m_settings.createMissingCustomers = false;
        StoreMatchData data(*m_db);
        QVERIFY(data.load());
        const MatchOutcome outcome = MatchSession(m_erp, data).run(order(QStringLiteral("1001")), m_settings);
        QCOMPARE(outcome.customer.erpCustomerNumber, QStringLiteral("WEB"));
        const Link link = storedLink();
        QVERIFY(link.stale);
        QCOMPARE(link.staleReason, QStringLiteral("the ERP has no customer C00009"));
        QCOMPARE(link.rowVersion, 2);
    }

    void createdOnceAcrossACrash() {
        StagedOrder newcomer = order(QStringLiteral("1001"));
        newcomer.customer.shopCustomerId = QStringLiteral("42");
        newcomer.customer.key = QStringLiteral("42");
        newcomer.customer.email = QStringLiteral("new@example.com");
        m_settings.checkEmailNewCustomers = false;
        CustomerTemplate tmpl;
        tmpl.name = QStringLiteral("Web customers");
        QVERIFY(CatalogRepository(*m_db).saveTemplate(tmpl));
        {
            StoreMatchData data(*m_db);
            QVERIFY(data.load());
            m_erp.failNextCreate(InMemoryErpDirectory::CreateFault::AfterCreate);
            const MatchOutcome lost = MatchSession(m_erp, data).run(newcomer, m_settings);
            QCOMPARE_NAMED(lost.status, MatchStatus::Failed);
        } // the process ends here, the ERP has the customer, Linkdesk does not know
        auto intents = CreationIntentRepository(*m_db).list(QStringLiteral("web"));
        QVERIFY(intents);
        QCOMPARE(intents->size(), 1);
        QCOMPARE_NAMED(intents->first().state, CreationIntent::State::Pending);

        StoreMatchData restarted(*m_db);
        QVERIFY(restarted.load());
        const MatchOutcome retried = MatchSession(m_erp, restarted).run(newcomer, m_settings);
        QCOMPARE_NAMED(retried.status, MatchStatus::Matched);
        QCOMPARE(m_erp.createdCount(), 1);
        intents = CreationIntentRepository(*m_db).list(QStringLiteral("web"));
        QVERIFY(intents);
        QCOMPARE_NAMED(intents->first().state, CreationIntent::State::Created);
        QCOMPARE(intents->first().erpCustomerNumber, retried.customer.erpCustomerNumber);
    }
};

QTEST_GUILESS_MAIN(TestStoreMatchData)
#include "tst_storematchdata.moc"
