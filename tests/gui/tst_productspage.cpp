#include "shoptablepagetest.h"
#include "store/catalogrepository.h"
#include "ui/common/databaseworker.h"
#include "ui/products/productcsv.h"
#include "ui/products/productmappingmodel.h"
#include "ui/products/productspage.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace linkdesk;

class TestProductsPage : public test::WindowTest {
    Q_OBJECT
    QTemporaryDir m_dir;
    const QStringList m_shops{QStringLiteral("web"), QStringLiteral("trade")};

    static ProductMapping bySku(const QString& shop, const QString& sku, const QString& item) {
        ProductMapping m;
        m.shopCode = shop;
        m.sku = sku;
        m.erpItemNumber = item;
        return m;
    }

    QList<ProductMapping> stored() {
        auto other = m_tdb->open();
        auto all = CatalogRepository(*other).mappings();
        return all ? *all : QList<ProductMapping>{};
    }

    void clearMappings() {
        for (const ProductMapping& m : stored())
            QVERIFY(CatalogRepository(*m_db).removeMapping(m.shopCode, m.matchKey()));
    }

    void seed() {
        clearMappings();
        ProductMapping byId;
        byId.shopCode = QStringLiteral("trade");
        byId.productId = 42;
        byId.variationId = 7;
        byId.erpItemNumber = QStringLiteral("ITEM-42-7");
        byId.source = QStringLiteral("direct");
        QVERIFY(CatalogRepository(*m_db).setMappings(
            {bySku(QStringLiteral("web"), QStringLiteral("MUG, \"big\""), QStringLiteral("ITEM-MUG")),
             bySku(QStringLiteral("web"), QStringLiteral("TEE"), QStringLiteral("ITEM-TEE")), byId}));
    }

    static QString describe(const QList<ProductMapping>& mappings) {
        QStringList rows;
        for (const ProductMapping& m : mappings)
            rows << QStringList{m.shopCode, m.matchKey(), m.erpItemNumber, m.source}.join(QLatin1Char('|'));
        rows.sort();
        return rows.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase());
    }

    void init() { seed(); }

    void modelPassesTester() {
        ProductMappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(*CatalogRepository(*m_db).mappings());
        QCOMPARE(model.rowCount(), 3);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersByShop() {
        ProductsPage page(*m_worker, m_shops);
        page.resize(1280, 800);
        page.show();
        test::waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("productTable"));
        QCOMPARE(table->model()->rowCount(), 3);
        auto* shop = page.findChild<QComboBox*>(QStringLiteral("productShopFilter"));
        QSignalSpy loaded(&page, &ProductsPage::loaded);
        shop->setCurrentIndex(shop->findData(QStringLiteral("trade")));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ProductMappingModel::ProductId).data().toLongLong(), 42);
        QCOMPARE(table->model()->index(0, ProductMappingModel::Source).data().toString(),
                 QStringLiteral("direct"));
        shop->setCurrentIndex(0);
        QVERIFY(loaded.wait(10000));
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("productFilterEdit")),
                         QStringLiteral("item-tee"));
        QCOMPARE(table->model()->rowCount(), 1);
        if (qEnvironmentVariableIsSet("LINKDESK_GUI_SHOTS")) {
            page.findChild<QLineEdit*>(QStringLiteral("productFilterEdit"))->clear();
            QCoreApplication::sendPostedEvents();
            page.grab().save(
                QDir(qEnvironmentVariable("LINKDESK_GUI_SHOTS")).filePath(QStringLiteral("products.png")));
        }
    }

    void csvRoundTrip() {
        const QList<ProductMapping> before = stored();
        ProductsPage page(*m_worker, m_shops);
        page.show();
        test::waitLoaded(page);
        // Export through the button and its file dialog.
        const QString path = m_dir.filePath(QStringLiteral("mappings.csv"));
        test::exportThroughDialog(page, path);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("productMessageLabel"))
                    ->text()
                    .startsWith(QStringLiteral("3 product mapping(s) exported")));

        clearMappings();
        QCOMPARE(stored().size(), 0);
        QSignalSpy loaded(&page, &ProductsPage::loaded);
        auto imported = test::importCsv(page, path);
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(*imported, 3);
        QCOMPARE(describe(stored()), describe(before));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("productMessageLabel"))->text(),
                 QStringLiteral("3 product mapping(s) imported."));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.model()->rowCount(), 3);
    }

    void importRefusesBadRowsInPlainWords() {
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shop,sku,product_id,variation_id,erp_item_number,source\n"
                   "web,CAP,,,ITEM-CAP,manual\n"
                   "web,SOCK,,,,manual\n"
                   "web,,abc,,ITEM-X,\n"
                   "shop2,HAT,,,ITEM-HAT,\n");
        file.close();
        ProductsPage page(*m_worker, m_shops);
        test::waitLoaded(page);
        auto imported = test::importCsv(page, path);
        QVERIFY(!imported);
        QCOMPARE(imported.message(),
                 QStringLiteral(
                     "Nothing was imported:\nLine 3 names no ERP item number.\n"
                     "Line 4 needs a SKU or a product id (and a variation id of 0 "
                     "or more).\nLine 5: there is no shop \"shop2\" in this profile (shops: web, trade)."));
        QCOMPARE(stored().size(), 3); // CAP was not stored either
    }

    void addEditRemoveThroughDialogs() {
        ProductsPage page(*m_worker, m_shops);
        page.show();
        test::waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("productTable"));
        QSignalSpy loaded(&page, &ProductsPage::loaded);

        page.findChild<QPushButton*>(QStringLiteral("addProductMappingButton"))->click();
        QDialog* dialog = test::openedDialog(page, QStringLiteral("mappingEditDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("skuEdit")), QStringLiteral("CAP"));
        test::clickSave(dialog); // no ERP item yet
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(),
                 QStringLiteral("Type the ERP item number."));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("erpItemEdit")),
                         QStringLiteral("ITEM-CAP"));
        test::clickSave(dialog);
        QVERIFY(loaded.wait(10000));
        auto cap =
            CatalogRepository(*m_tdb->open()).mapping(QStringLiteral("web"), QStringLiteral("sku:CAP"));
        QVERIFY(cap && *cap);
        QCOMPARE((*cap)->erpItemNumber, QStringLiteral("ITEM-CAP"));
        QCOMPARE((*cap)->source, QStringLiteral("manual"));
        QCOMPARE(table->model()->rowCount(), 4);

        // Change the direct mapping of product 42/7 by hand.
        page.findChild<QLineEdit*>(QStringLiteral("productFilterEdit"))->setText(QStringLiteral("ITEM-42"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        page.findChild<QPushButton*>(QStringLiteral("editProductMappingButton"))->click();
        QVERIFY((dialog = test::openedDialog(page, QStringLiteral("mappingEditDialog"))));
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("productIdEdit"))->isEnabled());
        auto* item = dialog->findChild<QLineEdit*>(QStringLiteral("erpItemEdit"));
        item->clear();
        QTest::keyClicks(item, QStringLiteral("ITEM-42-NEW"));
        test::clickSave(dialog);
        QVERIFY(loaded.wait(10000));
        auto changed =
            CatalogRepository(*m_tdb->open()).mapping(QStringLiteral("trade"), QStringLiteral("pid:42/7"));
        QCOMPARE((*changed)->erpItemNumber, QStringLiteral("ITEM-42-NEW"));
        QCOMPARE((*changed)->source, QStringLiteral("manual"));

        // Remove it, after saying yes.
        page.findChild<QLineEdit*>(QStringLiteral("productFilterEdit"))->setText(QStringLiteral("ITEM-42"));
        table->setCurrentIndex(table->model()->index(0, 0));
        page.findChild<QPushButton*>(QStringLiteral("removeProductMappingButton"))->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("confirmRemoveBox"))) &&
                    box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QVERIFY(loaded.wait(10000));
        auto gone =
            CatalogRepository(*m_tdb->open()).mapping(QStringLiteral("trade"), QStringLiteral("pid:42/7"));
        QVERIFY(gone && !*gone);
        QCOMPARE(table->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestProductsPage)
#include "tst_productspage.moc"
