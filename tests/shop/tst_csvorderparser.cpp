#include "shop/csvorderparser.h"

#include <QFile>
#include <QTest>

using namespace linkdesk;
using namespace linkdesk::shop;

namespace {
const QString kHeader = QStringLiteral(
    "order_number,order_id,status,date_modified_gmt,currency,customer_id,email,first_name,last_name,company,"
    "country,phone,vat_number,sku,product_id,variation_id,name,quantity,unit_price,total\n");
const QString kGood =
    kHeader +
    QStringLiteral(
        "A-1,11,processing,2024-03-01T10:00:00,GBP,77,ann@acme.example,Ann,Lee,\"Acme, "
        "Ltd\",GB,,GB123,BC-1,100,0,Cards,2,12.50,25.00\n"
        "A-2,12,processing,2024-03-01T11:00:00,EUR,0,guest@example.com,G,B,,DE,,,,200,201,Flyer,1,9.99,9.99\n"
        "A-1,11,processing,2024-03-01T10:00:00,GBP,77,ann@acme.example,Ann,Lee,\"Acme, "
        "Ltd\",GB,,GB123,FL-5,0,0,Flyers,3,1,3\n");
} // namespace

class TestCsvOrderParser : public QObject {
    Q_OBJECT
private slots:
    void groupsLinesIntoOrders() {
        const ParsedOrders parsed =
            CsvOrderParser(QStringLiteral("files")).parse(kGood, QStringLiteral("a.csv"));
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).message));
        QCOMPARE(parsed.orders.size(), 2);
        const StagedOrder& a1 = parsed.orders[0];
        QCOMPARE(a1.orderNumber, QStringLiteral("A-1"));
        QCOMPARE(a1.shopOrderId, QStringLiteral("11"));
        QCOMPARE(a1.currency, QStringLiteral("GBP"));
        QCOMPARE(a1.modifiedAt, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(a1.customer.shopCustomerId, QStringLiteral("77"));
        QCOMPARE(a1.customer.company, QStringLiteral("Acme, Ltd"));
        QCOMPARE(a1.customer.vatNumber, QStringLiteral("GB123"));
        QCOMPARE(a1.lines.size(), 2);
        QCOMPARE(a1.lines[0].sku, QStringLiteral("BC-1"));
        QCOMPARE(a1.lines[0].unitPrice, QStringLiteral("12.50"));
        QCOMPARE(a1.lines[1].sku, QStringLiteral("FL-5"));
        QCOMPARE(a1.lines[1].quantity, 3.0);
        QCOMPARE(a1.lines[1].lineNo, 2);
        QVERIFY(a1.rawPayload.contains("BC-1") && a1.rawPayload.contains("FL-5") &&
                !a1.rawPayload.contains("A-2"));
        const StagedOrder& a2 = parsed.orders[1];
        QVERIFY(a2.customer.isGuest());
        QCOMPARE(a2.lines[0].productId, 200);
        QCOMPARE(a2.lines[0].variationId, 201);
    }

    // shipping_total: an order column (the same on each of its rows), one shipping charge.
    void shippingTotalIsTheOrdersShipping() {
        const QString text =
            QStringLiteral("order_number,currency,sku,quantity,unit_price,shipping_total\n"
                           "S-1,GBP,BC-1,2,12.50,4.95\nS-1,GBP,FL-5,1,3,4.95\n"
                           "S-2,GBP,BC-1,1,12.50,\nS-3,GBP,BC-1,1,12.50,4.95\nS-3,GBP,FL-5,1,3,5\n"
                           "S-4,GBP,BC-1,1,12.50,-1\n");
        const ParsedOrders parsed = CsvOrderParser(QStringLiteral("files")).parse(text);
        QCOMPARE(parsed.orders.size(), 2);
        QCOMPARE(parsed.orders[0].charges.size(), 1);
        QCOMPARE(toString(parsed.orders[0].charges[0].kind), QStringLiteral("shipping"));
        QCOMPARE(parsed.orders[0].charges[0].amount, QStringLiteral("4.95"));
        QVERIFY(parsed.orders[1].charges.isEmpty()); // S-2: no shipping
        QCOMPARE(parsed.errors.size(), 2);
        QVERIFY2(
            parsed.errors[0].message.contains(QStringLiteral("shipping_total is \"5\" here but \"4.95\"")),
            qPrintable(parsed.errors[0].message));
        QVERIFY2(
            parsed.errors[1].message.contains(QStringLiteral("shipping_total must be a decimal number of 0")),
            qPrintable(parsed.errors[1].message));
    }

    void minimalHeaderAnyOrder() {
        const QString text =
            QStringLiteral("\xFEFFQuantity,SKU,unit_price,currency,order_number\r\n2,X,1.5,gbp,9\r\n");
        const ParsedOrders parsed = CsvOrderParser(QStringLiteral("files")).parse(text);
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).message));
        QCOMPARE(parsed.orders.size(), 1);
        QCOMPARE(parsed.orders[0].currency, QStringLiteral("GBP"));
        QVERIFY(parsed.orders[0].customer.isGuest());
        QVERIFY(!parsed.orders[0].modifiedAt.isValid());
    }

    void wholeFileErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << "the file is empty";
        QTest::newRow("unknown column") << "order_number,currency,quantity,unit_price,sku,qty\n"
                                        << "unknown column \"qty\"";
        QTest::newRow("twice") << "order_number,currency,quantity,unit_price,sku,SKU\n"
                               << "column sku appears twice";
        QTest::newRow("no price") << "order_number,currency,quantity,sku\n"
                                  << "no unit_price column";
        QTest::newRow("no product") << "order_number,currency,quantity,unit_price\n"
                                    << "neither a sku nor a product_id";
        QTest::newRow("open quote") << "order_number,currency,quantity,unit_price,sku\n1,GBP,1,1,\"X\n"
                                    << "not readable as CSV";
    }
    void wholeFileErrors() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ParsedOrders parsed =
            CsvOrderParser(QStringLiteral("files")).parse(text, QStringLiteral("b.csv"));
        QCOMPARE(parsed.orders.size(), 0);
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY2(parsed.errors[0].message.startsWith(QStringLiteral("b.csv: ")),
                 qPrintable(parsed.errors[0].message));
        QVERIFY2(parsed.errors[0].message.contains(expected), qPrintable(parsed.errors[0].message));
        QCOMPARE(parsed.errors[0].raw, text.toUtf8());
    }

    void badOrderDoesNotSinkTheOthers_data() {
        QTest::addColumn<QString>("row"); // replaces order B's only row
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative quantity")
            << "B,GBP,-2,1.00,X"
            << "b.csv, order B (row 3): quantity must not be negative (got -2)";
        QTest::newRow("zero quantity") << "B,GBP,0,1.00,X"
                                       << "quantity must be more than 0";
        QTest::newRow("text quantity") << "B,GBP,two,1.00,X"
                                       << "quantity must be a decimal number like 12.50 (got \"two\")";
        QTest::newRow("negative price") << "B,GBP,1,-1,X"
                                        << "unit_price must not be negative";
        QTest::newRow("empty price") << "B,GBP,1,,X"
                                     << "unit_price is empty";
        QTest::newRow("no sku") << "B,GBP,1,1,"
                                << "the line names no product";
        QTest::newRow("no currency") << "B,,1,1,X"
                                     << "currency is empty";
        QTest::newRow("short row") << "B,GBP,1"
                                   << "has 3 fields, the header has 5";
        QTest::newRow("long sku") << "B,GBP,1,1," + QString(10 * 1024 * 1024, QLatin1Char('s'))
                                  << "sku is 10485760 characters long (at most 100)";
        QTest::newRow("no number") << ",GBP,1,1,X"
                                   << "b.csv, row 3: order_number is empty";
    }
    void badOrderDoesNotSinkTheOthers() {
        QFETCH(QString, row);
        QFETCH(QString, expected);
        const QString text = QStringLiteral("order_number,currency,quantity,unit_price,sku\nA,GBP,1,1,X\n") +
                             row + QStringLiteral("\nC,GBP,1,1,X\n");
        const ParsedOrders parsed =
            CsvOrderParser(QStringLiteral("files")).parse(text, QStringLiteral("b.csv"));
        QCOMPARE(parsed.orders.size(), 2);
        QCOMPARE(parsed.orders[0].orderNumber, QStringLiteral("A"));
        QCOMPARE(parsed.orders[1].orderNumber, QStringLiteral("C"));
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY2(parsed.errors[0].message.contains(expected), qPrintable(parsed.errors[0].message.left(300)));
        QVERIFY(parsed.errors[0].message.size() < 1000);
        QVERIFY(parsed.errors[0].raw.startsWith("order_number,currency,quantity,unit_price,sku\n"));
        QVERIFY(!parsed.errors[0].raw.contains("\nA,"));
        QCOMPARE(parsed.allForStore(QStringLiteral("files")).size(), 3);
    }

    void exampleInTheDocsParses() {
        QFile doc(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../docs/order-files.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype start = text.indexOf(QStringLiteral("```csv\n"));
        QVERIFY(start >= 0);
        const qsizetype end = text.indexOf(QStringLiteral("```"), start + 7);
        const ParsedOrders parsed =
            CsvOrderParser(QStringLiteral("files")).parse(text.mid(start + 7, end - start - 7));
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).message));
        QCOMPARE(parsed.orders.size(), 2);
        QCOMPARE(parsed.orders[0].lines.size(), 2);
        QCOMPARE(parsed.orders[0].customer.company, QStringLiteral("Acme, Ltd"));
        QCOMPARE(parsed.orders[0].lines[1].productId, 200);
        QVERIFY(parsed.orders[1].customer.isGuest());
        // Every column the parser knows is documented.
        for (const QString& column : CsvOrderParser::knownColumns())
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(column)), qPrintable(column));
    }

    void orderColumnsMustAgree() {
        const QString text = QStringLiteral("order_number,currency,email,quantity,unit_price,sku\n"
                                            "A,GBP,a@x.example,1,1,X\nA,GBP,b@x.example,1,1,Y\n");
        const ParsedOrders parsed = CsvOrderParser(QStringLiteral("files")).parse(text);
        QCOMPARE(parsed.orders.size(), 0);
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY2(parsed.errors[0].message.contains(
                     QStringLiteral("order A (row 3): email is \"b@x.example\" here but "
                                    "\"a@x.example\" on row 2")),
                 qPrintable(parsed.errors[0].message));
        QCOMPARE(parsed.errors[0].orderNumber, QStringLiteral("A"));
    }
};

QTEST_GUILESS_MAIN(TestCsvOrderParser)
#include "tst_csvorderparser.moc"
