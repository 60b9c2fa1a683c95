#include "shop/wooorderparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace linkdesk;
using namespace linkdesk::shop;

namespace {
QJsonObject goodOrder() {
    return QJsonDocument::fromJson(R"({
        "id": 1042, "number": "1042", "status": "processing", "currency": "gbp",
        "date_modified_gmt": "2024-03-01T10:15:30", "customer_id": 77,
        "billing": {"first_name": "Ann", "last_name": "Lee", "company": "Acme Print Ltd",
                    "email": " Ann.Lee@Acme.example ", "phone": "+44 1", "country": "gb"},
        "line_items": [
            {"id": 1, "name": "Business cards", "product_id": 100, "variation_id": 0, "sku": "BC-1",
             "quantity": 2, "price": 12.5, "total": "25.00"},
            {"id": 2, "name": "Flyer A5", "product_id": 200, "variation_id": 201, "sku": "",
             "quantity": 1, "price": "9.99", "total": "9.99"}
        ]})")
        .object();
}

// Sets a value at a path like "billing.email" or "line_items[1].quantity"; an undefined value removes it.
void setPath(QJsonObject& order, const QString& path, const QJsonValue& value) {
    const auto remove = value.isUndefined();
    if (path.startsWith(QStringLiteral("line_items["))) {
        const int close = path.indexOf(QLatin1Char(']'));
        const int index = path.mid(11, close - 11).toInt();
        const QString field = path.mid(close + 2);
        QJsonArray lines = order.value(QStringLiteral("line_items")).toArray();
        if (field.isEmpty()) {
            lines[index] = value;
        } else {
            QJsonObject line = lines.at(index).toObject();
            if (remove)
                line.remove(field);
            else
                line.insert(field, value);
            lines[index] = line;
        }
        order.insert(QStringLiteral("line_items"), lines);
    } else if (path.startsWith(QStringLiteral("billing."))) {
        QJsonObject billing = order.value(QStringLiteral("billing")).toObject();
        if (remove)
            billing.remove(path.mid(8));
        else
            billing.insert(path.mid(8), value);
        order.insert(QStringLiteral("billing"), billing);
    } else {
        if (remove)
            order.remove(path);
        else
            order.insert(path, value);
    }
}
} // namespace

class TestWooOrderParser : public QObject {
    Q_OBJECT
private slots:
    void parsesAGoodOrder() {
        const ParsedOrders parsed = WooOrderParser(QStringLiteral("web")).parseOne(goodOrder());
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).message));
        QCOMPARE(parsed.orders.size(), 1);
        const StagedOrder& o = parsed.orders.first();
        QCOMPARE(o.shopCode, QStringLiteral("web"));
        QCOMPARE(o.orderNumber, QStringLiteral("1042"));
        QCOMPARE(o.shopOrderId, QStringLiteral("1042"));
        QCOMPARE(o.shopStatus, QStringLiteral("processing"));
        QVERIFY(o.status == OrderStatus::New);
        QCOMPARE(o.currency, QStringLiteral("GBP"));
        QCOMPARE(o.modifiedAt, QDateTime(QDate(2024, 3, 1), QTime(10, 15, 30), Qt::UTC));
        QCOMPARE(o.customer.shopCustomerId, QStringLiteral("77"));
        QVERIFY(!o.customer.isGuest());
        QCOMPARE(o.customer.email, QStringLiteral("Ann.Lee@Acme.example"));
        QCOMPARE(o.customer.company, QStringLiteral("Acme Print Ltd"));
        QCOMPARE(o.customer.country, QStringLiteral("GB"));
        QCOMPARE(o.customer.currency, QStringLiteral("GBP"));
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines[0].sku, QStringLiteral("BC-1"));
        QCOMPARE(o.lines[0].productId, 100);
        QCOMPARE(o.lines[0].quantity, 2.0);
        QCOMPARE(o.lines[0].unitPrice, QStringLiteral("12.5"));
        QCOMPARE(o.lines[0].total, QStringLiteral("25.00"));
        QCOMPARE(o.lines[1].sku, QString());
        QCOMPARE(o.lines[1].variationId, 201);
        QCOMPARE(o.lines[1].unitPrice, QStringLiteral("9.99"));
        QCOMPARE(o.lines[1].lineNo, 2);
        QCOMPARE(QJsonDocument::fromJson(o.rawPayload).object(), goodOrder());
    }

    void guestHasNoCustomerId() {
        QJsonObject order = goodOrder();
        order.insert(QStringLiteral("customer_id"), 0);
        const ParsedOrders parsed = WooOrderParser(QStringLiteral("web")).parseOne(order);
        QCOMPARE(parsed.orders.size(), 1);
        QVERIFY(parsed.orders.first().customer.isGuest());
        QCOMPARE(parsed.orders.first().customer.effectiveKey(), QStringLiteral("guest:ann.lee@acme.example"));
    }

    // Shipping per shipping line (else the order's shipping_total), fees per fee line.
    void chargesFromShippingAndFeeLines() {
        QJsonObject order = goodOrder();
        order.insert(QStringLiteral("shipping_total"), QStringLiteral("9.90"));
        order.insert(QStringLiteral("shipping_lines"),
                     QJsonArray{QJsonObject{{QStringLiteral("method_title"), QStringLiteral("Flat rate")},
                                            {QStringLiteral("total"), QStringLiteral("4.95")}},
                                QJsonObject{{QStringLiteral("method_title"), QStringLiteral(" Courier ")},
                                            {QStringLiteral("total"), 4.95}}});
        order.insert(QStringLiteral("fee_lines"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Loyalty discount")},
                                            {QStringLiteral("total"), QStringLiteral("-2.00")}}});
        ParsedOrders parsed = WooOrderParser(QStringLiteral("web")).parseOne(order);
        QCOMPARE(parsed.orders.size(), 1);
        QList<OrderCharge> charges = parsed.orders.first().charges;
        QCOMPARE(charges.size(), 3);
        QCOMPARE(charges[0].description, QStringLiteral("Flat rate"));
        QCOMPARE(charges[0].amount, QStringLiteral("4.95"));
        QCOMPARE(charges[1].description, QStringLiteral("Courier"));
        QCOMPARE(charges[1].amount, QStringLiteral("4.95"));
        QCOMPARE(toString(charges[2].kind), QStringLiteral("fee"));
        QCOMPARE(charges[2].amount, QStringLiteral("-2.00"));

        order.remove(QStringLiteral("shipping_lines"));
        order.remove(QStringLiteral("fee_lines"));
        parsed = WooOrderParser(QStringLiteral("web")).parseOne(order);
        charges = parsed.orders.first().charges;
        QCOMPARE(charges.size(), 1);
        QCOMPARE(toString(charges[0].kind), QStringLiteral("shipping"));
        QCOMPARE(charges[0].description, QString());
        QCOMPARE(charges[0].amount, QStringLiteral("9.90"));

        QVERIFY(WooOrderParser(QStringLiteral("web")).parseOne(goodOrder()).orders.first().charges.isEmpty());
    }

    void malformed_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
        QTest::addColumn<QString>("expected"); // part of the message
        const QJsonValue removed(QJsonValue::Undefined);
        const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
        QTest::newRow("id missing")
            << "id" << removed
            << "WooCommerce order without a readable id (number 1042) [page 1, item 3]: id is missing";
        QTest::newRow("id string") << "id" << QJsonValue("1042") << "id must be a whole number, not a string";
        QTest::newRow("id fraction") << "id" << QJsonValue(10.5) << "id must be a whole number";
        QTest::newRow("id zero") << "id" << QJsonValue(0) << "id is out of range";
        QTest::newRow("id huge") << "id" << QJsonValue(1e300) << "id is out of range";
        QTest::newRow("number missing")
            << "number" << removed << "WooCommerce order 1042 [page 1, item 3]: number is missing";
        QTest::newRow("number object")
            << "number" << QJsonValue(QJsonObject{}) << "number must be a string, not an object";
        QTest::newRow("number empty") << "number" << QJsonValue("  ") << "number is empty";
        QTest::newRow("status null") << "status" << QJsonValue(QJsonValue::Null) << "status is null";
        QTest::newRow("currency number")
            << "currency" << QJsonValue(978) << "currency must be a string, not a number";
        QTest::newRow("date bad") << "date_modified_gmt" << QJsonValue("yesterday")
                                  << "date_modified_gmt is not an ISO 8601 date";
        QTest::newRow("customer negative")
            << "customer_id" << QJsonValue(-3) << "customer_id is out of range";
        QTest::newRow("customer bool")
            << "customer_id" << QJsonValue(true) << "customer_id must be a whole number, not a boolean";
        QTest::newRow("billing array")
            << "billing" << QJsonValue(QJsonArray{}) << "billing must be an object, not an array";
        QTest::newRow("billing missing") << "billing" << removed << "billing is missing";
        QTest::newRow("email number")
            << "billing.email" << QJsonValue(5) << "billing.email must be a string, not a number";
        QTest::newRow("email 10 MB") << "billing.email" << QJsonValue(huge)
                                     << "WooCommerce order 1042 [page 1, item 3]: billing.email is 10485760 "
                                        "characters long (at most 320)";
        QTest::newRow("company 10 MB")
            << "billing.company" << QJsonValue(huge) << "billing.company is 10485760 characters long";
        QTest::newRow("lines missing") << "line_items" << removed << "line_items is missing";
        QTest::newRow("lines object")
            << "line_items" << QJsonValue(QJsonObject{}) << "line_items must be an array, not an object";
        QTest::newRow("lines empty") << "line_items" << QJsonValue(QJsonArray{}) << "line_items is empty";
        QTest::newRow("line not object")
            << "line_items[1]" << QJsonValue("x") << "line_items[1] must be an object, not a string";
        QTest::newRow("quantity negative") << "line_items[1].quantity" << QJsonValue(-2)
                                           << "WooCommerce order 1042 [page 1, item 3]: "
                                              "line_items[1].quantity must not be negative (got -2)";
        QTest::newRow("quantity zero")
            << "line_items[0].quantity" << QJsonValue(0) << "line_items[0].quantity must be more than 0";
        QTest::newRow("quantity absurd")
            << "line_items[0].quantity" << QJsonValue(1e12) << "line_items[0].quantity is absurdly large";
        QTest::newRow("quantity text") << "line_items[0].quantity" << QJsonValue("two")
                                       << "line_items[0].quantity must be a decimal number";
        QTest::newRow("quantity missing")
            << "line_items[0].quantity" << removed << "line_items[0].quantity is missing";
        QTest::newRow("price negative")
            << "line_items[0].price" << QJsonValue(-1) << "line_items[0].price must not be negative";
        QTest::newRow("price array") << "line_items[0].price" << QJsonValue(QJsonArray{1})
                                     << "line_items[0].price must be a number, not an array";
        QTest::newRow("price exponent")
            << "line_items[0].price" << QJsonValue("1e5") << "line_items[0].price must be a decimal number";
        QTest::newRow("product_id string") << "line_items[0].product_id" << QJsonValue("100")
                                           << "line_items[0].product_id must be a whole number";
        QTest::newRow("sku 10 MB") << "line_items[0].sku" << QJsonValue(huge)
                                   << "line_items[0].sku is 10485760 characters long (at most 100)";
        QTest::newRow("no product") << "line_items[1].product_id" << QJsonValue(0)
                                    << "line_items[1].sku is empty and product_id is 0";
        QTest::newRow("shipping_lines object") << "shipping_lines" << QJsonValue(QJsonObject{})
                                               << "shipping_lines must be an array, not an object";
        QTest::newRow("shipping line without total")
            << "shipping_lines" << QJsonValue(QJsonArray{QJsonObject{{"method_title", "Flat rate"}}})
            << "shipping_lines[0].total is missing";
        QTest::newRow("shipping negative")
            << "shipping_total" << QJsonValue("-4.95") << "shipping_total must not be negative";
        QTest::newRow("fee text") << "fee_lines" << QJsonValue(QJsonArray{QJsonObject{{"total", "lots"}}})
                                  << "fee_lines[0].total must be a decimal number";
        QTest::newRow("unknown field 10 MB") << "meta_data" << QJsonValue(huge)
                                             << "WooCommerce order 1042 [page 1, item 3]: the order is 10486";
    }

    void malformed() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject order = goodOrder();
        setPath(order, path, value);
        const ParsedOrders parsed =
            WooOrderParser(QStringLiteral("web")).parseOne(order, QStringLiteral("page 1, item 3"));
        QCOMPARE(parsed.orders.size(), 0);
        QCOMPARE(parsed.errors.size(), 1);
        const OrderParseError& e = parsed.errors.first();
        QVERIFY2(e.message.contains(expected), qPrintable(e.message.left(300)));
        QVERIFY2(e.message.contains(QStringLiteral("[page 1, item 3]")), qPrintable(e.message.left(300)));
        QVERIFY2(e.message.size() < 1000, "the message must stay readable, not quote the input");
        QVERIFY(!e.raw.isEmpty());
        QVERIFY(e.raw.size() <= OrderParseError::kMaxRawBytes);
        if (!e.rawTruncated)
            QCOMPARE(QJsonDocument::fromJson(e.raw).object(), order);
        else
            QVERIFY(e.message.contains(QStringLiteral("kept only up to")));

        const StagedOrder q = e.toQuarantinedOrder(QStringLiteral("web"));
        QVERIFY(q.status == OrderStatus::Quarantined);
        QCOMPARE(q.reason, e.message);
        QCOMPARE(q.rawPayload, e.raw);
        QVERIFY(!q.orderNumber.isEmpty());
        if (path != QLatin1String("number"))
            QCOMPARE(q.orderNumber, QStringLiteral("1042"));
    }

    void arrayKeepsGoodOrdersAndReportsEachBadOne() {
        QJsonObject bad = goodOrder();
        bad.insert(QStringLiteral("id"), 2000);
        bad.insert(QStringLiteral("number"), QStringLiteral("2000"));
        setPath(bad, QStringLiteral("line_items[0].quantity"), -1);
        QJsonObject good2 = goodOrder();
        good2.insert(QStringLiteral("id"), 3000);
        good2.insert(QStringLiteral("number"), QStringLiteral("3000"));
        const QJsonArray all{goodOrder(), bad, 42, good2};
        const ParsedOrders parsed = WooOrderParser(QStringLiteral("web")).parseArray(all);
        QCOMPARE(parsed.orders.size(), 2);
        QCOMPARE(parsed.orders[0].orderNumber, QStringLiteral("1042"));
        QCOMPARE(parsed.orders[1].orderNumber, QStringLiteral("3000"));
        QCOMPARE(parsed.errors.size(), 2);
        QVERIFY(parsed.errors[0].message.contains(
            QStringLiteral("WooCommerce order 2000 [item 2]: line_items[0].quantity")));
        QCOMPARE(parsed.errors[0].orderNumber, QStringLiteral("2000"));
        QVERIFY(parsed.errors[1].message.contains(
            QStringLiteral("[item 3]: expected an order object, got a number")));
        QCOMPARE(parsed.allForStore(QStringLiteral("web")).size(), 4);
    }

    void documentThatIsNotJson() {
        const ParsedOrders parsed =
            WooOrderParser(QStringLiteral("web")).parseDocument("[{\"id\": 1,", QStringLiteral("a.json"));
        QCOMPARE(parsed.orders.size(), 0);
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY(parsed.errors[0].message.contains(QStringLiteral("not valid JSON")));
        QCOMPARE(parsed.errors[0].raw, QByteArray("[{\"id\": 1,"));
        QVERIFY(parsed.errors[0]
                    .toQuarantinedOrder(QStringLiteral("web"))
                    .orderNumber.startsWith(QStringLiteral("quarantine-")));
    }
};

QTEST_GUILESS_MAIN(TestWooOrderParser)
#include "tst_wooorderparser.moc"
