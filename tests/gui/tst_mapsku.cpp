// Map a SKU (issue 14, item 3), with real widgets against linkdesk-sandbox's Business Central over
// real HTTP, the ERP client on the network thread the window gives it: a blocked order's product
// mapped with the ERP item picker unblocks every order blocked on that SKU at once; an item the ERP
// does not know is refused in a sentence; the Products page's dialog picks and checks the same way,
// and its CSV import puts the orders blocked on what it maps back in the queue.
#include "erp/lookupcache.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "sandboxseed.h"
#include "store/catalogrepository.h"
#include "store/orderrepository.h"
#include "testorders.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/ordertablemodel.h"
#include "ui/orders/productmappingdialog.h"
#include "ui/products/erpitempicker.h"
#include "ui/products/mappingeditdialog.h"
#include "ui/products/productspage.h"
#include "windowtest.h"
#include "wiring/importservices.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace linkdesk;

namespace {

QJsonObject item(const char* number, const char* name) {
    return {{QStringLiteral("number"), QLatin1String(number)},
            {QStringLiteral("displayName"), QLatin1String(name)},
            {QStringLiteral("unitPrice"), 3.0}};
}

QJsonObject seed() {
    return test::erpSeed({},
                         {item("1000", "Business cards"), item("2000", "Flyers A5"),
                          item("P-A1", "Poster A1"), item("P-A2", "Poster A2"), item("P-A3", "Poster A3")});
}

// An order of shop web blocked on its one line's SKU.
StagedOrder blocked(const QString& number, const QString& sku) {
    StagedOrder o = test::fetchedOrder(
        number, QStringLiteral("9"), QStringLiteral("map%1@example.com").arg(number), QStringLiteral("EUR"));
    o.shopStatus = QStringLiteral("processing");
    o.modifiedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    o.lines = {test::orderLine(1, sku, 1, QStringLiteral("Poster"), QStringLiteral("9.90"))};
    o.lines[0].productId = 40;
    return o;
}

} // namespace

class TestMapSku : public test::WindowTest {
    Q_OBJECT
    SandboxProcess m_sandbox;
    LookupCache m_cache;
    std::unique_ptr<ImportServices> m_services;

    // Stores these orders, blocked as an import would leave them.
    void storeBlocked(QList<StagedOrder> orders) {
        QVERIFY(OrderRepository(*m_db).store(orders));
        for (const StagedOrder& o : orders) {
            auto stored = OrderRepository(*m_db).find(o.shopCode, o.orderNumber);
            QVERIFY(stored && *stored);
            StagedOrder b = **stored;
            b.status = OrderStatus::Blocked;
            b.reason = QStringLiteral("No ERP item for %1.").arg(o.lines.first().sku);
            QVERIFY(OrderRepository(*m_db).saveState(b));
        }
    }
    QString status(const QString& number) {
        auto order = OrderRepository(*m_db).find(QStringLiteral("web"), number);
        return order && *order ? toString((*order)->status) : QStringLiteral("(none)");
    }
    QString mappedTo(const QString& sku) {
        auto m = CatalogRepository(*m_db).mapping(QStringLiteral("web"), QStringLiteral("sku:") + sku);
        return m && *m ? (*m)->erpItemNumber : QString();
    }
    int itemLookups() {
        return m_sandbox.erpState()
            .value(QStringLiteral("counts"))
            .toObject()
            .value(QStringLiteral("businesscentral"))
            .toObject()
            .value(QStringLiteral("itemLookups"))
            .toInt();
    }
    static QModelIndex rowOf(QTableView* table, const QString& number) {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, OrderTableModel::Number).data().toString() == number)
                return table->model()->index(r, OrderTableModel::Number);
        return {};
    }
    // The Orders page with the ERP, loaded, the order selected, Map a SKU open on it.
    ProductMappingDialog* openMapSku(OrdersPage& page, const QString& number) {
        page.setErpClient(m_services->erp());
        page.show();
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        if (page.isBusy() && !loaded.wait(10000))
            return nullptr;
        auto* table = child<QTableView>(&page, "orderTable");
        table->setCurrentIndex(rowOf(table, number));
        auto* add = child<QPushButton>(&page, "addMappingButton");
        if (!add->isEnabled())
            return nullptr;
        add->click();
        ProductMappingDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = child<ProductMappingDialog>(&page, "productMappingDialog");
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        return dialog;
    }
    static void save(QDialog* dialog) {
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
    }
    static void searchPicker(ErpItemPicker* picker, const QString& text) {
        auto* edit = child<QLineEdit>(picker, "itemSearchEdit");
        edit->clear();
        QTest::keyClicks(edit, text);
        QSignalSpy searched(picker, &ErpItemPicker::searchFinished);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(searched.wait(10000));
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase(QStringLiteral("mia")));
        QVERIFY2(m_sandbox.startWithSeed(seed()), qPrintable(m_sandbox.error()));
        SandboxProcess::putSecrets();
        const Profile profile = test::sandboxProfile(m_sandbox.base(), m_tdb->url(), QStringLiteral("Web"));
        auto services = ImportServices::create(
            profile,
            [](const QString& name) -> Result<QString> {
                return qEnvironmentVariable(
                    qPrintable(QStringLiteral("LINKDESK_SECRET_") +
                               name.toUpper().replace(QLatin1Char('.'), QLatin1Char('_'))));
            },
            &m_cache);
        QVERIFY2(services, qPrintable(services.message()));
        m_services = std::move(*services);
    }
    void cleanupTestCase() { m_services.reset(); }

    void mapsFromABlockedOrderAndUnblocksEveryOrderOnTheSku() {
        storeBlocked({blocked(QStringLiteral("5001"), QStringLiteral("POSTER-A3")),
                      blocked(QStringLiteral("5002"), QStringLiteral("POSTER-A3")),
                      blocked(QStringLiteral("5003"), QStringLiteral("POSTER-A3")),
                      blocked(QStringLiteral("5004"), QStringLiteral("MUG-RED"))});
        OrdersPage page(*m_worker);
        ProductMappingDialog* dialog = openMapSku(page, QStringLiteral("5002"));
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Map a SKU"));
        auto* edit = child<QLineEdit>(dialog, "itemEdit_1");
        QVERIFY(edit && edit->text().isEmpty());

        // Search by name, a page at a time.
        auto* picker = child<ErpItemPicker>(dialog, "itemPicker");
        auto* list = child<QTreeWidget>(picker, "itemList");
        auto* more = child<QPushButton>(picker, "moreItemsButton");
        picker->setPageSize(2);
        searchPicker(picker, QStringLiteral("poster"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(more->isVisible());
        QSignalSpy searched(picker, &ErpItemPicker::searchFinished);
        more->click();
        QVERIFY(searched.wait(10000));
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(2)->text(0), QStringLiteral("P-A3"));
        QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("Poster A3"));
        QVERIFY(!more->isVisible());
        // Enter in the search box searched; it did not press Save.
        QVERIFY(dialog->isVisible());

        // Picking a result fills the line.
        list->setCurrentItem(list->topLevelItem(2));
        QCOMPARE(edit->text(), QStringLiteral("P-A3"));
        if (const QString shots = qEnvironmentVariable("LINKDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("map-sku.png"))));

        // Save asks the ERP first, then every order blocked on POSTER-A3 goes back in the queue.
        const int lookups = itemLookups();
        QSignalSpy reloaded(&page, &OrdersPage::loaded);
        save(dialog);
        QVERIFY(reloaded.wait(10000));
        QVERIFY(itemLookups() > lookups);
        QCOMPARE(mappedTo(QStringLiteral("POSTER-A3")), QStringLiteral("P-A3"));
        for (const char* number : {"5001", "5002", "5003"})
            QCOMPARE(status(QLatin1String(number)), QStringLiteral("new"));
        QCOMPARE(status(QStringLiteral("5004")), QStringLiteral("blocked"));
        const QString message = child<QLabel>(&page, "orderMessageLabel")->text();
        QVERIFY2(message.contains(QLatin1String("Order 5002 and every other order blocked on them")) &&
                     message.endsWith(QLatin1String(": 3 orders.")),
                 qPrintable(message));
    }

    void refusesAnItemTheErpDoesNotKnow() {
        storeBlocked({blocked(QStringLiteral("6001"), QStringLiteral("CARD-X")),
                      blocked(QStringLiteral("6002"), QStringLiteral("CARD-X"))});
        OrdersPage page(*m_worker);
        ProductMappingDialog* dialog = openMapSku(page, QStringLiteral("6001"));
        QVERIFY(dialog);
        auto* edit = child<QLineEdit>(dialog, "itemEdit_1");
        QTest::keyClicks(edit, QStringLiteral("NOPE-123"));
        QSignalSpy checked(dialog, &ProductMappingDialog::checked);
        save(dialog);
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog->isVisible());
        QCOMPARE(
            child<QLabel>(dialog, "messageLabel")->text(),
            QStringLiteral("Nothing was saved: the ERP has no item NOPE-123. Find the item in the ERP above, "
                           "or check the number."));
        QCOMPARE(mappedTo(QStringLiteral("CARD-X")), QString());
        QCOMPARE(status(QStringLiteral("6001")), QStringLiteral("blocked"));

        // A number the ERP has, typed: saved, and both orders are unblocked.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("1000"));
        QSignalSpy reloaded(&page, &OrdersPage::loaded);
        save(dialog);
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(mappedTo(QStringLiteral("CARD-X")), QStringLiteral("1000"));
        QCOMPARE(status(QStringLiteral("6001")), QStringLiteral("new"));
        QCOMPARE(status(QStringLiteral("6002")), QStringLiteral("new"));
    }

    void productsPageDialogPicksAndChecks() {
        storeBlocked({blocked(QStringLiteral("7001"), QStringLiteral("FLY-SKU"))});
        ProductsPage page(*m_worker, {QStringLiteral("web")});
        page.setErpClient(m_services->erp());
        page.show();
        QSignalSpy loaded(&page, &ProductsPage::loaded);
        if (page.isBusy())
            QVERIFY(loaded.wait(10000));
        loaded.clear();
        child<QPushButton>(&page, "addProductMappingButton")->click();
        MappingEditDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = child<MappingEditDialog>(&page, "mappingEditDialog")) && dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "skuEdit"), QStringLiteral("FLY-SKU"));
        auto* number = child<QLineEdit>(dialog, "erpItemEdit");
        QTest::keyClicks(number, QStringLiteral("NOPE-123"));
        QSignalSpy checked(dialog, &MappingEditDialog::checked);
        save(dialog);
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog->isVisible());
        QVERIFY2(child<QLabel>(dialog, "messageLabel")
                     ->text()
                     .contains(QLatin1String("the ERP has no item NOPE-123")),
                 qPrintable(child<QLabel>(dialog, "messageLabel")->text()));

        auto* picker = child<ErpItemPicker>(dialog, "itemPicker");
        searchPicker(picker, QStringLiteral("FLYER"));
        auto* list = child<QTreeWidget>(picker, "itemList");
        QCOMPARE(list->topLevelItemCount(), 1);
        list->setCurrentItem(list->topLevelItem(0));
        QCOMPARE(number->text(), QStringLiteral("2000"));
        save(dialog);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(mappedTo(QStringLiteral("FLY-SKU")), QStringLiteral("2000"));
        QCOMPARE(status(QStringLiteral("7001")), QStringLiteral("new"));
        QVERIFY2(
            child<QLabel>(&page, "productMessageLabel")
                ->text()
                .endsWith(QLatin1String("Blocked orders it unblocks, matched again by the next import: 1.")),
            qPrintable(child<QLabel>(&page, "productMessageLabel")->text()));
    }

    void csvImportRequeuesTheOrdersBlockedOnWhatItMaps() {
        storeBlocked({blocked(QStringLiteral("8001"), QStringLiteral("CSV-A")),
                      blocked(QStringLiteral("8002"), QStringLiteral("CSV-A")),
                      blocked(QStringLiteral("8003"), QStringLiteral("CSV-B")),
                      blocked(QStringLiteral("8004"), QStringLiteral("CSV-C"))});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mappings.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shop,sku,product_id,variation_id,erp_item_number,source\n"
                   "web,CSV-A,,,P-A1,\nweb,CSV-B,,,P-A2,\n");
        file.close();
        ProductsPage page(*m_worker, {QStringLiteral("web")});
        page.show();
        QSignalSpy loaded(&page, &ProductsPage::loaded);
        if (page.isBusy())
            QVERIFY(loaded.wait(10000));
        std::optional<Result<int>> imported;
        page.importCsv(path, [&imported](const Result<int>& n) { imported = n; });
        QTRY_VERIFY(imported.has_value());
        QVERIFY2(imported->ok(), qPrintable(imported->message()));
        QCOMPARE(imported->value(), 2);
        for (const char* number : {"8001", "8002", "8003"})
            QCOMPARE(status(QLatin1String(number)), QStringLiteral("new"));
        QCOMPARE(status(QStringLiteral("8004")), QStringLiteral("blocked"));
        QCOMPARE(
            child<QLabel>(&page, "productMessageLabel")->text(),
            QStringLiteral("2 product mapping(s) imported. Blocked orders it unblocks, matched again by the "
                           "next import: 3."));
    }
};

QTEST_MAIN(TestMapSku)
#include "tst_mapsku.moc"
