// SalesOrderBuilder: the sales order a matched staged order becomes. The header: the matched customer
// and the external document number always, every other field as the order mapping says (a mapping
// row for a field the order sets itself is refused, not ignored). The lines: as the order-line
// settings say, product lines and then shipping and fee lines.
#include "domainprinters.h"
#include "erp/salesorderbuilder.h"
#include "testorders.h"

#include <QTest>

using namespace linkdesk;

namespace {

StagedOrder order() {
    StagedOrder o = test::stagedOrder(QStringLiteral("1001"), {}, QStringLiteral("orders@acme.example"));
    o.erpCustomerNumber = QStringLiteral("C00001");
    OrderLine line = test::orderLine(1, QStringLiteral("BC-1"), 2, QStringLiteral("Business cards"),
                                     QStringLiteral("27.50"));
    line.erpItemNumber = QStringLiteral("1000");
    o.lines = {line};
    o.charges = {
        OrderCharge{OrderCharge::Kind::Shipping, QStringLiteral("Flat rate"), QStringLiteral("4.95")},
        OrderCharge{OrderCharge::Kind::Fee, QString(), QStringLiteral("-2.00")},
        OrderCharge{OrderCharge::Kind::Shipping, QStringLiteral("Free"), QStringLiteral("0.00")}};
    return o;
}

OrderMappingRow row(const char* erpField, const char* kind, const char* value) {
    return {0, 0, QLatin1String(erpField), QLatin1String(kind), QLatin1String(value)};
}

// "Item 1000 x2 @27.5 'Business cards'" for comparing lines in one go.
QStringList describe(const QList<ErpOrderLine>& lines) {
    QStringList out;
    for (const ErpOrderLine& l : lines)
        out << QStringLiteral("%1 %2 x%3 @%4 '%5'")
                   .arg(l.type == ErpOrderLine::Type::Account ? QStringLiteral("Account")
                                                              : QStringLiteral("Item"),
                        l.itemNumber)
                   .arg(l.quantity)
                   .arg(l.unitPrice ? QString::number(*l.unitPrice) : QStringLiteral("-"))
                   .arg(l.description);
    return out;
}

} // namespace

class TestSalesOrderBuilder : public QObject {
    Q_OBJECT

private slots:
    void headerFromTheOrderAndTheMapping() {
        const auto built = SalesOrderBuilder::build(
            order(),
            {row("currencyCode", "field", "currency"), row("yourReference", "field", "order_number"),
             row("shipmentMethodCode", "constant", "DHL"), row("email", "field", "email")},
            OrderLineSettings());
        QVERIFY2(built, qPrintable(built.message()));
        QCOMPARE(built->customerNumber, QStringLiteral("C00001"));
        QCOMPARE(built->externalDocumentNumber, QStringLiteral("WEB-1001"));
        QCOMPARE(built->extraFields.value(QStringLiteral("currencyCode")).toString(), QStringLiteral("GBP"));
        QCOMPARE(built->extraFields.value(QStringLiteral("yourReference")).toString(),
                 QStringLiteral("1001"));
        QCOMPARE(built->extraFields.value(QStringLiteral("shipmentMethodCode")).toString(),
                 QStringLiteral("DHL"));
        QCOMPARE(built->extraFields.size(), 4);
    }

    void aRowForAFieldTheOrderSetsIsRefused_data() {
        QTest::addColumn<QString>("erpField");
        for (const char* field : {"customerNumber", "CustomerNumber", "customerId", "externalDocumentNumber",
                                  "salesOrderLines", "InvoiceCustomer", "UniqueSubmitOrderID", "Items"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }
    void aRowForAFieldTheOrderSetsIsRefused() {
        QFETCH(QString, erpField);
        QVERIFY(SalesOrderBuilder::isFixedField(erpField));
        const auto built = SalesOrderBuilder::build(
            order(), {OrderMappingRow{0, 0, erpField, QStringLiteral("constant"), QStringLiteral("WEB")}},
            OrderLineSettings());
        QVERIFY(!built);
        QCOMPARE_NAMED(built.error().kind, ErrorKind::Configuration);
        QVERIFY2(built.message().contains(erpField), qPrintable(built.message()));
        QVERIFY(!SalesOrderBuilder::isFixedField(QStringLiteral("billToCustomerNumber")));
    }

    void linesAsTheSettingsSay_data() {
        QTest::addColumn<LineSource>("description");
        QTest::addColumn<LineSource>("price");
        QTest::addColumn<ChargeLineType>("shipping");
        QTest::addColumn<ChargeLineType>("fee");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("defaults: the shop's text and price, no charges")
            << LineSource::Shop << LineSource::Shop << ChargeLineType::None << ChargeLineType::None
            << QStringList{QStringLiteral("Item 1000 x2 @27.5 'Business cards'")};
        QTest::newRow("the ERP's text and price; charges keep the shop's amount")
            << LineSource::Erp << LineSource::Erp << ChargeLineType::Item << ChargeLineType::Account
            << QStringList{QStringLiteral("Item 1000 x2 @- ''"), QStringLiteral("Item SHIP x1 @4.95 ''"),
                           QStringLiteral("Account 6120 x1 @-2 ''")};
        QTest::newRow("shipping on a G/L account, named as the shop names it; nothing charged, no line")
            << LineSource::Shop << LineSource::Shop << ChargeLineType::Account << ChargeLineType::Item
            << QStringList{QStringLiteral("Item 1000 x2 @27.5 'Business cards'"),
                           QStringLiteral("Account 6110 x1 @4.95 'Flat rate'"),
                           QStringLiteral("Item FEE x1 @-2 'Fee'")};
    }
    void linesAsTheSettingsSay() {
        QFETCH(LineSource, description);
        QFETCH(LineSource, price);
        QFETCH(ChargeLineType, shipping);
        QFETCH(ChargeLineType, fee);
        QFETCH(QStringList, lines);
        OrderLineSettings settings;
        settings.description = description;
        settings.price = price;
        settings.shipping.type = shipping;
        settings.shipping.number =
            shipping == ChargeLineType::Account ? QStringLiteral("6110") : QStringLiteral("SHIP");
        settings.fee.type = fee;
        settings.fee.number = fee == ChargeLineType::Account ? QStringLiteral("6120") : QStringLiteral("FEE");
        const auto built = SalesOrderBuilder::build(order(), {}, settings);
        QVERIFY2(built, qPrintable(built.message()));
        QCOMPARE(describe(built->lines), lines);
    }

    void aChargeLineWithoutItsNumberIsRefused() {
        OrderLineSettings settings;
        settings.shipping.type = ChargeLineType::Item;
        const auto built = SalesOrderBuilder::build(order(), {}, settings);
        QVERIFY(!built);
        QCOMPARE_NAMED(built.error().kind, ErrorKind::Configuration);
        QVERIFY2(built.message().contains(QStringLiteral("shipping_line_number")),
                 qPrintable(built.message()));
    }

    void aLineWithoutItsShopPriceIsRefusedWhenTheShopPrices() {
        StagedOrder o = order();
        o.lines[0].unitPrice.clear();
        QVERIFY(!SalesOrderBuilder::build(o, {}, OrderLineSettings()));
        OrderLineSettings erp;
        erp.price = LineSource::Erp;
        QVERIFY(SalesOrderBuilder::build(o, {}, erp));
    }

    void settingsReadFromTheirKeys() {
        const QHash<QString, QString> values{{SettingKey::LineDescription, QStringLiteral("erp")},
                                             {SettingKey::LinePriceSource, QStringLiteral("erp")},
                                             {SettingKey::ShippingLineType, QStringLiteral("account")},
                                             {SettingKey::ShippingLineNumber, QStringLiteral(" 6110 ")},
                                             {SettingKey::FeeLineType, QStringLiteral("item")},
                                             {SettingKey::FeeLineNumber, QStringLiteral("FEE")}};
        const ShopSettings s =
            ShopSettings::fromValues([&](const QString& key) { return values.value(key); });
        QCOMPARE(s.lines.description, LineSource::Erp);
        QCOMPARE(s.lines.price, LineSource::Erp);
        QCOMPARE(s.lines.shipping.type, ChargeLineType::Account);
        QCOMPARE(s.lines.shipping.number, QStringLiteral("6110"));
        QCOMPARE(s.lines.fee.type, ChargeLineType::Item);
        const ShopSettings d = ShopSettings::defaults();
        QCOMPARE(d.lines.price, LineSource::Shop);
        QCOMPARE(d.lines.description, LineSource::Shop);
        QCOMPARE(d.lines.shipping.type, ChargeLineType::None);
        QCOMPARE(d.lines.fee.type, ChargeLineType::None);
    }
};

QTEST_GUILESS_MAIN(TestSalesOrderBuilder)
#include "tst_salesorderbuilder.moc"
