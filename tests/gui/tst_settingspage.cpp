#include "secrets/credentialstore.h"
#include "store/auditlog.h"
#include "store/catalogrepository.h"
#include "store/settingsstore.h"
#include "ui/settings/ordermappingmodel.h"
#include "ui/settings/settingspage.h"
#include "ui/settings/templatetablemodel.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace linkdesk;

static const QString CheckEmail = SettingKey::CheckEmailNewCustomers;

// Every tab reads and writes on the database worker: wait until the page has the answers.
#define WAIT_IDLE(page) QTRY_VERIFY_WITH_TIMEOUT(!(page).isBusy(), 15000)

class TestSettingsPage : public test::WindowTest {
    Q_OBJECT

    // The Matching tab's widget first: the Order lines tab (a MatchingTab too) has the same names.
    template <typename T>
    static T* child(QWidget* page, const QString& name) {
        auto* w = page->findChild<QWidget*>(QStringLiteral("matchingTab"))->findChild<T*>(name);
        if (!w && !(w = page->findChild<T*>(name)))
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    // Chooses the scope; its values are read on the worker (WAIT_IDLE).
    static void selectShop(SettingsPage& page, const QString& code) {
        auto* selector = child<QComboBox>(&page, QStringLiteral("shopSelector"));
        selector->setCurrentIndex(selector->findData(code));
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase());
        m_profile.shops.append(test::unreachableShop(QStringLiteral("web"), QStringLiteral("Web shop")));
        m_profile.shops.append(ShopConfig{QStringLiteral("trade"),
                                          QStringLiteral("Trade"),
                                          QStringLiteral("file"),
                                          {},
                                          QStringLiteral("/srv/trade")});
        m_profile.erp.type = QStringLiteral("businesscentral");
        m_profile.erp.apiUrl = QStringLiteral("http://127.0.0.1:9/api");
        // The installation turns the e-mail check off; shops inherit that until they set their own.
        QVERIFY(SettingsStore(*m_db).set(CheckEmail, QStringLiteral("false")));
    }

    void showsInstallationValueBesideShopValue() {
        SettingsPage page(*m_worker, m_profile);
        page.resize(1280, 800);
        page.show();
        WAIT_IDLE(page);
        QCOMPARE(page.scope(), QString());
        selectShop(page, QStringLiteral("web"));
        WAIT_IDLE(page);
        QCOMPARE(page.scope(), QStringLiteral("web"));
        auto* inherit = child<QCheckBox>(&page, QStringLiteral("inherit_") + CheckEmail);
        auto* editor = child<QCheckBox>(&page, CheckEmail);
        auto* fallback = child<QLabel>(&page, QStringLiteral("fallback_") + CheckEmail);
        QVERIFY(inherit && editor && fallback);
        QVERIFY(inherit->isChecked());
        QVERIFY(!editor->isEnabled());
        QVERIFY(!editor->isChecked());
        QCOMPARE(fallback->text(), QStringLiteral("Installation: off"));
        auto* label =
            child<QLabel>(&page, QStringLiteral("label_") + SettingKey::UseExternalIdAsCustomerCode);
        QCOMPARE(label->text(), QStringLiteral("Use ExternalId as CustomerCode"));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("label_") + CheckEmail)->text(),
                 QStringLiteral("Check e-mail for new customers"));
        if (qEnvironmentVariableIsSet("LINKDESK_GUI_SHOTS")) {
            QCoreApplication::sendPostedEvents(); // the layout after the texts changed
            for (const QString& tab : {QStringLiteral("templatesTab"), QStringLiteral("orderMappingTab"),
                                       QStringLiteral("connectionsTab")}) {
                auto* tabs = child<QTabWidget>(&page, QStringLiteral("settingsTabs"));
                tabs->setCurrentWidget(child<QWidget>(&page, tab));
                QCoreApplication::sendPostedEvents();
                page.grab().save(
                    QDir(qEnvironmentVariable("LINKDESK_GUI_SHOTS")).filePath(tab + QStringLiteral(".png")));
                tabs->setCurrentIndex(0);
                QCoreApplication::sendPostedEvents();
            }
            page.grab().save(
                QDir(qEnvironmentVariable("LINKDESK_GUI_SHOTS")).filePath(QStringLiteral("settings.png")));
        }
    }

    void savesShopValueWithAudit() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        selectShop(page, QStringLiteral("web"));
        WAIT_IDLE(page);
        child<QCheckBox>(&page, QStringLiteral("inherit_") + CheckEmail)->click();
        auto* editor = child<QCheckBox>(&page, CheckEmail);
        QVERIFY(editor->isEnabled());
        editor->click();
        QVERIFY(editor->isChecked());
        child<QCheckBox>(&page, QStringLiteral("inherit_") + SettingKey::MatchFields)->click();
        child<QCheckBox>(&page, SettingKey::MatchFields + QStringLiteral("_currency_code"))->click();
        child<QCheckBox>(&page, QStringLiteral("inherit_") + SettingKey::CacheTtlSeconds)->click();
        child<QSpinBox>(&page, SettingKey::CacheTtlSeconds)->setValue(300);
        QSignalSpy changed(&page, &SettingsPage::settingChanged);
        // Whoever hears of a change can read it on another connection: it is committed by then.
        auto listener = m_tdb->open();
        QStringList heard;
        connect(&page, &SettingsPage::settingChanged, this, [&](const QString& key, const QString& shop) {
            heard << key + QLatin1Char('=') + SettingsStore(*listener).value(key, shop).value();
        });
        child<QPushButton>(&page, QStringLiteral("saveButton"))->click();
        WAIT_IDLE(page);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("web"));
        QCOMPARE(heard, (QStringList{CheckEmail + QStringLiteral("=true"),
                                     SettingKey::MatchFields + QStringLiteral("=currency_code"),
                                     SettingKey::CacheTtlSeconds + QStringLiteral("=300")}));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("saveMessageLabel"))->text(),
                 QStringLiteral("Settings saved."));

        // What another workstation sees.
        auto other = m_tdb->open();
        SettingsStore store(*other);
        auto entry = store.entry(CheckEmail, QStringLiteral("web"));
        QVERIFY(entry);
        QCOMPARE(entry->value, QStringLiteral("true"));
        QCOMPARE(toString(entry->origin), toString(SettingsStore::Origin::Shop));
        QCOMPARE(store.value(CheckEmail).value(), QStringLiteral("false")); // installation untouched
        QCOMPARE(store.value(SettingKey::MatchFields, QStringLiteral("web")).value(),
                 QStringLiteral("currency_code"));
        QCOMPARE(store.value(SettingKey::CacheTtlSeconds, QStringLiteral("web")).value(),
                 QStringLiteral("300"));
        QCOMPARE(toString(store.entry(SettingKey::GuestPolicy, QStringLiteral("web"))->origin),
                 toString(SettingsStore::Origin::Default)); // not touched, still inherited
        auto audit = AuditLog(*other).list(QStringLiteral("setting"), QStringLiteral("web/") + CheckEmail);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().newValue, QStringLiteral("true"));
        QCOMPARE(audit->first().who, QStringLiteral("tester"));

        // The page shows the shop's own value after the save.
        QVERIFY(!child<QCheckBox>(&page, QStringLiteral("inherit_") + CheckEmail)->isChecked());
    }

    void unsetsBackToInstallationValue() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        selectShop(page, QStringLiteral("web"));
        WAIT_IDLE(page);
        auto* inherit = child<QCheckBox>(&page, QStringLiteral("inherit_") + CheckEmail);
        QVERIFY(!inherit->isChecked());
        QVERIFY(child<QCheckBox>(&page, CheckEmail)->isChecked());
        inherit->click();
        QVERIFY(!child<QCheckBox>(&page, CheckEmail)->isChecked()); // shows the installation value
        child<QPushButton>(&page, QStringLiteral("saveButton"))->click();
        WAIT_IDLE(page);

        auto other = m_tdb->open();
        auto entry = SettingsStore(*other).entry(CheckEmail, QStringLiteral("web"));
        QCOMPARE(toString(entry->origin), toString(SettingsStore::Origin::Installation));
        QCOMPARE(entry->value, QStringLiteral("false"));
        auto audit = AuditLog(*other).list(QStringLiteral("setting"), QStringLiteral("web/") + CheckEmail);
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->first().oldValue, QStringLiteral("true"));
        QCOMPARE(audit->first().newValue, QStringLiteral("(unset)"));
    }

    void installationScopeFallsBackToDefault() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        auto* fallback = child<QLabel>(&page, QStringLiteral("fallback_") + CheckEmail);
        QCOMPARE(fallback->text(), QStringLiteral("Default: on"));
        auto* inherit = child<QCheckBox>(&page, QStringLiteral("inherit_") + CheckEmail);
        QCOMPARE(inherit->text(), QStringLiteral("Use default"));
        QVERIFY(!inherit->isChecked());
        auto* code = child<QLineEdit>(&page, SettingKey::DefaultCustomerCode);
        child<QCheckBox>(&page, QStringLiteral("inherit_") + SettingKey::DefaultCustomerCode)->click();
        code->clear();
        QTest::keyClicks(code, QStringLiteral("  WEB2 "));
        child<QPushButton>(&page, QStringLiteral("saveButton"))->click();
        WAIT_IDLE(page);
        auto other = m_tdb->open();
        QCOMPARE(
            SettingsStore(*other).value(SettingKey::DefaultCustomerCode, QStringLiteral("trade")).value(),
            QStringLiteral("WEB2"));
    }

    void asksBeforeDroppingUnsavedEdits() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        selectShop(page, QStringLiteral("web"));
        WAIT_IDLE(page);
        auto* inherit = child<QCheckBox>(&page, QStringLiteral("inherit_") + SettingKey::GuestPolicy);
        QVERIFY(inherit->isChecked());
        inherit->click();
        auto* selector = child<QComboBox>(&page, QStringLiteral("shopSelector"));
        selectShop(page, QStringLiteral("trade"));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("discardChangesBox"))) &&
                    box->isVisible());
        QCOMPARE(selector->currentData().toString(), QStringLiteral("web"));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(page.scope(), QStringLiteral("web"));
        QVERIFY(!inherit->isChecked()); // the edit is still there

        selectShop(page, QStringLiteral("trade"));
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("discardChangesBox"))) &&
                    box->isVisible());
        box->button(QMessageBox::Discard)->click();
        QCOMPARE(page.scope(), QStringLiteral("trade"));
        WAIT_IDLE(page);
        QVERIFY(inherit->isChecked());
        QVERIFY(page.findChildren<QMessageBox*>().size() <= 1);
        auto other = m_tdb->open();
        QCOMPARE(
            toString(SettingsStore(*other).entry(SettingKey::GuestPolicy, QStringLiteral("web"))->origin),
            toString(SettingsStore::Origin::Default)); // nothing was written
    }

    void refusesEmptyDefaultCustomerInPlainWords() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        selectShop(page, QStringLiteral("trade"));
        WAIT_IDLE(page);
        child<QCheckBox>(&page, QStringLiteral("inherit_") + SettingKey::DefaultCustomerCode)->click();
        child<QLineEdit>(&page, SettingKey::DefaultCustomerCode)->clear();
        child<QCheckBox>(&page, QStringLiteral("inherit_") + SettingKey::CreateMissingCustomers)->click();
        child<QPushButton>(&page, QStringLiteral("saveButton"))->click();
        WAIT_IDLE(page);
        QVERIFY(child<QLabel>(&page, QStringLiteral("settingsMessageLabel"))
                    ->text()
                    .startsWith(QStringLiteral("\"Default customer code\" cannot be empty")));
        auto other = m_tdb->open();
        SettingsStore store(*other);
        QCOMPARE(toString(store.entry(SettingKey::DefaultCustomerCode, QStringLiteral("trade"))->origin),
                 toString(SettingsStore::Origin::Installation));
        // Nothing else was written either.
        QCOMPARE(toString(store.entry(SettingKey::CreateMissingCustomers, QStringLiteral("trade"))->origin),
                 toString(SettingsStore::Origin::Default));
    }

    void editsTemplates() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        QAbstractItemModelTester tester(page.templateModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* table = child<QTableView>(&page, QStringLiteral("templateTable"));
        child<QPushButton>(&page, QStringLiteral("addTemplateButton"))->click();
        QCOMPARE(table->model()->rowCount(), 1);
        auto* model = table->model();
        QVERIFY(model->setData(model->index(0, TemplateTableModel::Name), QStringLiteral("UK trade")));
        QVERIFY(model->setData(model->index(0, TemplateTableModel::Country), QStringLiteral("gb")));
        // The VAT rule is chosen in a combo box in the table itself.
        table->setCurrentIndex(model->index(0, TemplateTableModel::VatPresent));
        table->edit(model->index(0, TemplateTableModel::VatPresent));
        QComboBox* combo = nullptr;
        QTRY_VERIFY((combo = table->findChild<QComboBox*>(QStringLiteral("choiceEditor"))));
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findText(QStringLiteral("with VAT no.")));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(model->index(0, TemplateTableModel::VatPresent).data(Qt::EditRole).toInt(),
                     1); // committed queued
        // The fields are a form beside the table, one field per key Business Central takes.
        auto* terms = child<QLineEdit>(&page, QStringLiteral("templateField_paymentTermsId"));
        QTest::keyClicks(terms, QStringLiteral("4f3a0c1e-2b6d-4e8f-9a7b-1c2d3e4f5a6b"));
        QCOMPARE(model->index(0, TemplateTableModel::VatPresent).data().toString(),
                 QStringLiteral("with VAT no."));
        child<QPushButton>(&page, QStringLiteral("saveButton"))->click();
        WAIT_IDLE(page);
        QCOMPARE(child<QLabel>(&page, QStringLiteral("saveMessageLabel"))->text(),
                 QStringLiteral("Settings saved."));

        auto other = m_tdb->open();
        auto stored = CatalogRepository(*other).templates();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().name, QStringLiteral("UK trade"));
        QCOMPARE(stored->first().country, QStringLiteral("GB"));
        QCOMPARE(stored->first().vatPresent, 1);
        QCOMPARE(stored->first().fields.value(QStringLiteral("paymentTermsId")).toString(),
                 QStringLiteral("4f3a0c1e-2b6d-4e8f-9a7b-1c2d3e4f5a6b"));

        // Editing updates the same template; removing deletes it.
        QVERIFY(model->setData(model->index(0, TemplateTableModel::Priority), 5));
        child<QPushButton>(&page, QStringLiteral("saveButton"))->click();
        WAIT_IDLE(page);
        stored = CatalogRepository(*other).templates();
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().priority, 5);
        table->setCurrentIndex(model->index(0, 0));
        child<QPushButton>(&page, QStringLiteral("removeTemplateButton"))->click();
        child<QPushButton>(&page, QStringLiteral("saveButton"))->click();
        WAIT_IDLE(page);
        QCOMPARE(CatalogRepository(*other).templates()->size(), 0);
    }

    void editsOrderMapping() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        QAbstractItemModelTester tester(page.orderMappingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* table = child<QTableView>(&page, QStringLiteral("orderMappingTable"));
        auto* model = table->model();
        const int n = model->rowCount(); // the locked rows and the migration's default rows
        const int locked = page.orderMappingModel()->lockedRowCount();
        child<QPushButton>(&page, QStringLiteral("addMappingRowButton"))->click();
        child<QPushButton>(&page, QStringLiteral("addMappingRowButton"))->click();
        QCOMPARE(model->rowCount(), n + 2);
        QVERIFY(
            model->setData(model->index(n, OrderMappingModel::ErpField), QStringLiteral("yourReference")));
        QVERIFY(
            model->setData(model->index(n, OrderMappingModel::SourceValue), QStringLiteral("order_number")));
        QVERIFY(model->setData(model->index(n + 1, OrderMappingModel::ErpField),
                               QStringLiteral("shipmentMethod")));
        QVERIFY(model->setData(model->index(n + 1, OrderMappingModel::SourceValue), QStringLiteral("bogus")));
        child<QPushButton>(&page, QStringLiteral("saveButton"))->click();
        WAIT_IDLE(page);
        QVERIFY(
            child<QLabel>(&page, QStringLiteral("orderMappingMessageLabel"))
                ->text()
                .startsWith(
                    QStringLiteral("Row %1 (Shipment method) must take one of the order fields").arg(n + 2)));
        QVERIFY(
            model->setData(model->index(n + 1, OrderMappingModel::SourceKind), QStringLiteral("constant")));
        QVERIFY(model->setData(model->index(n + 1, OrderMappingModel::SourceValue), QStringLiteral("POST")));
        child<QPushButton>(&page, QStringLiteral("saveButton"))->click();
        WAIT_IDLE(page);
        QCOMPARE(child<QLabel>(&page, QStringLiteral("saveMessageLabel"))->text(),
                 QStringLiteral("Settings saved."));
        auto other = m_tdb->open();
        auto rows = CatalogRepository(*other).orderMapping();
        QVERIFY(rows);
        QCOMPARE(rows->size(), n - locked + 2); // the locked rows are not stored
        QCOMPARE(rows->at(n - locked).erpField, QStringLiteral("yourReference"));
        QCOMPARE(rows->at(n - locked).sourceKind, QStringLiteral("field"));
        QCOMPARE(rows->at(n - locked).sourceValue, QStringLiteral("order_number"));
        QCOMPARE(rows->at(n - locked + 1).sourceKind, QStringLiteral("constant"));
        QCOMPARE(rows->at(n - locked + 1).sourceValue, QStringLiteral("POST"));
    }

    void showsConnectionsAndKeepsSecretsOutOfDatabase() {
        // A service of this process's own: the SQLite and PostgreSQL runs share one keyring.
        secrets::CredentialStore keychain(
            QStringLiteral("linkdesk-gui-test-%1").arg(QCoreApplication::applicationPid()));
        SettingsPage page(*m_worker, m_profile, &keychain);
        page.show();
        WAIT_IDLE(page);
        QSignalSpy testRequested(&page, &SettingsPage::testConnectionRequested);
        auto* message = child<QLabel>(&page, QStringLiteral("connectionMessageLabel"));
        const QString testing = QStringLiteral("Testing the connections…");
        child<QPushButton>(&page, QStringLiteral("testConnectionButton"))->click();
        QCOMPARE(testRequested.count(), 1);
        QCOMPARE(message->text(), testing); // nobody answers here
        QCOMPARE(child<QLabel>(&page, QStringLiteral("shopUrl_web"))->text(),
                 QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("shopUrl_trade"))->text(), QStringLiteral("/srv/trade"));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("erpApiUrl"))->text(),
                 QStringLiteral("http://127.0.0.1:9/api"));
        QVERIFY(child<QLineEdit>(&page, QStringLiteral("secret_erp.client_secret")));
        auto* status = child<QLabel>(&page, QStringLiteral("secretStatus_shop.web.consumer_key"));
        QVERIFY(status->text().isEmpty()); // the keychain is not asked before the tab is shown
        auto* tabs = child<QTabWidget>(&page, QStringLiteral("settingsTabs"));
        tabs->setCurrentWidget(child<QWidget>(&page, QStringLiteral("connectionsTab")));
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && status->text() != QStringLiteral("Checking…"),
                                 30000);
        QVERIFY2(status->text() == QStringLiteral("Not set") ||
                     status->text() == QStringLiteral("No keychain available"),
                 qPrintable(status->text() + QLatin1Char(' ') + status->toolTip()));
        QVERIFY(!page.findChild<QLineEdit*>(QStringLiteral("secret_shop.trade.consumer_key"))); // a file shop

        const QString secret = QStringLiteral("s3cret-value-%1").arg(QCoreApplication::applicationPid());
        auto* edit = child<QLineEdit>(&page, QStringLiteral("secret_shop.web.consumer_key"));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, secret);
        child<QPushButton>(&page, QStringLiteral("saveSecretsButton"))->click();
        // Saved, or a plain "no keychain" message where none runs: either way it finishes.
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty() && message->text() != testing, 30000);
        qInfo("keychain: %s", qPrintable(message->text()));
        QVERIFY(!message->text().contains(secret));
        if (message->text() == QStringLiteral("Credentials saved to the keychain.")) {
            QVERIFY(edit->text().isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Stored in the keychain"), 30000);
            QCOMPARE(keychain.readSync(QStringLiteral("shop.web.consumer_key")).value(), secret);
            QVERIFY(keychain.removeSync(QStringLiteral("shop.web.consumer_key")));
        }

        verifyStoredNowhere(secret);
    }

    void everyTabIsAPage() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        auto* tabs = child<QTabWidget>(&page, QStringLiteral("settingsTabs"));
        QCOMPARE(page.tabs().size(), tabs->count());
        for (int i = 0; i < tabs->count(); ++i) {
            QCOMPARE(static_cast<QWidget*>(page.tabs().at(i)), tabs->widget(i));
            QCOMPARE(tabs->tabText(i), page.tabs().at(i)->title());
        }
        QCOMPARE(tabs->widget(0)->objectName(), QStringLiteral("matchingTab"));
        // Refresh reads the tabs that come from the database again: the page is busy until they are in.
        QSignalSpy busy(&page, &Page::busyChanged);
        page.reload();
        QVERIFY(page.isBusy());
        QVERIFY(!child<QWidget>(&page, QStringLiteral("settingsForm"))->isEnabled());
        WAIT_IDLE(page);
        QCOMPARE(busy.count(), 2);
        QVERIFY(child<QWidget>(&page, QStringLiteral("settingsForm"))->isEnabled());
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("saveButton"))->isEnabled()); // nothing changed
        // Each setting's help text, from the one table of settings, is its tool tip.
        QCOMPARE(child<QLabel>(&page, QStringLiteral("label_") + CheckEmail)->toolTip(),
                 QString::fromUtf8(findSettingSpec(CheckEmail)->help));
    }

    void savesWhileAnotherConnectionHoldsTheLock() {
        SettingsPage page(*m_worker, m_profile);
        page.show();
        WAIT_IDLE(page);
        auto* spin = child<QSpinBox>(&page, SettingKey::CacheTtlSeconds);
        auto* inherit = child<QCheckBox>(&page, QStringLiteral("inherit_") + SettingKey::CacheTtlSeconds);
        if (inherit->isChecked())
            inherit->click();
        spin->setValue(spin->value() == 120 ? 180 : 120);
        const QString wanted = QString::number(spin->value());

        // An import on another workstation is in the middle of a write.
        test::WriteLock lock(*m_tdb, {QStringLiteral("settings"), QStringLiteral("audit_log")});
        QVERIFY2(lock.error().isEmpty(), qPrintable(lock.error()));
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(10);
        auto* message = child<QLabel>(&page, QStringLiteral("saveMessageLabel"));
        auto* save = child<QPushButton>(&page, QStringLiteral("saveButton"));
        save->click(); // returns at once
        QVERIFY(page.isBusy());
        // The event loop runs on while the save is with the worker, and the other tabs answer.
        QTRY_VERIFY(ticks >= 30);
        auto* tabs = child<QTabWidget>(&page, QStringLiteral("settingsTabs"));
        tabs->setCurrentWidget(child<QWidget>(&page, QStringLiteral("languageTab")));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("languageTab"));
        tabs->setCurrentIndex(0);
        // Both engines wait for the lock (SQLite's write transactions take it first, BEGIN
        // IMMEDIATE, within its busy timeout): the save is still on its way, the form disabled.
        QVERIFY(page.isBusy());
        QVERIFY(!spin->isEnabled());
        QVERIFY(!save->isEnabled());
        QCOMPARE(message->text(), QStringLiteral("Saving…"));
        lock.release();
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Settings saved."), 15000);
        WAIT_IDLE(page);
        QVERIFY(spin->isEnabled());
        auto other = m_tdb->open();
        QCOMPARE(SettingsStore(*other).value(SettingKey::CacheTtlSeconds).value(), wanted);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
