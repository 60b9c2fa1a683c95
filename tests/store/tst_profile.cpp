#include "config/profile.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace linkdesk;

class TestProfile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    int m_written = 0;

    // A new file each time: QSettings caches an INI file by name, size and modification time, so
    // a file rewritten within the same second with the same size would read as the old one.
    QString write(const QByteArray& text) {
        const QString path = m_dir.filePath(QStringLiteral("profile-%1.ini").arg(++m_written));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

    // Loads the profile at path into profile; false, and the test failed with why, where it does
    // not load.
    static bool load(const QString& path, Profile& profile) {
        auto p = Profile::load(path);
        if (!p) {
            QTest::qFail(qPrintable(p.message()), __FILE__, __LINE__);
            return false;
        }
        profile = *p;
        return true;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsShopsAndErp() {
        Profile p;
        QVERIFY(load(write("[database]\nurl=sqlite:data/ld.sqlite\n"
                           "[shop.web]\ntype=woocommerce\nurl=https://shop.example\n"
                           "[shop.files]\ntype=file\npath=orders\n"
                           "[erp]\ntype=businesscentral\napi_url=https://api.example/v2.0\n"
                           "token_url=https://login.example/token\ncompany_id=abc\ntenant=t1\n"),
                     p));
        QCOMPARE(p.databaseUrl, QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("data/ld.sqlite")));
        QCOMPARE(p.shops.size(), 2);
        QVERIFY(p.shop(QStringLiteral("web")));
        QCOMPARE(p.shop(QStringLiteral("web"))->url, QStringLiteral("https://shop.example"));
        QCOMPARE(p.shop(QStringLiteral("files"))->path, m_dir.filePath(QStringLiteral("orders")));
        QCOMPARE(p.erp.type, QStringLiteral("businesscentral"));
        QCOMPARE(p.erp.companyId, QStringLiteral("abc"));
        QCOMPARE(p.erp.tenant, QStringLiteral("t1"));
        QVERIFY(p.erp.batch); // $batch on unless the profile says otherwise
        QCOMPARE(p.erp.batchSize, 100);
    }

    void readsBatchKeys() {
        Profile off;
        QVERIFY(load(write("[database]\nurl=sqlite:x\n[erp]\ntype=businesscentral\nbatch=false\n"), off));
        QVERIFY(!off.erp.batch);
        Profile small;
        QVERIFY(load(write("[database]\nurl=sqlite:x\n[erp]\ntype=businesscentral\nbatch=true\n"
                           "batch_size=25\n"),
                     small));
        QVERIFY(small.erp.batch);
        QCOMPARE(small.erp.batchSize, 25);
    }

    void refusesBadProfiles_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no database") << QByteArray("[shop.web]\nurl=x\n") << "no [database] url";
        QTest::newRow("password in url")
            << QByteArray("[database]\nurl=postgresql://ann:pw@h/db\n") << "holds a database password";
        QTest::newRow("bad shop type")
            << QByteArray("[database]\nurl=sqlite:x\n[shop.web]\ntype=magento\n") << "type \"magento\"";
        QTest::newRow("woo without url")
            << QByteArray("[database]\nurl=sqlite:x\n[shop.web]\ntype=woocommerce\n") << "needs url=";
        QTest::newRow("shop codes differing only in case")
            << QByteArray("[database]\nurl=sqlite:x\n[shop.web]\nurl=http://a\n[shop.WEB]\nurl=http://b\n")
            << "differ only in case; their secrets would share the keychain entries shop.web.*";
        QTest::newRow("bad erp") << QByteArray("[database]\nurl=sqlite:x\n[erp]\ntype=sap\n")
                                 << "businesscentral";
        QTest::newRow("bad customer_search")
            << QByteArray("[database]\nurl=sqlite:x\n[erp]\ntype=tharstern\ncustomer_search=guess\n")
            << "customer_search is \"guess\"; use endpoint or contacts";
        QTest::newRow("empty search path")
            << QByteArray("[database]\nurl=sqlite:x\n[erp]\ntype=tharstern\ncustomer_search_path=\n")
            << "customer_search_path is empty";
        QTest::newRow("bad submit_deduplicates")
            << QByteArray("[database]\nurl=sqlite:x\n[erp]\ntype=tharstern\nsubmit_deduplicates=maybe\n")
            << "submit_deduplicates is \"maybe\"; use true or false";
        QTest::newRow("bad batch") << QByteArray("[database]\nurl=sqlite:x\n[erp]\nbatch=often\n")
                                   << "batch is \"often\"; use true or false";
        QTest::newRow("batch_size over 100")
            << QByteArray("[database]\nurl=sqlite:x\n[erp]\nbatch_size=101\n")
            << "batch_size is \"101\"; use a whole number from 1 to 100";
        QTest::newRow("batch_size zero")
            << QByteArray("[database]\nurl=sqlite:x\n[erp]\nbatch_size=0\n") << "batch_size is \"0\"";
    }
    void readsTharsternKeys() {
        Profile p;
        QVERIFY(load(write("[database]\nurl=sqlite:x\n[erp]\ntype=tharstern\n"
                           "api_url=https://mis.example/TharsternAPI\nuser=api@printer.example\n"
                           "application_id=linkdesk\ncustomer_search=Contacts\n"
                           "customer_search_path=ext/search\ncustomer_search_parameter=mail\n"
                           "customer_create_path=ext/customers\ncontacts_path=people\n"
                           "customer_name_search_path=ext/by-name\ncustomer_name_search_parameter=q\n"
                           "product_search_path=ext/products\nproduct_search_parameter=text\n"
                           "submit_deduplicates=true\n"),
                     p));
        const TharsternKeys& th = p.erp.tharstern;
        QCOMPARE(p.erp.user, QStringLiteral("api@printer.example"));
        QCOMPARE(th.applicationId, QStringLiteral("linkdesk"));
        QCOMPARE(th.customerSearch, QStringLiteral("contacts"));
        QCOMPARE(th.customerSearchPath, QStringLiteral("ext/search"));
        QCOMPARE(th.customerSearchParameter, QStringLiteral("mail"));
        QCOMPARE(th.customerCreatePath, QStringLiteral("ext/customers"));
        QCOMPARE(th.contactsPath, QStringLiteral("people"));
        QCOMPARE(th.customerNameSearchPath, QStringLiteral("ext/by-name"));
        QCOMPARE(th.customerNameSearchParameter, QStringLiteral("q"));
        QCOMPARE(th.productSearchPath, QStringLiteral("ext/products"));
        QCOMPARE(th.productSearchParameter, QStringLiteral("text"));
        QVERIFY(th.submitDeduplicates);

        // Left out: the defaults.
        Profile plain;
        QVERIFY(load(write("[database]\nurl=sqlite:x\n[erp]\ntype=tharstern\n"), plain));
        const TharsternKeys defaults;
        const TharsternKeys& th0 = plain.erp.tharstern;
        QCOMPARE(th0.customerSearch, QStringLiteral("endpoint"));
        QCOMPARE(th0.customerSearchPath, QStringLiteral("customers"));
        QCOMPARE(th0.customerSearchParameter, QStringLiteral("email"));
        QCOMPARE(th0.customerCreatePath, QStringLiteral("customers"));
        QCOMPARE(th0.contactsPath, QStringLiteral("contacts"));
        QCOMPARE(th0.applicationId, QStringLiteral("api"));
        QCOMPARE(th0.customerNameSearchPath, QStringLiteral("customers"));
        QCOMPARE(th0.customerNameSearchParameter, QStringLiteral("name"));
        QCOMPARE(th0.productSearchPath, QStringLiteral("products"));
        QCOMPARE(th0.productSearchParameter, QStringLiteral("name"));
        QVERIFY(!th0.submitDeduplicates);
        QCOMPARE(defaults.customerSearch, th0.customerSearch);
    }

    void refusesBadProfiles() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto p = Profile::load(write(text));
        QVERIFY(!p);
        QVERIFY2(p.message().contains(expected), qPrintable(p.message()));
        QVERIFY(!p.message().contains(QLatin1String(":pw@")));
    }

    void readsFileFormatsAndColumnsLiterally() {
        Profile p;
        QVERIFY(load(write("[database]\nurl=sqlite:x\n"
                           "[shop.shopify]\ntype=file\npath=in\nformat=shopify ; Orders > Export\n"
                           "[shop.plain]\ntype=file\npath=plain\n"
                           "[shop.mail]\ntype=file\npath=mail\nformat=Columns\n"
                           "[shop.mail.columns]\n"
                           "; a comment line\n"
                           "number = Order ID\n"
                           "email=Billing E-mail\n"
                           "sku=Product SKU\n"
                           "quantity=Qty\n"
                           "price=Price, incl. VAT; gross\n"
                           "currency=\"Currency\"\n"
                           "delimiter=;\n"
                           "decimal=,\n"),
                     p));
        QCOMPARE(p.shops.size(), 3);
        QCOMPARE(OrderFileFormat::name(p.shop(QStringLiteral("shopify"))->fileFormat.kind),
                 OrderFileFormat::name(OrderFileFormat::Kind::Shopify));
        QCOMPARE(OrderFileFormat::name(p.shop(QStringLiteral("plain"))->fileFormat.kind),
                 OrderFileFormat::name(OrderFileFormat::Kind::Linkdesk));
        const OrderFileFormat& mail = p.shop(QStringLiteral("mail"))->fileFormat;
        QCOMPARE(OrderFileFormat::name(mail.kind), OrderFileFormat::name(OrderFileFormat::Kind::Columns));
        QCOMPARE(mail.columns.column(ColumnMapping::Number), QStringLiteral("Order ID"));
        QCOMPARE(mail.columns.column(ColumnMapping::Email), QStringLiteral("Billing E-mail"));
        QCOMPARE(mail.columns.column(ColumnMapping::Price), QStringLiteral("Price, incl. VAT; gross"));
        QCOMPARE(mail.columns.column(ColumnMapping::Currency), QStringLiteral("Currency"));
        QCOMPARE(mail.columns.delimiter, QChar(u';'));
        QCOMPARE(mail.columns.decimalPoint, QChar(u','));

        // Saved and read again: the same mapping.
        Profile copy = p;
        copy.path = m_dir.filePath(QStringLiteral("copy.ini"));
        QVERIFY(copy.save());
        Profile back;
        QVERIFY(load(copy.path, back));
        QCOMPARE(back.shop(QStringLiteral("mail"))->fileFormat.columns.toSection(), mail.columns.toSection());
        QCOMPARE(OrderFileFormat::name(back.shop(QStringLiteral("shopify"))->fileFormat.kind),
                 OrderFileFormat::name(OrderFileFormat::Kind::Shopify));
    }

    void refusesBadFileFormats_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray base = "[database]\nurl=sqlite:x\n[shop.f]\ntype=file\npath=in\n";
        QTest::newRow("unknown format")
            << base + "format=magento-csv\n"
            << "format \"magento-csv\"; use linkdesk, woocommerce-json, shopify, columns";
        QTest::newRow("columns without section") << base + "format=columns\n"
                                                 << "no [shop.f.columns] section";
        QTest::newRow("section without columns") << base + "format=shopify\n[shop.f.columns]\nnumber=N\n"
                                                 << "read only with format=columns";
        QTest::newRow("orphan section") << base + "[shop.g.columns]\nnumber=N\n"
                                        << "no shop [shop.g]";
        QTest::newRow("format on woocommerce")
            << QByteArray(
                   "[database]\nurl=sqlite:x\n[shop.w]\ntype=woocommerce\nurl=https://x\nformat=shopify\n")
            << "for shops of type file only";
        QTest::newRow("unknown key") << base + "format=columns\n[shop.f.columns]\nnumber=N\nqty=Q\n"
                                     << "[shop.f.columns] in";
        QTest::newRow("missing quantity")
            << base + "format=columns\n[shop.f.columns]\nnumber=N\nsku=S\nprice=P\ncurrency=C\n"
            << "quantity= is missing";
    }
    void refusesBadFileFormats() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto p = Profile::load(write(text));
        QVERIFY(!p);
        QVERIFY(p.error().is(ErrorKind::Configuration));
        QVERIFY2(p.message().contains(expected), qPrintable(p.message()));
    }

    void defaultProfileCreatedOnFirstUse() {
        QFile::remove(Profile::defaultPath());
        auto p = Profile::loadDefault();
        QVERIFY2(p, qPrintable(p.message()));
        QVERIFY(p->databaseUrl.startsWith(QLatin1String("sqlite:")));
        QVERIFY(p->databaseUrl.endsWith(QLatin1String("linkdesk.sqlite")));
        QVERIFY(QFile::exists(Profile::defaultPath()));
    }

    void savesAndReloads() {
        Profile p;
        p.path = m_dir.filePath(QStringLiteral("saved.ini"));
        p.databaseUrl = QStringLiteral("sqlite:saved.sqlite");
        p.shops.append(ShopConfig{QStringLiteral("web"),
                                  QStringLiteral("Web shop"),
                                  QStringLiteral("woocommerce"),
                                  QStringLiteral("http://127.0.0.1:1"),
                                  {}});
        p.erp.type = QStringLiteral("tharstern");
        p.erp.apiUrl = QStringLiteral("http://127.0.0.1:1/api/");
        p.erp.tharstern.customerSearch = QStringLiteral("contacts");
        p.erp.tharstern.customerCreatePath = QStringLiteral("ext/create");
        p.erp.tharstern.submitDeduplicates = true;
        QVERIFY(p.save());
        Profile back;
        QVERIFY(load(p.path, back));
        QCOMPARE(back.shops.size(), 1);
        QCOMPARE(back.shops[0].name, QStringLiteral("Web shop"));
        QCOMPARE(back.erp.apiUrl, QStringLiteral("http://127.0.0.1:1/api/"));
        QCOMPARE(back.erp.tharstern.customerSearch, QStringLiteral("contacts"));
        QCOMPARE(back.erp.tharstern.customerCreatePath, QStringLiteral("ext/create"));
        QCOMPARE(back.erp.tharstern.contactsPath, QStringLiteral("contacts"));
        QVERIFY(back.erp.tharstern.submitDeduplicates);
        QFile saved(p.path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(text.contains("customer_search_parameter=email") &&
                     text.contains("product_search_parameter=name") &&
                     text.contains("submit_deduplicates=true"),
                 text.constData());
        QVERIFY2(!text.contains("batch"), text.constData()); // defaults are not written

        p.erp.type = QStringLiteral("businesscentral");
        p.erp.batch = false;
        p.erp.batchSize = 40;
        QVERIFY(p.save());
        Profile bc;
        QVERIFY(load(p.path, bc));
        QVERIFY(!bc.erp.batch);
        QCOMPARE(bc.erp.batchSize, 40);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
