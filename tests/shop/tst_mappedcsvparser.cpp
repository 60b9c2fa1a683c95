#include "shop/mappedcsvparser.h"
#include "shopifyexport.h"

#include <QTest>

using namespace linkdesk;
using namespace linkdesk::shop;

namespace {
ParsedOrders shopifyParse(const QByteArray& bytes) {
    return MappedCsvParser(QStringLiteral("shopify"), shopifyLayout())
        .parse(QString::fromUtf8(bytes), QStringLiteral("orders_export_1.csv"));
}

const StagedOrder* find(const ParsedOrders& parsed, const QString& number) {
    for (const StagedOrder& o : parsed.orders)
        if (o.orderNumber == number)
            return &o;
    return nullptr;
}

ColumnMapping mapping(const QList<std::pair<QString, QString>>& entries) {
    auto m = ColumnMapping::fromSection(entries, QStringLiteral("[shop.de.columns]"));
    if (!m)
        qFatal("%s", qPrintable(m.message()));
    return *m;
}

// A German shop tool's export: semicolons, decimal commas, day-first dates, a quoted ; in a company.
const QString kGerman = QStringLiteral(
    "Bestellnummer;Datum;E-Mail;Firma;Vorname;Nachname;Land;Artikelnummer;Bezeichnung;Menge;Einzelpreis;"
    "W\u00e4hrung\r\n"
    "10001;01.03.2024 10:15;anna@example.de;\"Druck & Co; "
    "GmbH\";Anna;Schmidt;de;BC-1;Visitenkarten;2;12,50;EUR\r\n"
    "10002;02.03.2024 09:00;ben@example.at;;Ben;Huber;AT;BC-1;Visitenkarten;1;14,00;EUR\r\n"
    "10001;01.03.2024 10:15;anna@example.de;\"Druck & Co; GmbH\";Anna;Schmidt;de;FL-A5;Flyer "
    "A5;500;0,08;EUR\r\n"
    ";;;;;;;;;;;\r\n");
const QList<std::pair<QString, QString>> kGermanMapping{
    {QStringLiteral("number"), QStringLiteral("Bestellnummer")},
    {QStringLiteral("date"), QStringLiteral("Datum")},
    {QStringLiteral("email"), QStringLiteral("E-Mail")},
    {QStringLiteral("company"), QStringLiteral("Firma")},
    {QStringLiteral("first_name"), QStringLiteral("Vorname")},
    {QStringLiteral("last_name"), QStringLiteral("Nachname")},
    {QStringLiteral("country"), QStringLiteral("Land")},
    {QStringLiteral("sku"), QStringLiteral("Artikelnummer")},
    {QStringLiteral("product_name"), QStringLiteral("Bezeichnung")},
    {QStringLiteral("quantity"), QStringLiteral("Menge")},
    {QStringLiteral("price"), QStringLiteral("Einzelpreis")},
    {QStringLiteral("currency"), QStringLiteral("W\u00e4hrung")},
    {QStringLiteral("delimiter"), QStringLiteral(";")},
    {QStringLiteral("decimal"), QStringLiteral(",")},
    {QStringLiteral("date_format"), QStringLiteral("dd.MM.yyyy HH:mm")}};
} // namespace

class TestMappedCsvParser : public QObject {
    Q_OBJECT
private slots:
    void readsAShopifyExportAsShopifyWritesIt() {
        const ParsedOrders parsed = shopifyParse(shopify::exportFile());
        QCOMPARE(parsed.orders.size(), 4);
        QCOMPARE(parsed.errors.size(), 1);

        const StagedOrder* a = find(parsed, QStringLiteral("1001"));
        QVERIFY(a);
        QCOMPARE(a->shopOrderId, QStringLiteral("5123456789012"));
        QCOMPARE(a->shopStatus, QStringLiteral("paid"));
        QCOMPARE(a->currency, QStringLiteral("EUR"));
        QCOMPARE(a->modifiedAt, QDateTime(QDate(2024, 3, 5), QTime(13, 23, 11), Qt::UTC));
        // No customer id in the export: a guest, known by e-mail (matched under guest_policy).
        QVERIFY(a->customer.isGuest());
        QCOMPARE(a->customer.key, QStringLiteral("guest:ann@acme.example"));
        QCOMPARE(a->customer.email, QStringLiteral("ann@acme.example"));
        QCOMPARE(a->customer.firstName, QStringLiteral("Ann"));
        QCOMPARE(a->customer.lastName, QStringLiteral("Lee"));
        QCOMPARE(a->customer.company, QStringLiteral("Acme, Ltd"));
        QCOMPARE(a->customer.country, QStringLiteral("IE"));
        QCOMPARE(a->customer.phone, QStringLiteral("+353 1 555 0100"));
        QCOMPARE(a->customer.currency, QStringLiteral("EUR"));
        QCOMPARE(a->lines.size(), 3);
        QCOMPARE(a->lines[0].sku, QStringLiteral("BC-1"));
        QCOMPARE(a->lines[0].quantity, 2.0);
        QCOMPARE(a->lines[0].unitPrice, QStringLiteral("12.50"));
        QCOMPARE(a->lines[1].sku, QStringLiteral("FL-A5"));
        QCOMPARE(a->lines[1].quantity, 500.0);
        QCOMPARE(a->lines[2].name, QStringLiteral("Poster A2, matt"));
        QCOMPARE(a->lines[2].lineNo, 3);
        QCOMPARE(a->charges.size(), 1); // Shipping, named by its Shipping Method
        QCOMPARE(toString(a->charges[0].kind), QStringLiteral("shipping"));
        QCOMPARE(a->charges[0].amount, QStringLiteral("7.50"));
        QCOMPARE(a->charges[0].description, QStringLiteral("Standard"));
        // The raw payload is the header and the order's own rows, the two-line note intact.
        QVERIFY(a->rawPayload.startsWith("Name,Email,Financial Status"));
        QVERIFY(a->rawPayload.contains("\"Deliver to the back door, \"\"Gate 2\"\".\r\nCall before.\""));
        QVERIFY(!a->rawPayload.contains("#1002"));
        QCOMPARE(parsed.rowsOf.value(QStringLiteral("1001")), (QList<int>{2, 3, 4}));

        const StagedOrder* b = find(parsed, QStringLiteral("1002"));
        QVERIFY(b);
        QCOMPARE(b->customer.firstName, QStringLiteral("Zo\u00eb"));
        QCOMPARE(b->customer.lastName, QStringLiteral("M\u00fcller"));
        QCOMPARE(b->customer.phone, QStringLiteral("+49 30 5550100")); // the order's Phone column
        QCOMPARE(parsed.rowsOf.value(QStringLiteral("1002")), QList<int>{5});
        QCOMPARE(b->charges.size(), 1);
        QCOMPARE(b->charges[0].amount, QStringLiteral("0.00"));
        QVERIFY(find(parsed, QStringLiteral("1003"))->charges.isEmpty()); // no Shipping column filled

        const StagedOrder* c = find(parsed, QStringLiteral("1003"));
        QVERIFY(c);
        QCOMPARE(c->currency, QStringLiteral("GBP"));
        QVERIFY(c->lines[0].sku.isEmpty());
        QCOMPARE(c->lines[0].describe().contains(QStringLiteral("Design service (custom)")), true);

        const StagedOrder* e = find(parsed, QStringLiteral("1005"));
        QVERIFY(e);
        QCOMPARE(e->shopStatus, QStringLiteral("cancelled"));

        // The bad row costs its own order only, and says where it is and what is wrong.
        const OrderParseError& bad = parsed.errors.first();
        QCOMPARE(bad.orderNumber, QStringLiteral("1004"));
        QCOMPARE(bad.shopOrderId, QStringLiteral("5123456789015"));
        QCOMPARE(bad.rows, (QList<int>{7, 8}));
        QVERIFY2(bad.message.startsWith(QStringLiteral("orders_export_1.csv, order 1004 (row 8 (line 9)): ")),
                 qPrintable(bad.message));
        QVERIFY2(bad.message.contains(QStringLiteral("\"Lineitem quantity\" is \"two\", not a number")),
                 qPrintable(bad.message));
        QVERIFY(bad.raw.contains("two"));
        const StagedOrder q = bad.toQuarantinedOrder(QStringLiteral("shopify"));
        QCOMPARE(q.orderNumber, QStringLiteral("1004"));
        QCOMPARE(toString(q.status), toString(OrderStatus::Quarantined));
    }

    void shopifyExportWithLfAndNoByteOrderMark() {
        QByteArray bytes = shopify::exportFile();
        bytes.remove(0, 3);
        bytes.replace("\r\n", "\n");
        const ParsedOrders parsed = shopifyParse(bytes);
        QCOMPARE(parsed.orders.size(), 4);
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY(find(parsed, QStringLiteral("1001"))->rawPayload.contains("\"Gate 2\"\".\nCall"));
    }

    void shopifyOrderRowsMustStayTogether() {
        // Two exports pasted into one file: #1001's lines would count twice.
        QByteArray bytes = shopify::exportFile();
        const QByteArray again = bytes.mid(bytes.indexOf("#1001"));
        bytes += again.left(again.indexOf("#1002"));
        const ParsedOrders parsed = shopifyParse(bytes);
        QVERIFY(!find(parsed, QStringLiteral("1001")));
        bool named = false;
        for (const OrderParseError& e : parsed.errors)
            named = named || (e.orderNumber == QLatin1String("1001") &&
                              e.message.contains(QStringLiteral("not next to each other")));
        QVERIFY(named);
        QVERIFY(find(parsed, QStringLiteral("1002")));
    }

    void laterRowsMustAgreeWithTheFirst() {
        using namespace shopify;
        QByteArray bytes = "\xEF\xBB\xBF" + header().join(QLatin1Char(',')).toUtf8() + "\r\n";
        bytes +=
            row(line(orderRow(QStringLiteral("#7"), QStringLiteral("a@example.com"), QStringLiteral("EUR"),
                              QStringLiteral("2024-01-01 10:00:00 +0000")),
                     QStringLiteral("1"), QStringLiteral("X"), QStringLiteral("1.00"), QStringLiteral("X")),
                true);
        bytes += row(line(later(QStringLiteral("#7"), QStringLiteral("b@example.com")), QStringLiteral("1"),
                          QStringLiteral("Y"), QStringLiteral("1.00"), QStringLiteral("Y")),
                     false);
        const ParsedOrders parsed = shopifyParse(bytes);
        QCOMPARE(parsed.orders.size(), 0);
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY2(parsed.errors[0].message.contains(QStringLiteral(
                     "(row 3): \"Email\" is \"b@example.com\" here but \"a@example.com\" on row 2")),
                 qPrintable(parsed.errors[0].message));
    }

    void notAShopifyExportIsOneErrorNamingTheColumn() {
        const ParsedOrders parsed =
            shopifyParse("order_number,currency,quantity,unit_price,sku\n1,GBP,1,1,X\n");
        QCOMPARE(parsed.orders.size(), 0);
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY2(parsed.errors[0].message.contains(
                     QStringLiteral("the header has no column \"Name\"; is this a Shopify order export?")),
                 qPrintable(parsed.errors[0].message));
    }

    void readsAColumnsMappingWithSemicolons() {
        const ParsedOrders parsed =
            MappedCsvParser(QStringLiteral("de"),
                            mappedLayout(mapping(kGermanMapping), QStringLiteral("[shop.de.columns]")))
                .parse(kGerman, QStringLiteral("export.csv"));
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).message));
        QCOMPARE(parsed.orders.size(), 2);
        const StagedOrder& a = parsed.orders[0];
        QCOMPARE(a.orderNumber, QStringLiteral("10001"));
        QCOMPARE(a.customer.company, QStringLiteral("Druck & Co; GmbH"));
        QCOMPARE(a.customer.country, QStringLiteral("DE"));
        QCOMPARE(a.customer.firstName, QStringLiteral("Anna"));
        QCOMPARE(a.modifiedAt, QDateTime(QDate(2024, 3, 1), QTime(10, 15), Qt::UTC));
        QCOMPARE(a.lines.size(), 2);
        QCOMPARE(a.lines[0].unitPrice, QStringLiteral("12.50"));
        QCOMPARE(a.lines[1].unitPrice, QStringLiteral("0.08"));
        QCOMPARE(a.lines[1].quantity, 500.0);
        QCOMPARE(parsed.rowsOf.value(QStringLiteral("10001")), (QList<int>{2, 4}));
        QVERIFY(a.rawPayload.startsWith("Bestellnummer;Datum;"));
        QCOMPARE(parsed.orders[1].customer.email, QStringLiteral("ben@example.at"));
    }

    // shipping= maps an order column, read with the file's decimal point; on the first row only, or
    // the same on every row.
    void shippingColumnIsTheOrdersShipping() {
        const QList<std::pair<QString, QString>> entries{
            {QStringLiteral("number"), QStringLiteral("Bestellnummer")},
            {QStringLiteral("sku"), QStringLiteral("Artikelnummer")},
            {QStringLiteral("quantity"), QStringLiteral("Menge")},
            {QStringLiteral("price"), QStringLiteral("Einzelpreis")},
            {QStringLiteral("currency"), QStringLiteral("W\u00e4hrung")},
            {QStringLiteral("shipping"), QStringLiteral("Versand")},
            {QStringLiteral("delimiter"), QStringLiteral(";")},
            {QStringLiteral("decimal"), QStringLiteral(",")}};
        const QString text =
            QStringLiteral("Bestellnummer;Artikelnummer;Menge;Einzelpreis;W\u00e4hrung;Versand\r\n"
                           "1;BC-1;2;12,50;EUR;4,95\r\n1;FL-A5;1;0,08;EUR;\r\n"
                           "2;BC-1;1;12,50;EUR;\r\n3;BC-1;1;12,50;EUR;gratis\r\n");
        const ParsedOrders parsed =
            MappedCsvParser(QStringLiteral("de"),
                            mappedLayout(mapping(entries), QStringLiteral("[shop.de.columns]")))
                .parse(text, QStringLiteral("export.csv"));
        QCOMPARE(parsed.orders.size(), 2);
        QCOMPARE(parsed.orders[0].charges.size(), 1);
        QCOMPARE(parsed.orders[0].charges[0].amount, QStringLiteral("4.95"));
        QVERIFY(parsed.orders[1].charges.isEmpty());
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY2(parsed.errors[0].message.contains(
                     QStringLiteral("the shipping \"Versand\" (shipping) is \"gratis\"")),
                 qPrintable(parsed.errors[0].message));
    }

    void detectsTheDelimiterWhenUnset() {
        auto entries = kGermanMapping;
        entries.removeIf([](const auto& e) { return e.first == QLatin1String("delimiter"); });
        QString tabs = kGerman;
        tabs.replace(QLatin1Char(';'), QLatin1Char('\t'));
        tabs.replace(QStringLiteral("Co\t GmbH"), QStringLiteral("Co; GmbH"));
        for (const QString& text : {kGerman, tabs}) {
            const ParsedOrders parsed =
                MappedCsvParser(QStringLiteral("de"),
                                mappedLayout(mapping(entries), QStringLiteral("[shop.de.columns]")))
                    .parse(text, QStringLiteral("export.csv"));
            QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).message));
            QCOMPARE(parsed.orders.size(), 2);
            QCOMPARE(parsed.orders[0].customer.company, QStringLiteral("Druck & Co; GmbH"));
        }
    }

    void mappingProblemsNameTheKey() {
        auto entries = kGermanMapping;
        entries.removeIf([](const auto& e) { return e.first == QLatin1String("decimal"); });
        ParsedOrders parsed =
            MappedCsvParser(QStringLiteral("de"),
                            mappedLayout(mapping(entries), QStringLiteral("[shop.de.columns]")))
                .parse(kGerman, QStringLiteral("export.csv"));
        QCOMPARE(parsed.orders.size(), 0); // 12,50 and 14,00 are not numbers with a decimal point
        QCOMPARE(parsed.errors.size(), 2);
        QVERIFY2(
            parsed.errors[0].message.contains(QStringLiteral(
                "\"Einzelpreis\" (price) is \"12,50\", not a number like 12.50 (for a decimal comma, set "
                "decimal=, in [shop.de.columns])")),
            qPrintable(parsed.errors[0].message));

        entries = kGermanMapping;
        entries.append({QStringLiteral("vat_number"), QStringLiteral("USt-IdNr")});
        parsed = MappedCsvParser(QStringLiteral("de"),
                                 mappedLayout(mapping(entries), QStringLiteral("[shop.de.columns]")))
                     .parse(kGerman, QStringLiteral("export.csv"));
        QCOMPARE(parsed.orders.size(), 0);
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY2(parsed.errors[0].message.contains(QStringLiteral(
                     "the header has no column \"USt-IdNr\" (vat_number= in [shop.de.columns])")),
                 qPrintable(parsed.errors[0].message));
    }

    void sectionErrorsAreConfigurationErrorsNamingTheKey_data() {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << QStringList{QStringLiteral("number=Order ID"),
                                                    QStringLiteral("qty=Qty")}
                                     << "unknown key \"qty\"";
        QTest::newRow("no quantity") << QStringList{QStringLiteral("number=Order ID"),
                                                    QStringLiteral("sku=SKU"), QStringLiteral("price=Price"),
                                                    QStringLiteral("currency=Cur")}
                                     << "quantity= is missing";
        QTest::newRow("no product") << QStringList{QStringLiteral("number=N"), QStringLiteral("quantity=Q"),
                                                   QStringLiteral("price=P"), QStringLiteral("currency=C")}
                                    << "sku= or product_id= is missing";
        QTest::newRow("no currency") << QStringList{QStringLiteral("number=N"), QStringLiteral("quantity=Q"),
                                                    QStringLiteral("price=P"), QStringLiteral("sku=S")}
                                     << "currency= is missing";
        QTest::newRow("bad delimiter")
            << QStringList{QStringLiteral("delimiter=|")} << "delimiter=| is not one of";
        QTest::newRow("twice") << QStringList{QStringLiteral("sku=A"), QStringLiteral("SKU=B")}
                               << "sku= is given twice";
    }
    void sectionErrorsAreConfigurationErrorsNamingTheKey() {
        QFETCH(QStringList, lines);
        QFETCH(QString, expected);
        QList<std::pair<QString, QString>> entries;
        for (const QString& l : lines)
            entries.append({l.section(QLatin1Char('='), 0, 0), l.section(QLatin1Char('='), 1)});
        const auto m = ColumnMapping::fromSection(entries, QStringLiteral("[shop.x.columns]"));
        QVERIFY(!m);
        QVERIFY(m.error().is(ErrorKind::Configuration));
        QVERIFY2(m.message().startsWith(QStringLiteral("[shop.x.columns]: ")), qPrintable(m.message()));
        QVERIFY2(m.message().contains(expected), qPrintable(m.message()));
    }

    void sectionRoundTrip() {
        const ColumnMapping m = mapping(kGermanMapping);
        const auto again = ColumnMapping::fromSection(m.toSection(), QStringLiteral("x"));
        QVERIFY(again);
        QCOMPARE(again->toSection(), m.toSection());
        QCOMPARE(again->delimiter, QChar(u';'));
        QCOMPARE(again->decimalPoint, QChar(u','));
    }
};

QTEST_GUILESS_MAIN(TestMappedCsvParser)
#include "tst_mappedcsvparser.moc"
