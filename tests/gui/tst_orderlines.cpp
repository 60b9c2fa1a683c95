// Settings → Order mapping and Order lines, driven as staff use them: the order-line settings are a
// tab of their own (per shop, like the matching settings) and save what is chosen; the order mapping
// offers no row for the fields every order sets itself, and refuses one typed in.
#include "erp/salesorderbuilder.h"
#include "store/catalogrepository.h"
#include "store/settingsstore.h"
#include "ui/settings/ordermappingmodel.h"
#include "ui/settings/settingspage.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace linkdesk;

#define WAIT_IDLE(page) QTRY_VERIFY_WITH_TIMEOUT(!(page).isBusy(), 15000)

class TestOrderLines : public test::WindowTest {
    Q_OBJECT

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase());
        m_profile.shops.append(test::unreachableShop(QStringLiteral("web"), QStringLiteral("Web shop")));
    }

    void orderLineSettingsHaveATabOfTheirOwn() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        auto* tabs = child<QTabWidget>(&page, "settingsTabs");
        auto* lines = child<QWidget>(&page, "orderLinesTab");
        auto* matching = child<QWidget>(&page, "matchingTab");
        QVERIFY(tabs && lines && matching);
        QCOMPARE(tabs->tabText(tabs->indexOf(lines)), QStringLiteral("Order lines"));
        QCOMPARE(tabs->indexOf(lines), tabs->indexOf(child<QWidget>(&page, "orderMappingTab")) + 1);
        for (const SettingSpec& spec : settingSpecs()) {
            const bool lineSetting = spec.group == SettingGroup::OrderLines;
            QCOMPARE(child<QWidget>(lines, spec.key) != nullptr, lineSetting);
            QCOMPARE(child<QWidget>(matching, spec.key) != nullptr, !lineSetting);
        }
        for (const QString& key : {SettingKey::LinePriceSource, SettingKey::ShippingLineType,
                                   SettingKey::ShippingLineNumber, SettingKey::FeeLineType})
            QVERIFY2(child<QWidget>(lines, key), qPrintable(key));

        // For shop web: prices from the ERP, shipping on G/L account 6110; the installation keeps its own.
        tabs->setCurrentWidget(lines);
        auto* selector = child<QComboBox>(lines, "shopSelector");
        selector->setCurrentIndex(selector->findData(QStringLiteral("web")));
        WAIT_IDLE(page);
        for (const QString& key :
             {SettingKey::LinePriceSource, SettingKey::ShippingLineType, SettingKey::ShippingLineNumber}) {
            auto* inherit = child<QCheckBox>(lines, QStringLiteral("inherit_") + key);
            QVERIFY(inherit && inherit->isChecked());
            inherit->click();
            QVERIFY(!inherit->isChecked());
        }
        auto* price = child<QComboBox>(lines, SettingKey::LinePriceSource);
        price->setCurrentIndex(price->findData(QStringLiteral("erp")));
        QCOMPARE(price->currentText(), QStringLiteral("From the ERP (nothing sent)"));
        auto* shipping = child<QComboBox>(lines, SettingKey::ShippingLineType);
        shipping->setCurrentIndex(shipping->findData(QStringLiteral("account")));
        auto* number = child<QLineEdit>(lines, SettingKey::ShippingLineNumber);
        QTest::keyClicks(number, QStringLiteral("6110"));
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton); // the page's one Save
        WAIT_IDLE(page);
        QTRY_COMPARE(child<QLabel>(&page, "saveMessageLabel")->text(), QStringLiteral("Settings saved."));
        if (qEnvironmentVariableIsSet("LINKDESK_SCREENSHOT_DIR")) {
            page.resize(1280, 800);
            page.grab().save(qEnvironmentVariable("LINKDESK_SCREENSHOT_DIR") +
                             QStringLiteral("/order-lines.png"));
        }
        const ShopSettings web = *SettingsStore(*m_db).forShop(QStringLiteral("web"));
        QCOMPARE(web.lines.price, LineSource::Erp);
        QCOMPARE(web.lines.shipping.type, ChargeLineType::Account);
        QCOMPARE(web.lines.shipping.number, QStringLiteral("6110"));
        QCOMPARE(SettingsStore(*m_db).forShop(QString())->lines.price, LineSource::Shop);
        // The matching settings of the shop were not touched.
        QCOMPARE(
            toString(
                SettingsStore(*m_db).entry(SettingKey::DefaultCustomerCode, QStringLiteral("web"))->origin),
            toString(SettingsStore::Origin::Default));
    }

    void orderMappingOffersNoRowForWhatTheOrderSets() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        OrderMappingModel* model = page.orderMappingModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const OrderMappingRow& r : model->rows())
            QVERIFY2(!SalesOrderBuilder::isFixedField(r.erpField), qPrintable(r.erpField));
        const int rowsBefore = model->rowCount(); // with the locked rows of what the order sets
        const int stored = rowsBefore - model->lockedRowCount();
        auto* tab = child<QWidget>(&page, "orderMappingTab");
        QVERIFY(child<QLabel>(tab, "orderMappingHintLabel")->text().contains(QStringLiteral("always set")));
        QTest::mouseClick(child<QPushButton>(tab, "addMappingRowButton"), Qt::LeftButton);
        QVERIFY(model->setData(model->index(rowsBefore, OrderMappingModel::ErpField),
                               QStringLiteral("customerNumber")));
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        WAIT_IDLE(page);
        const QString message = child<QLabel>(tab, "orderMappingMessageLabel")->text();
        QVERIFY2(message.contains(QStringLiteral("ERP customer number is always set from the order itself")),
                 qPrintable(message));
        QCOMPARE(CatalogRepository(*m_db).orderMapping()->size(), stored); // nothing saved
        if (qEnvironmentVariableIsSet("LINKDESK_SCREENSHOT_DIR")) {
            child<QTabWidget>(&page, "settingsTabs")->setCurrentWidget(tab);
            page.resize(1280, 800);
            page.grab().save(qEnvironmentVariable("LINKDESK_SCREENSHOT_DIR") +
                             QStringLiteral("/order-mapping.png"));
        }

        QVERIFY(model->setData(model->index(rowsBefore, OrderMappingModel::ErpField),
                               QStringLiteral("yourReference")));
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        WAIT_IDLE(page);
        QTRY_COMPARE(CatalogRepository(*m_db).orderMapping()->size(), stored + 1);
    }
};

QTEST_MAIN(TestOrderLines)
#include "tst_orderlines.moc"
