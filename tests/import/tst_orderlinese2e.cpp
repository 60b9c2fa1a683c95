// What the order mapping and the order-line settings put into the ERP, end to end: linkdesk-cli
// against a real linkdesk-sandbox process over HTTP, asserted from the sales orders the fake ERP
// stored. The customer number (Sell-to) is always the customer matching chose, never a mapping row;
// lines carry the shop's description and price, or leave both to the ERP; shipping and fees become
// item or G/L account lines; with line_price_source=erp the ERP prices the lines for the linked
// customer, and the test order shows the shop's price beside the ERP's.
#include "cliworld.h"
#include "store/catalogrepository.h"
#include "store/database.h"

using namespace linkdesk;
using test::CliRun;
using test::CliWorld;
using test::seedCustomer;
using test::seedItem;
using test::seedPrice;
using test::setting;

namespace {

const QString Acme = QStringLiteral("C00001");
const QString CardsName = QStringLiteral("Business cards, 85 x 55 mm, 400 g matt");

QJsonObject wooOrder(int id, int customerId, const char* email, double price, const QJsonObject& extra) {
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), QString::number(id)},
        {QStringLiteral("status"), QStringLiteral("processing")},
        {QStringLiteral("currency"), QStringLiteral("GBP")},
        {QStringLiteral("date_modified_gmt"), QStringLiteral("2026-09-01T10:00:%1").arg(id % 60)},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("billing"), QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Sam")},
                                                {QStringLiteral("last_name"), QStringLiteral("Shopper")},
                                                {QStringLiteral("email"), QLatin1String(email)},
                                                {QStringLiteral("country"), QStringLiteral("GB")}}},
        {QStringLiteral("line_items"), QJsonArray{QJsonObject{{QStringLiteral("name"), CardsName},
                                                              {QStringLiteral("product_id"), 100},
                                                              {QStringLiteral("sku"), QStringLiteral("BC-1")},
                                                              {QStringLiteral("quantity"), 2},
                                                              {QStringLiteral("price"), price}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Acme (C00001) has its own price for BC-1 (24.00; the item's is 30.00) and orders at 27.50 in the
// shop, with flat-rate shipping and a rush fee (7001); a guest, booked to WEB, pays 27.50 plus 9.95
// shipping given only as the order's shipping_total (7002).
QJsonObject seed() {
    const QJsonObject acmeCharges{
        {QStringLiteral("shipping_total"), QStringLiteral("4.95")},
        {QStringLiteral("shipping_lines"),
         QJsonArray{QJsonObject{{QStringLiteral("method_title"), QStringLiteral("Flat rate")},
                                {QStringLiteral("total"), QStringLiteral("4.95")}}}},
        {QStringLiteral("fee_lines"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Rush fee")},
                                {QStringLiteral("total"), QStringLiteral("10.00")}}}}};
    const QJsonArray orders{wooOrder(7001, 101, "orders@acme.example", 27.5, acmeCharges),
                            wooOrder(7002, 0, "guest@example.com", 27.5,
                                     {{QStringLiteral("shipping_total"), QStringLiteral("9.95")}})};
    const QJsonObject notDirect{{QStringLiteral("number"), QStringLiteral("6199")},
                                {QStringLiteral("displayName"), QStringLiteral("Freight (indirect)")},
                                {QStringLiteral("directPosting"), false}};
    const QJsonObject erp{
        {QStringLiteral("customers"),
         QJsonArray{seedCustomer("WEB", "Web shop customers", ""),
                    seedCustomer("C00001", "Acme Print Ltd", "orders@acme.example")}},
        {QStringLiteral("items"),
         QJsonArray{seedItem("BC-1", "Business cards", 30.0), seedItem("SHIP", "Carriage", 0.0),
                    seedItem("FEE", "Order fee", 0.0)}},
        {QStringLiteral("prices"), QJsonArray{seedPrice(Acme, u"BC-1", 24.0)}},
        {QStringLiteral("accounts"),
         QJsonArray{QJsonObject{{QStringLiteral("number"), QStringLiteral("6110")},
                                {QStringLiteral("displayName"), QStringLiteral("Freight income")}},
                    notDirect}}};
    return {{QStringLiteral("woocommerce"), QJsonObject{{QStringLiteral("orders"), orders}}},
            {QStringLiteral("erp"), erp}};
}

} // namespace

class TestOrderLinesEndToEnd : public QObject {
    Q_OBJECT
    CliWorld m_world;

    // erp: the [erp] section, BASE standing for the sandbox's address; extra: settings for this case.
    // Default customer WEB, no guest policy, no customer template.
    bool setUp(const QString& erp, const QList<QStringList>& extra, const QStringList& sandboxArgs = {}) {
        return m_world.setUpWithSeed(
            seed(), {.erp = erp, .database = m_world.dir.filePath(QStringLiteral("lines-%1.sqlite"))},
            {.guestPolicy = {}, .templateFields = {}, .more = extra}, sandboxArgs);
    }
    bool setUpBusinessCentral(const QList<QStringList>& extra) {
        return setUp(test::businessCentralKeys(), extra);
    }
    // Adds header rows to the order mapping, as Settings → Order mapping would save them.
    bool addMappingRows(const QList<OrderMappingRow>& rows) {
        auto db = Database::open(QStringLiteral("sqlite:") + m_world.databasePath());
        if (!db)
            return false;
        CatalogRepository catalog(**db);
        auto mapping = catalog.orderMapping();
        return mapping && catalog.replaceOrderMapping(*mapping + rows).ok();
    }
    // The sales order the ERP stored for this external document number (empty when none).
    QJsonObject erpOrder(const QString& externalDocumentNumber) {
        for (const auto& o : m_world.sandbox.erpState().value(QStringLiteral("salesOrders")).toArray()) {
            const QJsonObject order = o.toObject();
            if (order.value(QStringLiteral("externalDocumentNumber")).toString() == externalDocumentNumber ||
                order.value(QStringLiteral("uniqueSubmitOrderId")).toString() == externalDocumentNumber)
                return order;
        }
        return {};
    }
    // A Business Central line as "Type number quantity x price: description".
    static QString lineText(const QJsonValue& value) {
        const QJsonObject l = value.toObject();
        return QStringLiteral("%1 %2 %3 x %4: %5")
            .arg(l.value(QStringLiteral("lineType")).toString(),
                 l.value(QStringLiteral("lineObjectNumber")).toString())
            .arg(l.value(QStringLiteral("quantity")).toDouble())
            .arg(l.value(QStringLiteral("unitPrice")).toDouble(), 0, 'f', 2)
            .arg(l.value(QStringLiteral("description")).toString());
    }
    QStringList linesOf(const QString& externalDocumentNumber) {
        QStringList lines;
        for (const auto& l :
             erpOrder(externalDocumentNumber).value(QStringLiteral("salesOrderLines")).toArray())
            lines << lineText(l);
        return lines;
    }
    // A Tharstern order's lines as "product quantity x price: description".
    QStringList tharsternLines(const QString& uniqueId) {
        QStringList lines;
        for (const auto& value : erpOrder(uniqueId).value(QStringLiteral("lines")).toArray()) {
            const QJsonObject l = value.toObject();
            lines << QStringLiteral("%1 %2 x %3: %4")
                         .arg(l.value(QStringLiteral("itemNumber")).toString())
                         .arg(l.value(QStringLiteral("quantity")).toDouble())
                         .arg(l.value(QStringLiteral("unitPrice")).toDouble(), 0, 'f', 2)
                         .arg(l.value(QStringLiteral("description")).toString());
        }
        return lines;
    }
    bool import() const {
        const CliRun r = m_world.cli({QStringLiteral("import"), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("import: %s", r.err.constData());
        return r.code == 0;
    }
    QJsonObject testOrder() const {
        return m_world
            .cli({QStringLiteral("test-order"), QStringLiteral("--shop"), QStringLiteral("web"),
                  QStringLiteral("--customer"), QStringLiteral("101"), QStringLiteral("--sku"),
                  QStringLiteral("BC-1"), QStringLiteral("--qty"), QStringLiteral("2"),
                  QStringLiteral("--price"), QStringLiteral("27.5"), QStringLiteral("--json")})
            .json();
    }

private slots:
    void initTestCase() {
        // Both ERPs' secrets: the Tharstern case signs in with a password.
        m_world.env = {{QStringLiteral("LINKDESK_SECRET_ERP_PASSWORD"), QStringLiteral("th-secret")}};
    }
    void init() {
        QVERIFY(QFile::exists(qEnvironmentVariable("LINKDESK_CLI")));
        QVERIFY(m_world.dir.isValid());
    }
    void cleanup() { m_world.sandbox.stop(); }

    // Item 7: the shop's description and price on each product line; shipping as a G/L account line
    // and fees as item lines, each with the shop's amount and name; header fields from the mapping
    // next to the matched customer.
    void linesCarryTheShopsTextPricesShippingAndFees() {
        QVERIFY(setUpBusinessCentral({setting("shipping_line_type", "account"),
                                      setting("shipping_line_number", "6110"),
                                      setting("fee_line_type", "item"), setting("fee_line_number", "FEE")}));
        QVERIFY(addMappingRows({OrderMappingRow{0, 0, QStringLiteral("yourReference"),
                                                QStringLiteral("field"), QStringLiteral("order_number")}}));
        QVERIFY(import());
        QCOMPARE(m_world.orders().value(QStringLiteral("7001")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("submitted"));
        const QJsonObject acme = erpOrder(QStringLiteral("WEB-7001"));
        QCOMPARE(acme.value(QStringLiteral("customerNumber")).toString(), Acme);
        QCOMPARE(acme.value(QStringLiteral("yourReference")).toString(), QStringLiteral("7001"));
        QCOMPARE(linesOf(QStringLiteral("WEB-7001")),
                 (QStringList{QStringLiteral("Item BC-1 2 x 27.50: ") + CardsName,
                              QStringLiteral("Account 6110 1 x 4.95: Flat rate"),
                              QStringLiteral("Item FEE 1 x 10.00: Rush fee")}));
        QCOMPARE(acme.value(QStringLiteral("totalAmountExcludingTax")).toDouble(), 2 * 27.5 + 4.95 + 10);
        // Shipping given only as shipping_total: a line named for what it is.
        QCOMPARE(erpOrder(QStringLiteral("WEB-7002")).value(QStringLiteral("customerNumber")).toString(),
                 QStringLiteral("WEB"));
        QCOMPARE(linesOf(QStringLiteral("WEB-7002")),
                 (QStringList{QStringLiteral("Item BC-1 2 x 27.50: ") + CardsName,
                              QStringLiteral("Account 6110 1 x 9.95: Shipping")}));
    }

    // Items 7 and 8: with line_price_source=erp and line_description=erp the product lines reach the
    // ERP bare, and it prices them for the linked customer (its own price) or the default customer
    // (the item's price); shipping keeps the shop's amount. The test order shows both prices.
    void erpPricesTheLinesForTheLinkedCustomer() {
        QVERIFY(setUpBusinessCentral({setting("line_price_source", "erp"), setting("line_description", "erp"),
                                      setting("shipping_line_type", "item"),
                                      setting("shipping_line_number", "SHIP")}));
        QVERIFY(import());
        QCOMPARE(linesOf(QStringLiteral("WEB-7001")),
                 (QStringList{QStringLiteral("Item BC-1 2 x 24.00: Business cards"),
                              QStringLiteral("Item SHIP 1 x 4.95: Carriage")}));
        QCOMPARE(linesOf(QStringLiteral("WEB-7002")),
                 (QStringList{QStringLiteral("Item BC-1 2 x 30.00: Business cards"),
                              QStringLiteral("Item SHIP 1 x 9.95: Carriage")}));

        QJsonObject t = testOrder();
        QCOMPARE(t.value(QStringLiteral("customer_code")).toString(), Acme);
        QCOMPARE(t.value(QStringLiteral("line_price_source")).toString(), QStringLiteral("erp"));
        QJsonObject line = t.value(QStringLiteral("lines")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("shop_price")).toDouble(), 27.5);
        QCOMPARE(line.value(QStringLiteral("erp_price")).toDouble(), 24.0);
        QCOMPARE(line.value(QStringLiteral("order_price")).toDouble(), 24.0);

        QVERIFY(m_world.runAll({setting("line_price_source", "shop")}));
        t = testOrder();
        QCOMPARE(t.value(QStringLiteral("line_price_source")).toString(), QStringLiteral("shop"));
        line = t.value(QStringLiteral("lines")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("erp_price")).toDouble(), 24.0);
        QCOMPARE(line.value(QStringLiteral("order_price")).toDouble(), 27.5);
        QCOMPARE(m_world.sandbox.erpState().value(QStringLiteral("openSalesQuotes")).toInt(), 0);
    }

    // A charge line the ERP cannot take is refused, never dropped: Business Central's own message for
    // an account without direct posting, and Linkdesk's for a fee line with no item named.
    void chargeLinesThatCannotBeBookedWaitForReview() {
        QVERIFY(setUpBusinessCentral({setting("shipping_line_type", "account"),
                                      setting("shipping_line_number", "6199"),
                                      setting("fee_line_type", "item")}));
        QVERIFY(import());
        const QHash<QString, QJsonObject> o = m_world.orders();
        QCOMPARE(o.value(QStringLiteral("7001")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("needs_review"));
        QVERIFY2(o.value(QStringLiteral("7001"))
                     .value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("fee_line_number")),
                 qPrintable(o.value(QStringLiteral("7001")).value(QStringLiteral("reason")).toString()));
        QCOMPARE(o.value(QStringLiteral("7002")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("needs_review"));
        QVERIFY2(o.value(QStringLiteral("7002"))
                     .value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("Direct Posting must have a value in G/L Account: No.=6199")),
                 qPrintable(o.value(QStringLiteral("7002")).value(QStringLiteral("reason")).toString()));
        QVERIFY(m_world.sandbox.erpState().value(QStringLiteral("salesOrders")).toArray().isEmpty());
    }

    // Item 7, Sell-to: the customer number is the matched customer's. A mapping row for it (one an
    // old database kept, or written around the Settings page) stops the order with the reason rather
    // than being ignored or redirecting it; without the row the order goes to the matched customer.
    void sellToIsTheMatchedCustomerNeverAMappingRow() {
        QVERIFY(setUpBusinessCentral({}));
        QVERIFY(addMappingRows({OrderMappingRow{0, 0, QStringLiteral("customerNumber"),
                                                QStringLiteral("constant"), QStringLiteral("WEB")}}));
        QVERIFY(import());
        const QJsonObject held = m_world.orders().value(QStringLiteral("7001"));
        QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("needs_review"));
        QVERIFY2(held.value(QStringLiteral("reason")).toString().contains(QStringLiteral("customerNumber")),
                 qPrintable(held.value(QStringLiteral("reason")).toString()));
        QVERIFY(m_world.sandbox.erpState().value(QStringLiteral("salesOrders")).toArray().isEmpty());

        {
            auto db = Database::open(QStringLiteral("sqlite:") + m_world.databasePath());
            QVERIFY(db);
            CatalogRepository catalog(**db);
            QList<OrderMappingRow> rows = *catalog.orderMapping();
            rows.removeIf(
                [](const OrderMappingRow& r) { return r.erpField == QLatin1String("customerNumber"); });
            QVERIFY(catalog.replaceOrderMapping(rows));
        }
        QVERIFY(m_world.runAll({{QStringLiteral("orders"), QStringLiteral("rematch"), QStringLiteral("web"),
                                 QStringLiteral("7001")}}));
        QVERIFY(import());
        QCOMPARE(erpOrder(QStringLiteral("WEB-7001")).value(QStringLiteral("customerNumber")).toString(),
                 Acme);
    }

    // Tharstern: shipping as a product line with the shop's amount and name, product lines without a
    // price (line_price_source=erp) priced for the linked customer; a G/L account line is refused
    // before anything is sent, since Tharstern's orders take products only.
    void tharsternTakesShippingAsAProductAndNoAccounts() {
        const QStringList site{QStringLiteral("--tharstern-search-path"), QStringLiteral("api-ext/by-email"),
                               QStringLiteral("--tharstern-search-parameter"),
                               QStringLiteral("emailAddress")};
        QVERIFY(setUp(QStringLiteral("type=tharstern\napi_url=BASE/tharstern\nuser=api@example.com\n"
                                     "customer_search=endpoint\ncustomer_search_path=api-ext/by-email\n"
                                     "customer_search_parameter=emailAddress\n"),
                      {setting("line_price_source", "erp"), setting("shipping_line_type", "item"),
                       setting("shipping_line_number", "SHIP"), setting("fee_line_type", "account"),
                       setting("fee_line_number", "6110")},
                      site));
        QVERIFY(import());
        const QJsonObject held = m_world.orders().value(QStringLiteral("7001"));
        QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("needs_review"));
        QVERIFY2(
            held.value(QStringLiteral("reason")).toString().contains(QStringLiteral("take products only")),
            qPrintable(held.value(QStringLiteral("reason")).toString()));
        QVERIFY(erpOrder(QStringLiteral("WEB-7001")).isEmpty());
        QCOMPARE(tharsternLines(QStringLiteral("WEB-7002")),
                 (QStringList{QStringLiteral("BC-1 2 x 30.00: ") + CardsName, // WEB: the item's price
                              QStringLiteral("SHIP 1 x 9.95: Shipping")}));

        QVERIFY(m_world.runAll({setting("fee_line_type", "item"),
                                setting("fee_line_number", "FEE"),
                                {QStringLiteral("orders"), QStringLiteral("rematch"), QStringLiteral("web"),
                                 QStringLiteral("7001")}}));
        QVERIFY(import());
        QCOMPARE(tharsternLines(QStringLiteral("WEB-7001")),
                 (QStringList{QStringLiteral("BC-1 2 x 24.00: ") + CardsName, // Acme's own price
                              QStringLiteral("SHIP 1 x 4.95: Flat rate"),
                              QStringLiteral("FEE 1 x 10.00: Rush fee")}));
    }
};

QTEST_GUILESS_MAIN(TestOrderLinesEndToEnd)
#include "tst_orderlinese2e.moc"
