// The customer rules that must hold on real data, end to end: linkdesk-cli against a real
// linkdesk-sandbox over HTTP (WooCommerce + Business Central). Each test asserts from the ERP's own
// state (what was created, which card each sales order went to) and from Linkdesk's database.
#include "cliworld.h"
#include "store/customerrepository.h"
#include "store/database.h"

#include <QTest>

using linkdesk::test::CliRun;
using linkdesk::test::CliWorld;
using linkdesk::test::seedCustomer;
using linkdesk::test::seedItem;
using linkdesk::test::setting;
using linkdesk::test::wooOrder;

namespace {
const QString kShop = QStringLiteral("web");

QJsonObject seed(const QJsonArray& customers, const QJsonArray& orders) {
    const QJsonArray items{seedItem(u"BC-1", u"Business cards", 30.0)};
    return {{QStringLiteral("woocommerce"), QJsonObject{{QStringLiteral("orders"), orders}}},
            {QStringLiteral("erp"),
             QJsonObject{{QStringLiteral("customers"), customers}, {QStringLiteral("items"), items}}}};
}

// Starts the world on this seed: default customer WEB, guests matched by e-mail, no customer
// template, then the case's own setup.
bool start(CliWorld& w, const QJsonObject& seed, const QList<QStringList>& setup = {}) {
    return w.setUpWithSeed(seed, {.database = w.dir.filePath(QStringLiteral("ld-%1.sqlite"))},
                           {.templateFields = {}, .more = setup});
}

QJsonObject erpCustomerNamed(const QJsonObject& erp, const QString& email) {
    for (const auto& c : erp.value(QStringLiteral("customers")).toArray())
        if (c.toObject().value(QStringLiteral("email")).toString() == email)
            return c.toObject();
    return {};
}
} // namespace

class TestMatchingEndToEnd : public QObject {
    Q_OBJECT
private slots:
    // 1. One registered shop customer ordering in GBP and then in EUR is booked to the GBP card and
    // to the EUR card of the same e-mail: one link per currency, each listed and settable.
    void separateCardsPerCurrency() {
        CliWorld w;
        const QJsonArray customers{seedCustomer("WEB", "Web shop", ""),
                                   seedCustomer("C00001", "Acme UK", "orders@acme.example"),
                                   seedCustomer("C00003", "Acme Europe", "orders@acme.example", "EUR")};
        const QJsonArray orders{wooOrder(5001, 17, "orders@acme.example", "Acme", "BC-1"),
                                wooOrder(5002, 17, "orders@acme.example", "Acme", "BC-1", "EUR")};
        QVERIFY(
            start(w, seed(customers, orders), QList<QStringList>{setting("match_fields", "currency_code")}));
        const CliRun imported = w.cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(imported.code == 0, imported.err.constData());
        const auto sent = w.sandbox.salesOrders();
        QCOMPARE(sent.value(QStringLiteral("WEB-5001")).value(QStringLiteral("customerNumber")).toString(),
                 QStringLiteral("C00001"));
        QCOMPARE(sent.value(QStringLiteral("WEB-5002")).value(QStringLiteral("customerNumber")).toString(),
                 QStringLiteral("C00003"));

        QHash<QString, QString> links;
        for (const auto& l :
             w.cli({QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--json")}).array())
            links.insert(l.toObject().value(QStringLiteral("key")).toString(),
                         l.toObject().value(QStringLiteral("erp_customer")).toString());
        QCOMPARE(links.value(QStringLiteral("17|currency=GBP")), QStringLiteral("C00001"));
        QCOMPARE(links.value(QStringLiteral("17|currency=EUR")), QStringLiteral("C00003"));

        const QStringList set{QStringLiteral("links"),      QStringLiteral("set"),
                              QStringLiteral("--shop"),     kShop,
                              QStringLiteral("--customer"), QStringLiteral("17"),
                              QStringLiteral("--erp"),      QStringLiteral("C00001")};
        const CliRun withoutCurrency = w.cli(set);
        QCOMPARE(withoutCurrency.code, 2);
        QVERIFY2(withoutCurrency.err.contains("give --currency"), withoutCurrency.err.constData());
        const CliRun withCurrency = w.cli(
            set + QStringList{QStringLiteral("--currency"), QStringLiteral("eur"), QStringLiteral("--json")});
        QVERIFY2(withCurrency.code == 0, withCurrency.err.constData());
        QCOMPARE(withCurrency.json().value(QStringLiteral("customer")).toString(),
                 QStringLiteral("17|currency=EUR"));
        QCOMPARE(withCurrency.json().value(QStringLiteral("source")).toString(), QStringLiteral("manual"));
    }

    // 2. Creation on, no customer template at all: the new card is filled from the order.
    void creationWithoutATemplate() {
        CliWorld w;
        const QJsonArray customers{seedCustomer("WEB", "Web shop", "")};
        const QJsonArray orders{wooOrder(5101, 31, "studio@fresh.example", "Fresh Studio Ltd", "BC-1"),
                                wooOrder(5102, 32, "sam@home.example", "", "BC-1")};
        QVERIFY(start(w, seed(customers, orders),
                      QList<QStringList>{setting("create_missing_customers", "true")}));
        const CliRun imported = w.cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(imported.code == 0, imported.err.constData());
        QCOMPARE(imported.json().value(QStringLiteral("customers_created")).toInt(), 2);

        const QJsonObject erp = w.sandbox.erpState();
        const QJsonObject company = erpCustomerNamed(erp, QStringLiteral("studio@fresh.example"));
        QCOMPARE(company.value(QStringLiteral("displayName")).toString(), QStringLiteral("Fresh Studio Ltd"));
        QCOMPARE(company.value(QStringLiteral("type")).toString(), QStringLiteral("Company"));
        QCOMPARE(company.value(QStringLiteral("currencyCode")).toString(), QStringLiteral("GBP"));
        QCOMPARE(company.value(QStringLiteral("country")).toString(), QStringLiteral("GB"));
        QCOMPARE(company.value(QStringLiteral("phoneNumber")).toString(), QStringLiteral("+44 20 7946 0000"));
        const QJsonObject person = erpCustomerNamed(erp, QStringLiteral("sam@home.example"));
        QCOMPARE(person.value(QStringLiteral("displayName")).toString(), QStringLiteral("Sam Shopper"));
        QCOMPARE(person.value(QStringLiteral("type")).toString(), QStringLiteral("Person"));

        const auto sent = w.sandbox.salesOrders();
        QCOMPARE(sent.value(QStringLiteral("WEB-5101")).value(QStringLiteral("customerNumber")).toString(),
                 company.value(QStringLiteral("number")).toString());
        QVERIFY(!sent.contains(QStringLiteral("WEB-5101")) ||
                sent.value(QStringLiteral("WEB-5101")).value(QStringLiteral("customerNumber")).toString() !=
                    QStringLiteral("WEB"));
    }

    // 3. A buyer whose order waits for review is on the Customers page under "needs review", and a
    // test order can be placed as them.
    void everyBuyerIsStored() {
        CliWorld w;
        const QJsonArray customers{seedCustomer("WEB", "Web shop", ""),
                                   seedCustomer("C00075", "Nordic B.V.", "purchasing@nordic.example"),
                                   seedCustomer("C00076", "Nordic UK", "purchasing@nordic.example")};
        const QJsonArray orders{wooOrder(5201, 0, "Purchasing@Nordic.example", "Nordic", "BC-1")};
        QVERIFY(start(w, seed(customers, orders)));
        QVERIFY(w.cli({QStringLiteral("import")}).code == 0);
        QCOMPARE(w.orders().value(QStringLiteral("5201")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("needs_review"));

        auto db = linkdesk::Database::open(QStringLiteral("sqlite:") + w.databasePath());
        QVERIFY2(db, qPrintable(db.message()));
        linkdesk::CustomerQuery waiting;
        waiting.status = linkdesk::CustomerQuery::Status::NeedsReview;
        auto page = linkdesk::CustomerRepository(**db).page(waiting, 0, 10);
        QVERIFY2(page, qPrintable(page.message()));
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->first().customer.key, QStringLiteral("guest:purchasing@nordic.example"));
        QCOMPARE(page->first().customer.email, QStringLiteral("Purchasing@Nordic.example"));

        const CliRun tested =
            w.cli({QStringLiteral("test-order"), QStringLiteral("--shop"), kShop,
                   QStringLiteral("--customer"), QStringLiteral("guest:purchasing@nordic.example"),
                   QStringLiteral("--sku"), QStringLiteral("BC-1"), QStringLiteral("--json")});
        QVERIFY2(tested.code == 0, tested.err.constData());
        QVERIFY2(tested.out.contains("2 ERP customers match"), tested.out.constData());
    }

    // 4. The linked card is deleted in the ERP after it was cached: the refused order is matched
    // again in the same import (the e-mail link marked stale, a new customer created) and submitted;
    // a manual link to a deleted card holds its order for review instead.
    void linksHeal() {
        CliWorld w;
        const QJsonArray customers{seedCustomer("WEB", "Web shop", ""),
                                   seedCustomer("C00001", "Acme UK", "orders@acme.example"),
                                   seedCustomer("C00002", "Beacon", "accounts@beacon.example")};
        const QJsonArray orders{wooOrder(5301, 17, "orders@acme.example", "Acme", "BC-1"),
                                wooOrder(5302, 18, "jo@beacon.example", "Beacon", "BC-1")};
        QVERIFY(start(
            w, seed(customers, orders),
            QList<QStringList>{setting("create_missing_customers", "true"),
                               {QStringLiteral("links"), QStringLiteral("set"), QStringLiteral("--shop"),
                                kShop, QStringLiteral("--customer"), QStringLiteral("18"),
                                QStringLiteral("--erp"), QStringLiteral("C00002")}}));
        QVERIFY(w.cli({QStringLiteral("import")}).code == 0);
        QCOMPARE(w.sandbox.salesOrders()
                     .value(QStringLiteral("WEB-5301"))
                     .value(QStringLiteral("customerNumber"))
                     .toString(),
                 QStringLiteral("C00001"));

        for (const char* number : {"C00001", "C00002"})
            QVERIFY(w.sandbox.post(QStringLiteral("/_sandbox/erp/delete-customer"),
                                   {{QStringLiteral("number"), QLatin1String(number)}}));
        const QJsonArray next{wooOrder(5303, 17, "orders@acme.example", "Acme", "BC-1"),
                              wooOrder(5304, 18, "jo@beacon.example", "Beacon", "BC-1")};
        QVERIFY(w.sandbox.postArray(QStringLiteral("/_sandbox/woocommerce/orders"), next));

        const CliRun healed = w.cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(healed.code == 0, healed.err.constData());
        const auto sent = w.sandbox.salesOrders();
        const QString relinked =
            sent.value(QStringLiteral("WEB-5303")).value(QStringLiteral("customerNumber")).toString();
        QVERIFY2(!relinked.isEmpty() && relinked != QStringLiteral("C00001"), qPrintable(relinked));
        const QJsonObject created =
            erpCustomerNamed(w.sandbox.erpState(), QStringLiteral("orders@acme.example"));
        QCOMPARE(created.value(QStringLiteral("number")).toString(), relinked);
        QCOMPARE(w.orders().value(QStringLiteral("5303")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("submitted"));

        const QJsonObject held = w.orders().value(QStringLiteral("5304"));
        QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("needs_review"));
        QVERIFY2(
            held.value(QStringLiteral("reason")).toString().contains(QStringLiteral("manual link to C00002")),
            qPrintable(held.value(QStringLiteral("reason")).toString()));
        QVERIFY(!sent.contains(QStringLiteral("WEB-5304")));
    }
    // Check links from the command line: the links whose card was deleted, blocked or given another
    // e-mail in the ERP are marked stale with what to do (links list shows them), the others stay
    // fine; once the card is unblocked, the next check takes its mark off.
    void linksCheckMarksStaleLinks() {
        CliWorld w;
        const QJsonArray customers{seedCustomer("WEB", "Web shop", ""),
                                   seedCustomer("C00001", "Acme UK", "orders@acme.example"),
                                   seedCustomer("C00002", "Beacon", "jo@beacon.example"),
                                   seedCustomer("C00003", "Cedar", "ann@cedar.example"),
                                   seedCustomer("C00004", "Dune", "max@dune.example")};
        const QJsonArray orders{wooOrder(5401, 17, "orders@acme.example", "Acme", "BC-1"),
                                wooOrder(5402, 18, "jo@beacon.example", "Beacon", "BC-1"),
                                wooOrder(5403, 19, "ann@cedar.example", "Cedar", "BC-1"),
                                wooOrder(5404, 20, "max@dune.example", "Dune", "BC-1")};
        QVERIFY(start(w, seed(customers, orders)));
        QVERIFY(w.cli({QStringLiteral("import")}).code == 0);
        QVERIFY(w.sandbox.deleteCustomer(QStringLiteral("C00001")));
        QVERIFY(w.sandbox.updateCustomer(QStringLiteral("C00002"),
                                         {{QStringLiteral("blocked"), QStringLiteral("Invoice")}}));
        QVERIFY(w.sandbox.updateCustomer(
            QStringLiteral("C00003"), {{QStringLiteral("email"), QStringLiteral("ann.new@cedar.example")}}));

        const QStringList check{QStringLiteral("links"), QStringLiteral("check"), QStringLiteral("--json")};
        const CliRun checked = w.cli(check);
        QVERIFY2(checked.code == 0, checked.err.constData());
        const QJsonObject summary = checked.json();
        QCOMPARE(summary.value(QStringLiteral("checked")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("missing")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("blocked")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("email_changed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("fine")).toInt(), 1);
        QHash<QString, QString> problems;
        for (const auto& s : summary.value(QStringLiteral("stale")).toArray())
            problems.insert(s.toObject().value(QStringLiteral("erp_customer")).toString(),
                            s.toObject().value(QStringLiteral("problem")).toString());
        QCOMPARE(problems.value(QStringLiteral("C00001")), QStringLiteral("missing"));
        QCOMPARE(problems.value(QStringLiteral("C00002")), QStringLiteral("blocked"));
        QCOMPARE(problems.value(QStringLiteral("C00003")), QStringLiteral("email_changed"));

        QHash<QString, QString> reasons; // links list shows the marks
        for (const auto& l :
             w.cli({QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--json")}).array())
            if (l.toObject().value(QStringLiteral("stale")).toBool())
                reasons.insert(l.toObject().value(QStringLiteral("erp_customer")).toString(),
                               l.toObject().value(QStringLiteral("stale_reason")).toString());
        QCOMPARE(reasons.size(), 3);
        QVERIFY2(reasons.value(QStringLiteral("C00001")).contains(QLatin1String("Connect Link")),
                 qPrintable(reasons.value(QStringLiteral("C00001"))));

        QVERIFY(w.sandbox.updateCustomer(QStringLiteral("C00002"), {{QStringLiteral("blocked"), QString()}}));
        const CliRun again = w.cli({QStringLiteral("links"), QStringLiteral("check")});
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY2(again.out.contains("Checked 4 links: 2 fine, 2 stale") &&
                     again.out.contains("1 stale marks cleared") && again.out.contains("web/17") &&
                     !again.out.contains("web/18"),
                 again.out.constData());
        const CliRun unknownShop = w.cli({QStringLiteral("links"), QStringLiteral("check"),
                                          QStringLiteral("--shop"), QStringLiteral("nope")});
        QCOMPARE(unknownShop.code, 2);
    }
    // 5. A contact relation ("Different Customer No. Order"): the sub-login's order is booked to the
    // related ERP customer with the reason in its trace, and no card is created for the sub-login,
    // while creation is on (a buyer without a relation in the same import gets a new card). An
    // unknown or blocked ERP customer is refused when the relation is set.
    void contactRelationBooksToAnotherCustomer() {
        CliWorld w;
        const QJsonArray customers{seedCustomer("WEB", "Web shop", ""),
                                   seedCustomer("C00050", "Acme Group", "accounts@acme-group.example"),
                                   seedCustomer("C00060", "Old Acme", "old@acme.example", "GBP", "GB", "All"),
                                   seedCustomer("C00075", "Nordic B.V.", "purchasing@nordic.example"),
                                   seedCustomer("C00076", "Nordic UK", "purchasing@nordic.example")};
        const QJsonArray orders{wooOrder(5401, 41, "jo@acme-sub.example", "Acme Leeds", "BC-1"),
                                wooOrder(5402, 42, "kim@elsewhere.example", "Elsewhere", "BC-1"),
                                wooOrder(5403, 43, "purchasing@nordic.example", "Nordic", "BC-1")};
        QVERIFY(start(w, seed(customers, orders),
                      QList<QStringList>{setting("create_missing_customers", "true")}));
        const QStringList set{
            QStringLiteral("relations"),  QStringLiteral("set"),
            QStringLiteral("--shop"),     kShop,
            QStringLiteral("--customer"), QStringLiteral("41"),
            QStringLiteral("--reason"),   QStringLiteral("Leeds office buys for the group")};

        const CliRun unknown = w.cli(set + QStringList{QStringLiteral("--erp"), QStringLiteral("C09999")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("The ERP has no customer C09999"), unknown.err.constData());
        const CliRun blocked = w.cli(set + QStringList{QStringLiteral("--erp"), QStringLiteral("C00060")});
        QCOMPARE(blocked.code, 1);
        QVERIFY2(blocked.err.contains("is blocked"), blocked.err.constData());
        QVERIFY(w.cli({QStringLiteral("relations"), QStringLiteral("list"), QStringLiteral("--json")})
                    .array()
                    .isEmpty());

        const CliRun related = w.cli(
            set + QStringList{QStringLiteral("--erp"), QStringLiteral("C00050"), QStringLiteral("--json")});
        QVERIFY2(related.code == 0, related.err.constData());
        QCOMPARE(related.json().value(QStringLiteral("erp_customer")).toString(), QStringLiteral("C00050"));
        const int cardsBefore = w.sandbox.erpState().value(QStringLiteral("customers")).toArray().size();

        const CliRun imported = w.cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(imported.code == 0, imported.err.constData());
        const auto sent = w.sandbox.salesOrders();
        QCOMPARE(sent.value(QStringLiteral("WEB-5401")).value(QStringLiteral("customerNumber")).toString(),
                 QStringLiteral("C00050"));
        QCOMPARE(w.orders().value(QStringLiteral("5401")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("submitted"));
        const QJsonObject erp = w.sandbox.erpState();
        QVERIFY(erpCustomerNamed(erp, QStringLiteral("jo@acme-sub.example")).isEmpty());
        const QJsonObject other = erpCustomerNamed(erp, QStringLiteral("kim@elsewhere.example"));
        QVERIFY(!other.isEmpty()); // creation was on: only the relation kept 5401 from a card of its own
        QCOMPARE(erp.value(QStringLiteral("customers")).toArray().size(), cardsBefore + 1);
        QCOMPARE(sent.value(QStringLiteral("WEB-5402")).value(QStringLiteral("customerNumber")).toString(),
                 other.value(QStringLiteral("number")).toString());

        const CliRun trace = w.cli({QStringLiteral("orders"), QStringLiteral("trace"), kShop,
                                    QStringLiteral("5401"), QStringLiteral("--json")});
        QVERIFY2(trace.code == 0, trace.err.constData());
        const QStringList sentences = trace.json().value(QStringLiteral("trace")).toVariant().toStringList();
        QVERIFY2(sentences.contains(QStringLiteral("41 is a contact booked to a different customer: C00050 "
                                                   "(Acme Group). Reason: Leeds office buys for the group.")),
                 qPrintable(sentences.join(u'\n')));

        // A buyer whose order waits for review (two ERP cards share the e-mail) gets a relation: the
        // order is put back in the queue and the next import books it to the related customer.
        QCOMPARE(w.orders().value(QStringLiteral("5403")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("needs_review"));
        const CliRun nordic =
            w.cli({QStringLiteral("relations"), QStringLiteral("set"), QStringLiteral("--shop"), kShop,
                   QStringLiteral("--customer"), QStringLiteral("43"), QStringLiteral("--erp"),
                   QStringLiteral("C00075"), QStringLiteral("--reason"),
                   QStringLiteral("Nordic orders go to the Dutch company")});
        QVERIFY2(nordic.code == 0, nordic.err.constData());
        QVERIFY2(nordic.out.contains("Put 1 waiting order(s) back in the queue"), nordic.out.constData());
        const CliRun again = w.cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(w.sandbox.salesOrders()
                     .value(QStringLiteral("WEB-5403"))
                     .value(QStringLiteral("customerNumber"))
                     .toString(),
                 QStringLiteral("C00075"));
        QCOMPARE(w.sandbox.erpState().value(QStringLiteral("customers")).toArray().size(), cardsBefore + 1);
    }

    // 6. test-order as a customer who has not ordered yet (--email): matched from what was typed,
    // linked by e-mail or created, and stored nowhere.
    void testOrderAsANewCustomer() {
        CliWorld w;
        const QJsonArray customers{seedCustomer("WEB", "Web shop", ""),
                                   seedCustomer("C00001", "Acme UK", "orders@acme.example")};
        QVERIFY(
            start(w, seed(customers, {}), QList<QStringList>{setting("create_missing_customers", "true")}));
        const QStringList order{
            QStringLiteral("test-order"), QStringLiteral("--shop"), kShop,
            QStringLiteral("--sku"),      QStringLiteral("BC-1"),   QStringLiteral("--json")};
        const CliRun acme =
            w.cli(order + QStringList{QStringLiteral("--email"), QStringLiteral("Orders@Acme.example"),
                                      QStringLiteral("--name"), QStringLiteral("Ann Smith"),
                                      QStringLiteral("--customer"), QStringLiteral("77")});
        QVERIFY2(acme.code == 0, acme.err.constData());
        QCOMPARE(acme.json().value(QStringLiteral("customer_code")).toString(), QStringLiteral("C00001"));
        QCOMPARE(acme.json().value(QStringLiteral("how")).toString(), QStringLiteral("email"));
        QCOMPARE(acme.json().value(QStringLiteral("new_customer")).toBool(), true);

        const CliRun fresh =
            w.cli(order + QStringList{QStringLiteral("--email"), QStringLiteral("new@fresh.example"),
                                      QStringLiteral("--company"), QStringLiteral("Fresh Ltd"),
                                      QStringLiteral("--currency"), QStringLiteral("EUR"),
                                      QStringLiteral("--country"), QStringLiteral("NL"),
                                      QStringLiteral("--customer"), QStringLiteral("78")});
        QVERIFY2(fresh.code == 0, fresh.err.constData());
        QCOMPARE(fresh.json().value(QStringLiteral("status")).toString(), QStringLiteral("create_customer"));
        QVERIFY2(fresh.json()
                     .value(QStringLiteral("how"))
                     .toString()
                     .startsWith(QLatin1String("would create a customer from template")),
                 fresh.out.constData());

        const CliRun neither = w.cli(order);
        QCOMPARE(neither.code, 2);
        QVERIFY2(neither.err.contains("--email"), neither.err.constData());

        auto db = linkdesk::Database::open(QStringLiteral("sqlite:") + w.databasePath());
        QVERIFY2(db, qPrintable(db.message()));
        auto count = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM shop_customers"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 0);
        QCOMPARE(w.sandbox.erpState().value(QStringLiteral("customers")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMatchingEndToEnd)
#include "tst_matchinge2e.moc"
