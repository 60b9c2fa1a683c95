// DESIGN.md's customer and item rules, one row per rule and per edge. Each row builds its world (ERP
// customers and items, links, relations, templates, settings), matches orders through MatchSession
// (the loop the import and the test order run), and checks the outcome and the trace's key sentence.
#include "domainprinters.h"
#include "matchworld.h"

#include <QTest>

using namespace linkdesk;
using namespace linkdesk::matchtest;

Q_DECLARE_METATYPE(Scenario)

class TestMatching : public QObject {
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void traceSurvivesJson();
};

void TestMatching::rules_data() {
    QTest::addColumn<Scenario>("scenario");
    using S = MatchStatus;

    QTest::newRow("email: case and white space") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.order.customer.email = QStringLiteral("  Orders@ACME.example ");
            w.run();
        },
        S::Matched, QStringLiteral("C00001"),
        QStringLiteral("Looked up orders@acme.example in the ERP: one customer, C00001 (Acme Print "
                       "Ltd). Linked by e-mail."),
        [](const World& w) {
            QVERIFY(w.linkOf(QStringLiteral("17")));
            QCOMPARE_NAMED(w.linkOf(QStringLiteral("17"))->source, LinkSource::Email);
        }};

    QTest::newRow("email: provider rules join gmail dots and +tag")
        << Scenario{[](World& w) {
                        w.erp.addCustomer(erpCustomer(QStringLiteral("C00020"), QStringLiteral("Ann Smith"),
                                                      QStringLiteral("annsmith@gmail.com")));
                        w.settings.emailNormalisation = EmailNormalisation::ProviderRules;
                        w.order.customer.email = QStringLiteral("Ann.Smith+shop@googlemail.com");
                        w.run();
                    },
                    S::Matched, QStringLiteral("C00020"), QStringLiteral("Linked by e-mail.")};

    QTest::newRow("email: two ERP customers share it") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.erp.addCustomer(erpCustomer(QStringLiteral("C00002"), QStringLiteral("Acme North"),
                                          QStringLiteral("orders@acme.example")));
            w.run();
        },
        S::NeedsReview, QString(), QStringLiteral("Looked up orders@acme.example in the ERP: 2 customers"),
        [](const World& w) {
            QCOMPARE(w.outcomes.last().customer.candidates.size(), 2);
            QVERIFY(!w.linkOf(QStringLiteral("17")));
        }};

    QTest::newRow("email: same email in two currencies, match_fields=currency_code") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.erp.addCustomer(erpCustomer(QStringLiteral("C00003"), QStringLiteral("Acme Europe"),
                                          QStringLiteral("orders@acme.example"), QStringLiteral("EUR")));
            w.settings.matchFields = {QStringLiteral("currency_code")};
            w.order.currency = QStringLiteral("EUR");
            w.run();
        },
        S::Matched, QStringLiteral("C00003"),
        QStringLiteral("Looked up orders@acme.example with currency EUR in the ERP: one customer, "
                       "C00003 (Acme Europe). Linked by e-mail.")};

    QTest::newRow("email: the only candidate is blocked")
        << Scenario{[](World& w) {
                        ErpCustomer blocked = kAcme;
                        blocked.blocked = true;
                        blocked.blockedReason = QStringLiteral("credit limit");
                        w.erp.addCustomer(blocked);
                        w.run();
                    },
                    S::NeedsReview, QString(), QStringLiteral("but it is blocked: credit limit")};

    QTest::newRow("email: not an address is reported, never matched")
        << Scenario{[](World& w) {
                        w.settings.createMissingCustomers = false;
                        w.order.customer.email = QStringLiteral("n/a");
                        w.run();
                    },
                    S::Matched, QStringLiteral("WEB"),
                    QStringLiteral("Did not search the ERP by e-mail: \"n/a\" is not an e-mail address")};

    QTest::newRow("email: check_email_new_customers off skips the search") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.settings.checkEmailNewCustomers = false;
            w.settings.createMissingCustomers = false;
            w.run();
        },
        S::Matched, QStringLiteral("WEB"),
        QStringLiteral("No ERP customer matched and create_missing_customers is off: booked to the "
                       "default customer WEB.")};

    QTest::newRow("existing link is used")
        << Scenario{[](World& w) {
                        w.erp.addCustomer(kAcme);
                        w.link(QStringLiteral("17"), QStringLiteral("C00001"), LinkSource::Email);
                        w.run();
                    },
                    S::Matched, QStringLiteral("C00001"),
                    QStringLiteral("Used the existing e-mail link to C00001 (Acme Print Ltd).")};

    QTest::newRow("stale link: its customer was deleted") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.link(QStringLiteral("17"), QStringLiteral("C00009"), LinkSource::Email);
            w.run();
        },
        S::Matched, QStringLiteral("C00001"),
        QStringLiteral("The e-mail link to C00009 is stale: the ERP has no customer C00009. Matching "
                       "goes on."),
        [](const World& w) {
            const Link* l = w.linkOf(QStringLiteral("17"));
            QVERIFY(l);
            QCOMPARE(l->erpCustomerNumber, QStringLiteral("C00001")); // relinked by email
            QVERIFY(!l->stale);
        }};

    QTest::newRow("stale link: nothing else matches, it stays marked") << Scenario{
        [](World& w) {
            w.settings.createMissingCustomers = false;
            w.link(QStringLiteral("17"), QStringLiteral("C00009"), LinkSource::Email);
            w.run();
        },
        S::Matched, QStringLiteral("WEB"), QStringLiteral("is stale: the ERP has no customer C00009"),
        [](const World& w) {
            const Link* l = w.linkOf(QStringLiteral("17"));
            QVERIFY(l && l->stale);
            QCOMPARE(l->staleReason, QStringLiteral("the ERP has no customer C00009"));
        }};

    QTest::newRow("stale mark: the card is there and not blocked, the link holds") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.link(QStringLiteral("17"), QStringLiteral("C00001"), LinkSource::Email, 1,
                   QStringLiteral("e-mail changed"));
            w.run();
        },
        S::Matched, QStringLiteral("C00001"),
        QStringLiteral(
            "The e-mail link to C00001 is marked stale (e-mail changed), but the ERP has C00001 and "
            "does not block it: used (Acme Print Ltd)."),
        [](const World& w) { QVERIFY(w.linkOf(QStringLiteral("17"))->stale); }}; // for staff to clear

    QTest::newRow("contact relation books to another customer") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.erp.addCustomer(erpCustomer(QStringLiteral("C00050"), QStringLiteral("Acme Group"),
                                          QStringLiteral("accounts@acme-group.example")));
            w.data.insertContactRelation(
                {QStringLiteral("web"), QStringLiteral("17"), QStringLiteral("C00050"), QString(), {}, {}});
            w.run();
        },
        S::Matched, QStringLiteral("C00050"),
        QStringLiteral("17 is a contact booked to a different customer: C00050 (Acme Group).")};

    QTest::newRow("contact relation names its reason in the trace")
        << Scenario{[](World& w) {
                        w.erp.addCustomer(erpCustomer(QStringLiteral("C00050"), QStringLiteral("Acme Group"),
                                                      QStringLiteral("accounts@acme-group.example")));
                        w.data.insertContactRelation({QStringLiteral("web"),
                                                      QStringLiteral("17"),
                                                      QStringLiteral("C00050"),
                                                      QStringLiteral("buys for head office"),
                                                      {},
                                                      {}});
                        w.run();
                    },
                    S::Matched, QStringLiteral("C00050"),
                    QStringLiteral("17 is a contact booked to a different customer: C00050 (Acme Group). "
                                   "Reason: buys for head office.")};

    QTest::newRow("guest ordering twice links one ERP customer, creates it once")
        << Scenario{[](World& w) {
                        w.guest(QStringLiteral("New.Guest@example.com"));
                        w.run();
                        w.order.orderNumber = QStringLiteral("1002");
                        w.guest(QStringLiteral(" new.guest@EXAMPLE.com"));
                        w.run();
                    },
                    S::Matched, QStringLiteral("LD00001"),
                    QStringLiteral("Used the existing created link to LD00001 (Ann Smith)."),
                    [](const World& w) {
                        QCOMPARE(w.erp.createdCount(), 1);
                        QCOMPARE(w.outcomes.first().customer.erpCustomerNumber, QStringLiteral("LD00001"));
                        QVERIFY(w.outcomes.first().trace.sentences().join(u' ').contains(
                            QStringLiteral("Created ERP customer LD00001")));
                    }};

    QTest::newRow("guest, registered customer's email, guest_policy=match_email")
        << Scenario{[](World& w) {
                        w.erp.addCustomer(kAcme);
                        w.guest(QStringLiteral("orders@acme.example"));
                        w.run();
                    },
                    S::Matched, QStringLiteral("C00001"), QStringLiteral("Linked by e-mail.")};

    QTest::newRow("guest, registered customer's email, guest_policy=default_customer")
        << Scenario{[](World& w) {
                        w.erp.addCustomer(kAcme);
                        w.settings.guestPolicy = GuestPolicy::DefaultCustomer;
                        w.guest(QStringLiteral("orders@acme.example"));
                        w.run();
                    },
                    S::Matched, QStringLiteral("WEB"),
                    QStringLiteral("Guest orders are booked to the default customer (guest_policy is "
                                   "default_customer): booked to the default customer WEB."),
                    [](const World& w) { QCOMPARE(w.erp.createdCount(), 0); }};

    QTest::newRow("linking off") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.link(QStringLiteral("17"), QStringLiteral("C00001"), LinkSource::Manual);
            w.settings.useExternalIdAsCustomerCode = false;
            w.run();
        },
        S::Matched, QStringLiteral("WEB"),
        QStringLiteral("Linking is off (use_external_id_as_customer_code is false): booked to the "
                       "default customer WEB.")};

    QTest::newRow("no default customer code: needs review")
        << Scenario{[](World& w) {
                        w.settings.useExternalIdAsCustomerCode = false;
                        w.settings.defaultCustomerCode.clear();
                        w.run();
                    },
                    S::NeedsReview, QString(), QStringLiteral("and no default_customer_code is set")};

    QTest::newRow("creation off") << Scenario{
        [](World& w) {
            w.settings.createMissingCustomers = false;
            w.run();
        },
        S::Matched, QStringLiteral("WEB"),
        QStringLiteral("Looked up orders@acme.example in the ERP: no customer."),
        [](const World& w) { QCOMPARE(w.erp.createdCount(), 0); }};

    QTest::newRow("creation: template chosen by country")
        << Scenario{[](World& w) {
                        CustomerTemplate any = w.data.customerTemplates().first();
                        CustomerTemplate de;
                        de.id = 2;
                        de.name = QStringLiteral("German customers");
                        de.country = QStringLiteral("DE");
                        de.fields = QJsonObject{{QStringLiteral("taxAreaCode"), QStringLiteral("EU")}};
                        w.data.setCustomerTemplates({any, de});
                        w.order.customer.country = QStringLiteral("DE");
                        w.order.customer.company = QStringLiteral("Druckerei Müller GmbH");
                        w.run();
                    },
                    S::Matched, QStringLiteral("LD00001"),
                    QStringLiteral("creating one from template \"German customers\" (chosen by country DE)"),
                    [](const World& w) {
                        QCOMPARE(w.erp.templateFieldsOf(QStringLiteral("LD00001"))
                                     .value(QStringLiteral("taxAreaCode"))
                                     .toString(),
                                 QStringLiteral("EU"));
                        QCOMPARE_NAMED(w.linkOf(QStringLiteral("17"))->source, LinkSource::Created);
                    }};

    QTest::newRow("creation: no template fits, the built-in one creates from the order") << Scenario{
        [](World& w) {
            CustomerTemplate de;
            de.name = QStringLiteral("German customers");
            de.country = QStringLiteral("DE");
            w.data.setCustomerTemplates({de});
            w.order.customer.company = QStringLiteral("Smith Print");
            w.settings.createMissingCustomers = true;
            w.run();
        },
        S::Matched, QStringLiteral("LD00001"),
        QStringLiteral("creating one from the order's own details (no customer template fits shop "
                       "web, country GB, currency GBP, without a VAT no.)"),
        [](const World& w) {
            QCOMPARE(w.erp.createdCount(), 1);
            const auto created = const_cast<World&>(w).erp.customer(QStringLiteral("LD00001"));
            QVERIFY(created.value);
            QCOMPARE(created.value->name, QStringLiteral("Smith Print"));
            QCOMPARE(created.value->email, QStringLiteral("orders@acme.example"));
            QCOMPARE(created.value->currencyCode, QStringLiteral("GBP"));
            QCOMPARE_NAMED(w.linkOf(QStringLiteral("17"))->source, LinkSource::Created);
        }};

    QTest::newRow("creation off: the default customer, with the reason") << Scenario{
        [](World& w) {
            w.settings.createMissingCustomers = false;
            w.run();
        },
        S::Matched, QStringLiteral("WEB"),
        QStringLiteral("No ERP customer matched and create_missing_customers is off: booked to the "
                       "default customer WEB.")};

    QTest::newRow("match fields: one link per currency, the GBP link stays") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.erp.addCustomer(erpCustomer(QStringLiteral("C00003"), QStringLiteral("Acme Europe"),
                                          QStringLiteral("orders@acme.example"), QStringLiteral("EUR")));
            w.settings.matchFields = {QStringLiteral("currency_code")};
            w.run(); // GBP first
            w.order.orderNumber = QStringLiteral("1002");
            w.order.currency = QStringLiteral("EUR");
            w.run();
        },
        S::Matched, QStringLiteral("C00003"), QStringLiteral("Linked by e-mail."),
        [](const World& w) {
            QCOMPARE(w.outcomes.first().customer.erpCustomerNumber, QStringLiteral("C00001"));
            QCOMPARE(w.linkOf(QStringLiteral("17|currency=GBP"))->erpCustomerNumber,
                     QStringLiteral("C00001"));
            QCOMPARE(w.linkOf(QStringLiteral("17|currency=EUR"))->erpCustomerNumber,
                     QStringLiteral("C00003"));
            QVERIFY(!w.linkOf(QStringLiteral("17")));
            QVERIFY(w.data.customer(QStringLiteral("web"), QStringLiteral("17|currency=EUR")));
        }};

    QTest::newRow("match fields: a linked card whose currency changed is stale") << Scenario{
        [](World& w) {
            w.erp.addCustomer(erpCustomer(QStringLiteral("C00003"), QStringLiteral("Acme Europe"),
                                          QStringLiteral("orders@acme.example"), QStringLiteral("USD")));
            w.settings.matchFields = {QStringLiteral("currency_code")};
            w.link(QStringLiteral("17|currency=GBP"), QStringLiteral("C00003"), LinkSource::Email);
            w.run();
        },
        S::Matched, QStringLiteral("LD00001"),
        QStringLiteral("The e-mail link to C00003 is stale: C00003 no longer has currency GBP."),
        [](const World& w) { // replaced by the customer created for GBP
            QCOMPARE(w.linkOf(QStringLiteral("17|currency=GBP"))->erpCustomerNumber,
                     QStringLiteral("LD00001"));
        }};

    QTest::newRow("every customer is kept, even one whose order waits for review")
        << Scenario{[](World& w) {
                        w.erp.addCustomer(kAcme);
                        w.erp.addCustomer(erpCustomer(QStringLiteral("C00002"), QStringLiteral("Acme North"),
                                                      QStringLiteral("orders@acme.example")));
                        w.guest(QStringLiteral("Orders@Acme.example"));
                        w.run();
                    },
                    S::NeedsReview, QString(), QStringLiteral("2 customers"),
                    [](const World& w) {
                        const ShopCustomer* kept = w.data.customer(
                            QStringLiteral("web"), QStringLiteral("guest:orders@acme.example"));
                        QVERIFY(kept);
                        QCOMPARE(kept->email, QStringLiteral("Orders@Acme.example"));
                        QCOMPARE(kept->currency, QStringLiteral("GBP"));
                    }};

    QTest::newRow("manual link survives an import")
        << Scenario{[](World& w) {
                        w.erp.addCustomer(kAcme);
                        w.erp.addCustomer(erpCustomer(QStringLiteral("C00002"), QStringLiteral("Acme Retail"),
                                                      QStringLiteral("shop@acme.example")));
                        w.link(QStringLiteral("17"), QStringLiteral("C00002"), LinkSource::Manual, 4);
                        w.run();
                    },
                    S::Matched, QStringLiteral("C00002"),
                    QStringLiteral("Used the existing manual link to C00002 (Acme Retail)."),
                    [](const World& w) {
                        QCOMPARE(w.linkOf(QStringLiteral("17"))->rowVersion, 4); // not even rewritten
                    }};

    QTest::newRow("manual link to a deleted customer is never replaced") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.link(QStringLiteral("17"), QStringLiteral("C00009"), LinkSource::Manual, 2);
            w.run();
        },
        S::NeedsReview, QString(), QStringLiteral("A manual link is never replaced automatically"),
        [](const World& w) {
            QCOMPARE(w.linkOf(QStringLiteral("17"))->erpCustomerNumber, QStringLiteral("C00009"));
            QCOMPARE(w.erp.createdCount(), 0);
        }};

    QTest::newRow("manual link set while matching wins") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.erp.addCustomer(erpCustomer(QStringLiteral("C00002"), QStringLiteral("Acme Retail"),
                                          QStringLiteral("shop@acme.example")));
            // The matcher reads version 0 (no link) and links by email; staff link the
            // customer by hand just before that write lands, so it is refused.
            w.data.meanwhile = [&w] {
                w.link(QStringLiteral("17"), QStringLiteral("C00002"), LinkSource::Manual, 1);
            };
            w.run();
            QCOMPARE(w.data.refusedWrites, 1);
        },
        S::Matched, QStringLiteral("C00002"), QStringLiteral("Used the existing manual link"),
        [](const World& w) { QCOMPARE_NAMED(w.linkOf(QStringLiteral("17"))->source, LinkSource::Manual); }};

    QTest::newRow("retry after a create whose answer was lost does not create again")
        << Scenario{[](World& w) {
                        w.settings.checkEmailNewCustomers = false; // only the intent makes it search
                        w.erp.failNextCreate(InMemoryErpDirectory::CreateFault::AfterCreate);
                        const MatchOutcome first = w.run();
                        QCOMPARE_NAMED(first.status, MatchStatus::Failed);
                        QVERIFY(first.reason.contains(QStringLiteral("A retry searches the ERP")));
                        QCOMPARE(w.erp.createdCount(), 1);
                        w.run();
                    },
                    S::Matched, QStringLiteral("LD00001"),
                    QStringLiteral("was started before and not confirmed: searching the ERP again before "
                                   "creating."),
                    [](const World& w) {
                        QCOMPARE(w.erp.createdCount(), 1);
                        const CreationIntent* intent =
                            w.data.creationIntent(QStringLiteral("web"), QStringLiteral("17"));
                        QVERIFY(intent);
                        QCOMPARE_NAMED(intent->state, CreationIntent::State::Created);
                    }};

    QTest::newRow("retry after a create that never happened creates once")
        << Scenario{[](World& w) {
                        w.erp.failNextCreate(InMemoryErpDirectory::CreateFault::BeforeCreate);
                        QCOMPARE_NAMED(w.run().status, MatchStatus::Failed);
                        w.run();
                    },
                    S::Matched, QStringLiteral("LD00001"), QStringLiteral("Created ERP customer LD00001"),
                    [](const World& w) { QCOMPARE(w.erp.createdCount(), 1); }};
}

void TestMatching::rules() {
    QFETCH(Scenario, scenario);
    runScenario(scenario);
}

void TestMatching::traceSurvivesJson() {
    World world;
    world.erp.addCustomer(kAcme);
    StagedOrder order = world.order;
    world.run().applyTo(order);
    QCOMPARE_NAMED(order.status, OrderStatus::Matched);
    QCOMPARE(order.erpCustomerNumber, QStringLiteral("C00001"));
    const MatchTrace back = MatchTrace::fromJson(order.matchTrace);
    QCOMPARE(back.sentences(), world.outcomes.last().trace.sentences());
    QVERIFY(back.sentences().join(u' ').contains(QStringLiteral("Linked by e-mail.")));
}

QTEST_GUILESS_MAIN(TestMatching)
#include "tst_matching.moc"
