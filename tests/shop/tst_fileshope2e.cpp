// Folder shops end to end, the way staff run them: linkdesk-cli imports a Shopify export and a
// semicolon CSV read through a [shop.CODE.columns] mapping into a linkdesk-sandbox playing Business
// Central; each file is handled once, a file dropped again stages nothing, a .part file is left alone,
// and files list / files preview tell what happened.
#include "cliworld.h"
#include "shopifyexport.h"

using linkdesk::test::CliRun;
using linkdesk::test::CliWorld;

namespace {

// A German shop tool's export: semicolons, decimal commas, day-first dates.
const QByteArray kGerman =
    "Bestellnummer;Datum;E-Mail;Firma;Vorname;Nachname;Land;Artikelnummer;Bezeichnung;"
    "Menge;Einzelpreis;W\xc3\xa4hrung\r\n"
    "10001;01.03.2024 10:15;anna@example.de;\"Druck & Co; GmbH\";Anna;Schmidt;DE;BC-1;"
    "Visitenkarten;2;12,50;EUR\r\n"
    "10001;01.03.2024 10:15;anna@example.de;\"Druck & Co; GmbH\";Anna;Schmidt;DE;FL-A5;"
    "Flyer A5;500;0,08;EUR\r\n"
    "10002;02.03.2024 09:00;ben@example.at;;Ben;Huber;AT;BC-1;Visitenkarten;1;14,00;EUR\r\n";

// Written by hand the way staff write it: ; and , literally, a title with a space and an umlaut.
const QByteArray kColumns = "[shop.de.columns]\n"
                            "; which column holds what\n"
                            "number=Bestellnummer\n"
                            "date=Datum\n"
                            "email=E-Mail\n"
                            "company=Firma\n"
                            "first_name=Vorname\n"
                            "last_name=Nachname\n"
                            "country=Land\n"
                            "sku=Artikelnummer\n"
                            "product_name=Bezeichnung\n"
                            "quantity=Menge\n"
                            "price=Einzelpreis\n"
                            "currency=W\xc3\xa4hrung\n"
                            "delimiter=;\n"
                            "decimal=,\n"
                            "date_format=dd.MM.yyyy HH:mm\n";
} // namespace

class TestFileShopEndToEnd : public QObject {
    Q_OBJECT
    CliWorld m_world;

    CliRun cli(const QStringList& args) const { return m_world.cli(args, {}, 120000); }
    bool writeProfile(const QByteArray& extra) {
        return m_world.writeProfile(
            QStringLiteral("profile.ini"),
            QByteArrayLiteral(
                "[database]\nurl=sqlite:ld.sqlite\n"
                "[shop.shopify]\ntype=file\npath=inbox-shopify\nformat=shopify   ; Orders > Export\n"
                "[shop.de]\ntype=file\npath=inbox-de\nformat=columns\n[erp]\n") +
                linkdesk::test::businessCentralKeys()
                    .replace(QStringLiteral("BASE"), m_world.sandbox.base())
                    .toUtf8() +
                extra);
    }
    void drop(const QString& path, const QByteArray& bytes) {
        QFile f(m_world.dir.filePath(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QStringList salesOrders() {
        QStringList documents;
        for (const auto& so : m_world.sandbox.erpState().value(QStringLiteral("salesOrders")).toArray())
            documents << so.toObject().value(QStringLiteral("externalDocumentNumber")).toString();
        documents.sort();
        return documents;
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(qEnvironmentVariable("LINKDESK_CLI")));
        // Folder shops: no WooCommerce key is given.
        m_world.env = {{QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY"), QString()},
                       {QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_SECRET"), QString()}};
        auto item = [](const char* number, double price) {
            return QJsonObject{{QStringLiteral("number"), QString::fromLatin1(number)},
                               {QStringLiteral("displayName"), QString::fromLatin1(number)},
                               {QStringLiteral("unitPrice"), price}};
        };
        const QJsonObject seed{
            {QStringLiteral("woocommerce"), QJsonObject{{QStringLiteral("orders"), QJsonArray()}}},
            {QStringLiteral("erp"),
             QJsonObject{
                 {QStringLiteral("client_id"), QStringLiteral("linkdesk")},
                 {QStringLiteral("client_secret"), QStringLiteral("bc-secret")},
                 {QStringLiteral("customers"),
                  QJsonArray{QJsonObject{{QStringLiteral("number"), QStringLiteral("C00001")},
                                         {QStringLiteral("displayName"), QStringLiteral("Acme, Ltd")},
                                         {QStringLiteral("email"), QStringLiteral("ann@acme.example")},
                                         {QStringLiteral("currencyCode"), QStringLiteral("EUR")},
                                         {QStringLiteral("country"), QStringLiteral("IE")},
                                         {QStringLiteral("blocked"), false}},
                             QJsonObject{{QStringLiteral("number"), QStringLiteral("WEB")},
                                         {QStringLiteral("displayName"), QStringLiteral("Web orders")},
                                         {QStringLiteral("blocked"), false}}}},
                 {QStringLiteral("items"),
                  QJsonArray{item("BC-1", 12.5), item("FL-A5", 0.08), item("PO-A2", 40)}},
                 {QStringLiteral("prices"), QJsonArray()}}}};
        QVERIFY2(m_world.sandbox.startWithSeed(seed), qPrintable(m_world.sandbox.error()));
        QVERIFY(writeProfile(kColumns));
        for (const char* folder : {"inbox-shopify", "inbox-de"})
            QVERIFY(QDir(m_world.dir.path()).mkpath(QString::fromLatin1(folder)));
        for (const QStringList& step : linkdesk::test::SandboxSetup().steps()) {
            const CliRun r = cli(step);
            QVERIFY2(r.code == 0, qPrintable(step.join(u' ') + QLatin1Char(' ') + QString::fromUtf8(r.err)));
        }
    }
    void cleanupTestCase() { m_world.sandbox.stop(); }

    void previewReadsAFileWithoutStoringIt() {
        drop(QStringLiteral("german.csv"), kGerman);
        const CliRun r = cli({QStringLiteral("files"), QStringLiteral("preview"),
                              m_world.dir.filePath(QStringLiteral("german.csv")), QStringLiteral("--shop"),
                              QStringLiteral("de"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject p = r.json();
        QCOMPARE(p.value(QStringLiteral("format")).toString(), QStringLiteral("columns"));
        QCOMPARE(p.value(QStringLiteral("order_count")).toInt(), 2);
        const QJsonObject first = p.value(QStringLiteral("orders")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("number")).toString(), QStringLiteral("10001"));
        QCOMPARE(first.value(QStringLiteral("rows")).toString(), QStringLiteral("2-3"));
        QCOMPARE(
            first.value(QStringLiteral("customer")).toObject().value(QStringLiteral("company")).toString(),
            QStringLiteral("Druck & Co; GmbH"));
        QCOMPARE(first.value(QStringLiteral("lines"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("unit_price")),
                 QJsonValue(QStringLiteral("0.08")));
        QVERIFY(QFile::exists(m_world.dir.filePath(QStringLiteral("german.csv"))));

        const CliRun text = cli({QStringLiteral("files"), QStringLiteral("preview"),
                                 m_world.dir.filePath(QStringLiteral("german.csv")), QStringLiteral("--shop"),
                                 QStringLiteral("de")});
        QVERIFY2(text.out.contains("german.csv read as columns (number=Bestellnummer"), text.out.constData());
    }

    void importsEachFileOnce() {
        drop(QStringLiteral("inbox-shopify/orders_export_1.csv"), shopify::exportFile());
        drop(QStringLiteral("inbox-shopify/orders_export_2.csv.part"), shopify::exportFile().left(900));
        drop(QStringLiteral("inbox-de/export.csv"), kGerman);

        const CliRun first = cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(first.code == 0, first.err.constData());
        const QJsonObject s = first.json();
        QCOMPARE(s.value(QStringLiteral("fetched")).toInt(), 7); // 4 + #1004 quarantined, 2 from the CSV
        QCOMPARE(s.value(QStringLiteral("quarantined")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("blocked")).toInt(), 1); // #1003: a custom item without SKU
        QCOMPARE(s.value(QStringLiteral("submitted")).toInt(), 5);
        QCOMPARE(salesOrders(), (QStringList{QStringLiteral("DE-10001"), QStringLiteral("DE-10002"),
                                             QStringLiteral("SHOPIFY-1001"), QStringLiteral("SHOPIFY-1002"),
                                             QStringLiteral("SHOPIFY-1005")}));
        // #1001 came from a known e-mail: linked to the ERP's customer, not a new one.
        const QHash<QString, QJsonObject> byNumber = m_world.orders();
        QCOMPARE(byNumber.value(QStringLiteral("1001")).value(QStringLiteral("erp_customer")).toString(),
                 QStringLiteral("C00001"));
        QCOMPARE(byNumber.value(QStringLiteral("1004")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("quarantined"));
        QVERIFY(byNumber.value(QStringLiteral("1004"))
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("row 8 (line 9)")));
        QVERIFY(
            QFile::exists(m_world.dir.filePath(QStringLiteral("inbox-shopify/failed/orders_export_1.csv"))));
        QVERIFY(QFile::exists(m_world.dir.filePath(QStringLiteral("inbox-de/done/export.csv"))));
        QVERIFY(
            QFile::exists(m_world.dir.filePath(QStringLiteral("inbox-shopify/orders_export_2.csv.part"))));

        // A second import stages nothing new.
        const CliRun second = cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(second.code == 0, second.err.constData());
        QCOMPARE(second.json().value(QStringLiteral("fetched")).toInt(), 0);
        QCOMPARE(second.json().value(QStringLiteral("submitted")).toInt(), 0);

        // The same export dropped again (a download saved twice): known by its content, nothing staged.
        drop(QStringLiteral("inbox-shopify/orders_export_1 (1).csv"), shopify::exportFile());
        const CliRun third = cli({QStringLiteral("import"), QStringLiteral("--json")});
        QVERIFY2(third.code == 0, third.err.constData());
        QCOMPARE(third.json().value(QStringLiteral("fetched")).toInt(), 0);
        QCOMPARE(salesOrders().size(), 5);

        const CliRun list = cli({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--shop"),
                                 QStringLiteral("shopify"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, list.err.constData());
        const QJsonArray files = list.array().first().toObject().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        const QJsonObject newest = files.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("file")).toString(), QStringLiteral("orders_export_1 (1).csv"));
        QCOMPARE(newest.value(QStringLiteral("duplicate_of")).toString(),
                 QStringLiteral("failed/orders_export_1.csv"));
        const QJsonObject read = files.at(1).toObject();
        QCOMPARE(read.value(QStringLiteral("orders")).toInt(), 4);
        QCOMPARE(read.value(QStringLiteral("quarantined")).toInt(), 1);
        QCOMPARE(
            read.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("rows")),
            QJsonValue(QStringLiteral("7-8")));

        const CliRun text = cli({QStringLiteral("files"), QStringLiteral("list")});
        QVERIFY2(text.out.contains(
                     "orders_export_1.csv: 4 orders read, 1 quarantined -> failed/orders_export_1.csv"),
                 text.out.constData());
        QVERIFY2(text.out.contains("the same content as failed/orders_export_1.csv, nothing new"),
                 text.out.constData());
    }

    void aMappingMistakeIsAConfigurationErrorNamingTheKey() {
        QByteArray wrong = kColumns;
        wrong.replace("quantity=Menge", "qty=Menge");
        QVERIFY(writeProfile(wrong));
        const CliRun r = cli({QStringLiteral("import")});
        QVERIFY(writeProfile(kColumns));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[shop.de.columns]") && r.err.contains("unknown key \"qty\""),
                 r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestFileShopEndToEnd)
#include "tst_fileshope2e.moc"
