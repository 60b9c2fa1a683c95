#include "store/catalogrepository.h"
#include "store/settingsstore.h"
#include "ui/mainwindow.h"
#include "ui/orders/orderspage.h"
#include "ui/settings/ordermappingmodel.h"
#include "ui/settings/settingspage.h"
#include "ui/settings/templatetablemodel.h"
#include "windowtest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace linkdesk;

// Every tab reads on the database worker, and the page saves there: wait until it is done.
#define WAIT_IDLE(page) QTRY_VERIFY_WITH_TIMEOUT(!(page).isBusy(), 15000)

// The settings page's one Save and Revert, its mark of changes not saved, the question when the
// window leaves the page with such changes, the template fields and the locked order-mapping rows.
class TestSettingsSave : public test::WindowTest {
    Q_OBJECT

    template <typename T>
    static T* child(QWidget* parent, const QString& name) {
        // The Matching tab's first: the Order lines tab (a MatchingTab too) has the same names.
        QWidget* matching = parent->findChild<QWidget*>(QStringLiteral("matchingTab"));
        T* w = matching ? matching->findChild<T*>(name) : nullptr;
        if (!w && !(w = parent->findChild<T*>(name)))
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    static QString tabText(QWidget* page, const QString& tabName) {
        auto* tabs = child<QTabWidget>(page, QStringLiteral("settingsTabs"));
        return tabs->tabText(tabs->indexOf(child<QWidget>(page, tabName)));
    }

    // The cache lifetime of the installation, as another workstation reads it.
    QString storedTtl() {
        auto other = m_tdb->open();
        return SettingsStore(*other).value(SettingKey::CacheTtlSeconds).value();
    }

    // Gives the installation a cache lifetime of its own (not the default), through the page.
    static QSpinBox* editTtl(SettingsPage& page, int seconds) {
        auto* inherit = child<QCheckBox>(&page, QStringLiteral("inherit_") + SettingKey::CacheTtlSeconds);
        if (inherit->isChecked())
            inherit->click();
        auto* spin = child<QSpinBox>(&page, SettingKey::CacheTtlSeconds);
        spin->setValue(seconds);
        return spin;
    }

    static QMessageBox* leaveBox(QWidget* parent) {
        QMessageBox* box = nullptr;
        if (!QTest::qWaitFor([&] {
                box = parent->findChild<QMessageBox*>(QStringLiteral("unsavedChangesBox"));
                return box && box->isVisible();
            }))
            return nullptr;
        return box;
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase());
        m_profile.shops.append(test::unreachableShop(QStringLiteral("web"), QStringLiteral("Web shop")));
        m_profile.erp.type = QStringLiteral("businesscentral");
        m_profile.erp.apiUrl = QStringLiteral("http://127.0.0.1:9/api");
    }

    void marksChangesAndRevertsThem() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        auto* save = child<QPushButton>(&page, QStringLiteral("saveButton"));
        auto* revert = child<QPushButton>(&page, QStringLiteral("revertButton"));
        auto* unsaved = child<QLabel>(&page, QStringLiteral("unsavedLabel"));
        QVERIFY(!save->isEnabled() && !revert->isEnabled());
        QVERIFY(!unsaved->isVisible());
        QCOMPARE(tabText(&page, QStringLiteral("matchingTab")), QStringLiteral("Matching"));

        auto* check = child<QCheckBox>(&page, SettingKey::CheckEmailNewCustomers);
        const bool before = check->isChecked();
        auto* inherit =
            child<QCheckBox>(&page, QStringLiteral("inherit_") + SettingKey::CheckEmailNewCustomers);
        const bool inheritedBefore = inherit->isChecked();
        if (inheritedBefore)
            inherit->click();
        check->click();
        QVERIFY(save->isEnabled() && revert->isEnabled());
        QVERIFY(unsaved->isVisible());
        QCOMPARE(unsaved->text(), QStringLiteral("Unsaved changes"));
        QCOMPARE(tabText(&page, QStringLiteral("matchingTab")), QStringLiteral("Matching \u2022"));
        QCOMPARE(tabText(&page, QStringLiteral("templatesTab")), QStringLiteral("Customer templates"));

        // Undone by hand: nothing is left to save.
        check->click();
        if (inheritedBefore)
            inherit->click();
        QVERIFY(!save->isEnabled());
        QVERIFY(!unsaved->isVisible());

        // Changed on two tabs, Revert drops both.
        check->click();
        auto* mapping = page.orderMappingModel();
        child<QPushButton>(&page, QStringLiteral("addMappingRowButton"))->click();
        QCOMPARE(tabText(&page, QStringLiteral("orderMappingTab")), QStringLiteral("Order mapping \u2022"));
        const int rows = mapping->rowCount();
        revert->click();
        QCOMPARE(check->isChecked(), before == inheritedBefore ? before : check->isChecked());
        QCOMPARE(check->isChecked(), before);
        QCOMPARE(inherit->isChecked(), inheritedBefore);
        QCOMPARE(mapping->rowCount(), rows - 1);
        QVERIFY(!save->isEnabled() && !revert->isEnabled());
        QVERIFY(!unsaved->isVisible());
        QCOMPARE(tabText(&page, QStringLiteral("matchingTab")), QStringLiteral("Matching"));
        QCOMPARE(tabText(&page, QStringLiteral("orderMappingTab")), QStringLiteral("Order mapping"));
    }

    void savesEveryTabTogether() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        const int wanted = storedTtl() == QStringLiteral("240") ? 360 : 240;
        editTtl(page, wanted);
        // A template with fields, on another tab, in the same save.
        child<QPushButton>(&page, QStringLiteral("addTemplateButton"))->click();
        auto* model = page.templateModel();
        QVERIFY(model->setData(model->index(0, TemplateTableModel::Name), QStringLiteral("Trade")));
        auto* type = child<QComboBox>(&page, QStringLiteral("templateField_type"));
        type->setCurrentIndex(type->findData(QStringLiteral("Company")));
        auto* credit = child<QLineEdit>(&page, QStringLiteral("templateField_creditLimit"));
        QTest::keyClicks(credit, QStringLiteral("2500"));
        auto* save = child<QPushButton>(&page, QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        save->click();
        WAIT_IDLE(page);
        QCOMPARE(child<QLabel>(&page, QStringLiteral("saveMessageLabel"))->text(),
                 QStringLiteral("Settings saved."));
        QCOMPARE(storedTtl(), QString::number(wanted));
        auto other = m_tdb->open();
        auto stored = CatalogRepository(*other).templates();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        // The stored form is the JSON object it always was.
        QCOMPARE(stored->first().fields, (QJsonObject{{QStringLiteral("type"), QStringLiteral("Company")},
                                                      {QStringLiteral("creditLimit"), 2500}}));
        QVERIFY(!save->isEnabled());
        QVERIFY(!child<QLabel>(&page, QStringLiteral("unsavedLabel"))->isVisible());
        QCOMPARE(tabText(&page, QStringLiteral("templatesTab")), QStringLiteral("Customer templates"));
    }

    void refusesATemplateFieldItCannotStore() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        auto* model = page.templateModel();
        QCOMPARE(model->rowCount(), 1); // Trade, from the test before
        auto* tabs = child<QTabWidget>(&page, QStringLiteral("settingsTabs"));
        tabs->setCurrentWidget(child<QWidget>(&page, QStringLiteral("templatesTab")));
        child<QPushButton>(&page, QStringLiteral("addTemplateButton"))->click();
        auto* table = child<QTableView>(&page, QStringLiteral("templateTable"));
        table->setCurrentIndex(model->index(1, TemplateTableModel::Name));
        QVERIFY(model->setData(model->index(1, TemplateTableModel::Name), QStringLiteral("Terms")));
        auto* terms = child<QLineEdit>(&page, QStringLiteral("templateField_paymentTermsId"));
        auto* error = child<QLabel>(&page, QStringLiteral("templateFieldError_paymentTermsId"));
        QVERIFY(terms->isEnabled());
        QVERIFY(!error->isVisible());
        QTest::keyClicks(terms, QStringLiteral("30D")); // a code, where Business Central wants the ID
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Not an ID")), qPrintable(error->text()));
        QCOMPARE(terms->text(), QStringLiteral("30D")); // kept as typed

        // Another template and back: the text and its message are still there.
        table->setCurrentIndex(model->index(0, TemplateTableModel::Name));
        QVERIFY(terms->text().isEmpty());
        QVERIFY(!error->isVisible());
        table->setCurrentIndex(model->index(1, TemplateTableModel::Name));
        QCOMPARE(terms->text(), QStringLiteral("30D"));
        QVERIFY(error->isVisible());

        auto* save = child<QPushButton>(&page, QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(!page.isBusy()); // nothing was started
        const QString message = child<QLabel>(&page, QStringLiteral("saveMessageLabel"))->text();
        QVERIFY2(message.startsWith(QStringLiteral("Not saved, nothing was changed. Customer templates: The "
                                                   "template \"Terms\" has a value that cannot be stored in "
                                                   "Payment terms ID")),
                 qPrintable(message));
        auto other = m_tdb->open();
        QCOMPARE(CatalogRepository(*other).templates()->size(), 1);

        const QString id = QStringLiteral("4f3a0c1e-2b6d-4e8f-9a7b-1c2d3e4f5a6b");
        terms->clear();
        QTest::keyClicks(terms, id);
        QVERIFY(!error->isVisible());
        save->click();
        WAIT_IDLE(page);
        auto stored = CatalogRepository(*other).templates();
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(1).fields, (QJsonObject{{QStringLiteral("paymentTermsId"), id}}));
        QCOMPARE(stored->at(0).fields.size(), 2); // Trade untouched
    }

    void locksTheRowsTheOrderAlwaysSets() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        OrderMappingModel* model = page.orderMappingModel();
        QCOMPARE(model->lockedRowCount(), 3);
        const QModelIndex customer = model->index(0, OrderMappingModel::ErpField);
        QCOMPARE(customer.data().toString(), QStringLiteral("ERP customer number"));
        QVERIFY(customer.data(Qt::ToolTipRole).toString().contains(QStringLiteral("customerNumber")));
        QCOMPARE(model->index(0, OrderMappingModel::SourceKind).data().toString(),
                 QStringLiteral("always set"));
        for (int column = 0; column < OrderMappingModel::ColumnCount; ++column)
            QVERIFY(!(model->flags(model->index(0, column)) & Qt::ItemIsEditable));
        QVERIFY(!model->setData(customer, QStringLiteral("yourReference")));
        auto* table = child<QTableView>(&page, QStringLiteral("orderMappingTable"));
        auto* tabs = child<QTabWidget>(&page, QStringLiteral("settingsTabs"));
        tabs->setCurrentWidget(child<QWidget>(&page, QStringLiteral("orderMappingTab")));
        table->setCurrentIndex(customer);
        table->edit(customer);
        QVERIFY(!table->findChild<QLineEdit*>()); // no editor opened
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("removeMappingRowButton"))->isEnabled());
        model->removeRow(0);
        QCOMPARE(model->index(0, OrderMappingModel::ErpField).data(Qt::EditRole).toString(),
                 QStringLiteral("customerNumber"));
        QVERIFY(!page.isModified());

        // The rows staff map read as words; the internal names are the tool tips, and what is stored.
        const int row = model->lockedRowCount(); // the migration's currency row
        QCOMPARE(model->index(row, OrderMappingModel::ErpField).data().toString(),
                 QStringLiteral("Currency code"));
        QCOMPARE(model->index(row, OrderMappingModel::ErpField).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("currencyCode"));
        QVERIFY(model->setData(model->index(row, OrderMappingModel::SourceValue),
                               QStringLiteral("order_number")));
        QCOMPARE(model->index(row, OrderMappingModel::SourceValue).data().toString(),
                 QStringLiteral("Shop order number"));
        table->setCurrentIndex(model->index(row, 0));
        QVERIFY(child<QPushButton>(&page, QStringLiteral("removeMappingRowButton"))->isEnabled());
        page.revert();
    }

    void asksBeforeTheWindowLeavesChanges() {
        MainWindow window(*m_db, m_profile);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("Settings")));
        SettingsPage* page = window.settingsPage();
        QCOMPARE(window.currentPage(), page);
        WAIT_IDLE(*page);
        const int wanted = storedTtl() == QStringLiteral("480") ? 600 : 480;
        QSpinBox* spin = editTtl(*page, wanted);

        // Cancel: the page stays, with the change.
        window.showPage(QStringLiteral("Orders"));
        QMessageBox* box = leaveBox(page);
        QVERIFY(box);
        QCOMPARE(window.currentPage(), page);
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(window.currentPage(), page);
        QCOMPARE(spin->value(), wanted);
        QVERIFY(page->isModified());

        // Discard: the window goes on, the change dropped, nothing written.
        const QString before = storedTtl();
        window.showPage(QStringLiteral("Orders"));
        QVERIFY((box = leaveBox(page)));
        box->button(QMessageBox::Discard)->click();
        QCOMPARE(window.currentPage(), static_cast<Page*>(window.ordersPage()));
        QVERIFY(!page->isModified());
        QCOMPARE(storedTtl(), before);

        // Save: the window goes on once it is stored.
        QVERIFY(window.showPage(QStringLiteral("Settings")));
        QCOMPARE(window.currentPage(), page);
        editTtl(*page, wanted);
        window.showPage(QStringLiteral("Orders"));
        QVERIFY((box = leaveBox(page)));
        box->button(QMessageBox::Save)->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), static_cast<Page*>(window.ordersPage()), 15000);
        QCOMPARE(storedTtl(), QString::number(wanted));

        // Closing the window asks as well; Cancel keeps it open.
        QVERIFY(window.showPage(QStringLiteral("Settings")));
        WAIT_IDLE(*page);
        editTtl(*page, wanted + 60);
        window.close();
        QVERIFY((box = leaveBox(page)));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(window.isVisible());
        window.close();
        QVERIFY((box = leaveBox(page)));
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(storedTtl(), QString::number(wanted));
    }
};

QTEST_MAIN(TestSettingsSave)
#include "tst_settingssave.moc"
