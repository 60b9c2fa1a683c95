// DESIGN.md's item rules, one row per rule and per edge: a SKU with a product mapping, without one
// (blocked, or looked up as an ERP item number when item_blocked_check is off), a product without a
// SKU mapped by its shop product id. Each row runs through MatchSession like tst_matching's.
#include "domainprinters.h"
#include "matchworld.h"

#include <QTest>

using namespace linkdesk;
using namespace linkdesk::matchtest;

Q_DECLARE_METATYPE(Scenario)

class TestItemMatching : public QObject {
    Q_OBJECT
private slots:
    void rules_data();
    void rules() {
        QFETCH(Scenario, scenario);
        runScenario(scenario);
    }
};

void TestItemMatching::rules_data() {
    QTest::addColumn<Scenario>("scenario");
    using S = MatchStatus;

    QTest::newRow("item: unmatched SKU, blocked check on")
        << Scenario{[](World& w) {
                        w.erp.addCustomer(kAcme);
                        w.erp.addItem(QStringLiteral("FLYER-A5"));
                        OrderLine extra;
                        extra.lineNo = 2;
                        extra.sku = QStringLiteral("FLYER-A5");
                        w.order.lines.append(extra);
                        extra.lineNo = 3;
                        extra.sku = QStringLiteral("POSTER-A1");
                        w.order.lines.append(extra);
                        w.run();
                    },
                    S::Blocked, QString(), QStringLiteral("Blocked: No ERP item for FLYER-A5, POSTER-A1."),
                    [](const World& w) {
                        QCOMPARE(w.erp.createdCount(), 0);
                        QVERIFY(!w.linkOf(QStringLiteral("17")));
                    }};

    QTest::newRow("item: unmatched SKU, blocked check off, ERP has the item") << Scenario{
        [](World& w) {
            w.erp.addCustomer(kAcme);
            w.erp.addItem(QStringLiteral("FLYER-A5"));
            w.settings.itemBlockedCheck = false;
            w.order.lines.first().sku = QStringLiteral("FLYER-A5");
            w.run();
        },
        S::Matched, QStringLiteral("C00001"),
        QStringLiteral("FLYER-A5 has no product mapping; the ERP has an item FLYER-A5: used it and "
                       "remembered it as a direct mapping."),
        [](const World& w) {
            const ProductMapping* m = w.data.mappingBySku(QStringLiteral("web"), QStringLiteral("FLYER-A5"));
            QVERIFY(m);
            QCOMPARE(m->source, QStringLiteral("direct"));
        }};

    QTest::newRow("item: unmatched SKU, blocked check off, ERP lacks the item")
        << Scenario{[](World& w) {
                        w.settings.itemBlockedCheck = false;
                        w.order.lines.first().sku = QStringLiteral("NOPE-1");
                        w.run();
                    },
                    S::Blocked, QString(),
                    QStringLiteral("NOPE-1 has no product mapping and the ERP has no item NOPE-1.")};

    QTest::newRow("item: no SKU, mapped by product id")
        << Scenario{[](World& w) {
                        w.erp.addCustomer(kAcme);
                        ProductMapping byId;
                        byId.shopCode = QStringLiteral("web");
                        byId.productId = 88;
                        byId.variationId = 3;
                        byId.erpItemNumber = QStringLiteral("2000");
                        w.data.insertMapping(byId);
                        w.order.lines.first().sku.clear();
                        w.order.lines.first().productId = 88;
                        w.order.lines.first().variationId = 3;
                        w.run();
                    },
                    S::Matched, QStringLiteral("C00001"), QStringLiteral("to ERP item 2000."),
                    [](const World& w) {
                        QCOMPARE(w.outcomes.last().items.itemNumbers, QStringList{QStringLiteral("2000")});
                    }};
}

QTEST_GUILESS_MAIN(TestItemMatching)
#include "tst_itemmatching.moc"
