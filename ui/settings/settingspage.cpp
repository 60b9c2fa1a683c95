#include "settingspage.h"

#include "choicedelegate.h"
#include "config/profile.h"
#include "erp/salesorderbuilder.h"
#include "filepreviewdialog.h"
#include "ordermappingmodel.h"
#include "secrets/credentialstore.h"
#include "secrets/secretnames.h"
#include "settingeditor.h"
#include "store/catalogrepository.h"
#include "store/database.h"
#include "store/settingsstore.h"
#include "templatetablemodel.h"
#include "tharsternsettingswidget.h"
#include "ui/common/translations.h"
#include "ui/import/orderfilespanel.h"
#include "ui_settingspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace linkdesk {

SettingsPage::SettingsPage(Database& db, const Profile& profile, secrets::CredentialStore* credentials,
                           QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_db(db)
    , m_settings(new SettingsStore(db, this))
    , m_credentials(credentials ? credentials : new secrets::CredentialStore(this))
    , m_templates(new TemplateTableModel(this))
    , m_orderMapping(new OrderMappingModel(this)) {
    m_ui->setupUi(this);

    m_ui->shopSelector->addItem(tr("Installation (all shops)"), QString());
    for (const ShopConfig& shop : profile.shops)
        m_ui->shopSelector->addItem(shop.name.isEmpty() || shop.name == shop.code
                                        ? shop.code
                                        : tr("%1 (%2)").arg(shop.code, shop.name),
                                    shop.code);
    buildSettingsForm();
    connect(m_ui->shopSelector, &QComboBox::currentIndexChanged, this, &SettingsPage::changeScope);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPage::saveSettings);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsPage::loadSettings);

    QStringList shopCodes;
    for (const ShopConfig& shop : profile.shops)
        shopCodes << shop.code;
    m_ui->templateTable->setModel(m_templates);
    m_ui->templateTable->verticalHeader()->hide();
    m_ui->templateTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->templateTable->setItemDelegate(new ChoiceDelegate(
        [shopCodes](const QModelIndex& index) {
            QList<ChoiceDelegate::Choice> choices;
            if (index.column() == TemplateTableModel::VatPresent) {
                for (int v : {-1, 1, 0})
                    choices.append({TemplateTableModel::vatText(v), v});
            } else if (index.column() == TemplateTableModel::Shop) {
                choices.append({tr("any"), QString()});
                for (const QString& code : shopCodes)
                    choices.append({code, code});
            }
            return choices;
        },
        this));
    connect(m_templates, &TemplateTableModel::editRejected, this,
            [this](const QString& message) { showMessage(m_ui->templatesMessageLabel, message, true); });
    connect(m_ui->addTemplateButton, &QPushButton::clicked, this, [this] {
        const int row = m_templates->addTemplate();
        m_ui->templateTable->setCurrentIndex(m_templates->index(row, TemplateTableModel::Name));
        m_ui->templateTable->edit(m_templates->index(row, TemplateTableModel::Name));
    });
    connect(m_ui->removeTemplateButton, &QPushButton::clicked, this,
            [this] { m_templates->removeTemplate(m_ui->templateTable->currentIndex().row()); });
    connect(m_ui->saveTemplatesButton, &QPushButton::clicked, this, &SettingsPage::saveTemplates);
    connect(m_ui->revertTemplatesButton, &QPushButton::clicked, this, &SettingsPage::loadTemplates);

    m_ui->orderMappingTable->setModel(m_orderMapping);
    m_ui->orderMappingTable->verticalHeader()->hide();
    m_ui->orderMappingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->orderMappingTable->setColumnWidth(OrderMappingModel::ErpField, 220);
    m_ui->orderMappingTable->setColumnWidth(OrderMappingModel::SourceKind, 140);
    m_ui->orderMappingTable->setItemDelegate(new ChoiceDelegate(
        [](const QModelIndex& index) {
            QList<ChoiceDelegate::Choice> choices;
            if (index.column() == OrderMappingModel::SourceKind) {
                for (const QString& kind : {QStringLiteral("field"), QStringLiteral("constant")})
                    choices.append({OrderMappingModel::kindText(kind), kind});
            } else if (index.column() == OrderMappingModel::SourceValue &&
                       index.siblingAtColumn(OrderMappingModel::SourceKind).data(Qt::EditRole) ==
                           QLatin1String("field")) {
                for (const QString& field : SalesOrderBuilder::fieldNames())
                    choices.append({field, field});
            }
            return choices;
        },
        this));
    connect(m_ui->addMappingRowButton, &QPushButton::clicked, this, [this] {
        const int row = m_orderMapping->addRow();
        m_ui->orderMappingTable->setCurrentIndex(m_orderMapping->index(row, OrderMappingModel::ErpField));
        m_ui->orderMappingTable->edit(m_orderMapping->index(row, OrderMappingModel::ErpField));
    });
    connect(m_ui->removeMappingRowButton, &QPushButton::clicked, this,
            [this] { m_orderMapping->removeRow(m_ui->orderMappingTable->currentIndex().row()); });
    connect(m_ui->saveOrderMappingButton, &QPushButton::clicked, this, &SettingsPage::saveOrderMapping);
    connect(m_ui->revertOrderMappingButton, &QPushButton::clicked, this, &SettingsPage::loadOrderMapping);

    buildConnections(profile);
    connect(m_ui->saveSecretsButton, &QPushButton::clicked, this, &SettingsPage::saveSecrets);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, [this] {
        m_ui->testConnectionButton->setEnabled(false);
        m_ui->connectionMessageLabel->setText(tr("Testing the connections…"));
        emit testConnectionRequested();
    });

    buildLanguageChoice();
    reload();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::scope() const {
    return m_ui->shopSelector->currentData().toString();
}

void SettingsPage::reload() {
    loadSettings();
    loadTemplates();
    loadOrderMapping();
}

void SettingsPage::showMessage(QLabel* label, const QString& message, bool error) {
    label->setText(message);
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    if (!error)
        emit statusMessage(message);
}

// ---- settings --------------------------------------------------------------------------------

void SettingsPage::buildSettingsForm() {
    int row = 0;
    for (const SettingSpec& spec : settingSpecs()) {
        auto* editor = new SettingEditor(spec, m_ui->settingsGrid, row++, m_ui->matchingTab);
        connect(editor, &SettingEditor::edited, this, [this] { m_dirty = true; });
        m_editors.append(editor);
    }
    // Editors keep a sensible width; the slack goes to the right of the last column.
    m_ui->settingsGrid->setColumnMinimumWidth(1, 320);
    m_ui->settingsGrid->setColumnStretch(4, 1);
}

void SettingsPage::loadSettings() {
    const QString shop = scope();
    m_ui->scopeHintLabel->setText(
        shop.isEmpty() ? tr("Installation values apply to every shop that does not set its own. "
                            "\"Use default\" leaves a value unset, so Linkdesk's default applies.")
                       : tr("Values for shop %1. \"Use installation value\" leaves a value unset, so the "
                            "installation value shown beside it applies.")
                             .arg(shop));
    auto entries = m_settings->entries(shop);
    if (!entries) {
        showMessage(m_ui->settingsMessageLabel,
                    tr("The settings could not be read: %1").arg(entries.message()), true);
        return;
    }
    const SettingsStore::Origin own =
        shop.isEmpty() ? SettingsStore::Origin::Installation : SettingsStore::Origin::Shop;
    const QString fallbackCaption = shop.isEmpty() ? tr("Default: %1") : tr("Installation: %1");
    const QString inheritCaption = shop.isEmpty() ? tr("Use default") : tr("Use installation value");
    for (SettingEditor* editor : std::as_const(m_editors)) {
        for (const SettingsStore::Entry& e : std::as_const(*entries)) {
            if (e.spec->key != editor->spec().key)
                continue;
            const QString fallback = shop.isEmpty() ? e.spec->defaultValue : e.installationValue;
            editor->load(e.value, e.origin != own, fallback, fallbackCaption, inheritCaption);
        }
    }
    m_ui->settingsMessageLabel->clear();
    m_dirty = false;
    m_shownScope = m_ui->shopSelector->currentIndex();
}

void SettingsPage::changeScope() {
    if (!m_dirty) {
        loadSettings();
        return;
    }
    // Unsaved edits: ask before they are dropped; "Cancel" goes back to the scope being edited.
    const int wanted = m_ui->shopSelector->currentIndex();
    {
        const QSignalBlocker block(m_ui->shopSelector);
        m_ui->shopSelector->setCurrentIndex(m_shownScope);
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved settings"),
                                tr("The settings for %1 have changes that are not saved. Discard them?")
                                    .arg(m_ui->shopSelector->currentText()),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardChangesBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, wanted](int result) {
        if (result != QMessageBox::Discard)
            return;
        m_dirty = false;
        m_ui->shopSelector->setCurrentIndex(wanted); // loads it
    });
    box->open();
}

void SettingsPage::saveSettings() {
    const QString shop = scope();
    // Check every value first, so a mistake is named before anything is written.
    for (SettingEditor* editor : std::as_const(m_editors)) {
        if (editor->isInherited())
            continue;
        if (editor->spec().key == SettingKey::DefaultCustomerCode && editor->value().isEmpty()) {
            showMessage(
                m_ui->settingsMessageLabel,
                tr("\"%1\" cannot be empty: orders that are not linked to a customer are booked to it. "
                   "Type the ERP customer code, or use the installation value.")
                    .arg(SettingEditor::label(editor->spec())),
                true);
            return;
        }
        if (auto ok = canonicalSettingValue(editor->spec(), editor->value()); !ok) {
            showMessage(
                m_ui->settingsMessageLabel,
                tr("\"%1\" cannot be saved: %2").arg(SettingEditor::label(editor->spec()), ok.message()),
                true);
            return;
        }
    }
    // All values in one transaction. Listeners hear of a change only once it is committed (and so
    // visible to every connection): a private store writes, and its changes are announced after.
    SettingsStore writer(m_db);
    QStringList changedKeys;
    connect(&writer, &SettingsStore::changed, this,
            [&changedKeys](const QString& key) { changedKeys << key; });
    Transaction tx(m_db);
    if (!tx.started()) {
        showMessage(m_ui->settingsMessageLabel,
                    tr("The settings could not be saved: %1").arg(tx.started().message()), true);
        return;
    }
    for (SettingEditor* editor : std::as_const(m_editors)) {
        const QString key = editor->spec().key;
        const Result<void> r =
            editor->isInherited() ? writer.unset(key, shop) : writer.set(key, editor->value(), shop);
        if (!r) {
            showMessage(m_ui->settingsMessageLabel,
                        tr("\"%1\" could not be saved, nothing was changed: %2")
                            .arg(SettingEditor::label(editor->spec()), r.message()),
                        true);
            return;
        }
    }
    if (auto r = tx.commit(); !r) {
        showMessage(m_ui->settingsMessageLabel,
                    tr("The settings could not be saved, nothing was changed: %1").arg(r.message()), true);
        return;
    }
    for (const QString& key : std::as_const(changedKeys))
        emit m_settings->changed(key, shop);
    loadSettings();
    showMessage(m_ui->settingsMessageLabel,
                shop.isEmpty() ? tr("Installation settings saved.")
                               : tr("Settings for shop %1 saved.").arg(shop),
                false);
}

// ---- templates and order mapping -------------------------------------------------------------

void SettingsPage::loadTemplates() {
    auto templates = CatalogRepository(m_db).templates();
    if (!templates) {
        showMessage(m_ui->templatesMessageLabel,
                    tr("The customer templates could not be read: %1").arg(templates.message()), true);
        return;
    }
    m_templates->setTemplates(*templates);
    m_ui->templateTable->resizeColumnsToContents();
    m_ui->templatesMessageLabel->clear();
}

void SettingsPage::saveTemplates() {
    CatalogRepository catalog(m_db);
    Transaction tx(m_db);
    Result<void> r = tx.started();
    for (qint64 id : m_templates->removedIds()) {
        if (r)
            r = catalog.removeTemplate(id);
    }
    for (int row = 0; r && row < m_templates->rowCount(); ++row) {
        CustomerTemplate t = m_templates->templates().at(row);
        r = catalog.saveTemplate(t);
        if (r)
            m_templates->setId(row, t.id);
    }
    if (r)
        r = tx.commit();
    if (!r) {
        showMessage(m_ui->templatesMessageLabel,
                    tr("The customer templates could not be saved, nothing was changed: %1").arg(r.message()),
                    true);
        return;
    }
    loadTemplates();
    showMessage(m_ui->templatesMessageLabel, tr("Customer templates saved."), false);
}

void SettingsPage::loadOrderMapping() {
    auto rows = CatalogRepository(m_db).orderMapping();
    if (!rows) {
        showMessage(m_ui->orderMappingMessageLabel,
                    tr("The order mapping could not be read: %1").arg(rows.message()), true);
        return;
    }
    m_orderMapping->setRows(*rows);
    m_ui->orderMappingMessageLabel->clear();
}

void SettingsPage::saveOrderMapping() {
    if (const QString why = m_orderMapping->validate(); !why.isEmpty()) {
        showMessage(m_ui->orderMappingMessageLabel, why, true);
        return;
    }
    if (auto r = CatalogRepository(m_db).replaceOrderMapping(m_orderMapping->rows()); !r) {
        showMessage(m_ui->orderMappingMessageLabel,
                    tr("The order mapping could not be saved: %1").arg(r.message()), true);
        return;
    }
    loadOrderMapping();
    showMessage(m_ui->orderMappingMessageLabel, tr("Order mapping saved."), false);
}

// ---- language --------------------------------------------------------------------------------

void SettingsPage::buildLanguageChoice() {
    QComboBox* combo = m_ui->languageCombo;
    combo->addItem(tr("System default"), QString());
    for (const Translations::Language& language : Translations::languages())
        combo->addItem(language.nativeName, language.code);
    combo->setCurrentIndex(std::max(0, combo->findData(Translations::savedLanguage())));
    // Saved at once: it is the user's own, not part of the shared settings the Save buttons write.
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        Translations::saveLanguage(combo->currentData().toString());
        emit statusMessage(tr("Language saved; it is used from the next start of Linkdesk."));
    });
}

// ---- connections -----------------------------------------------------------------------------

void SettingsPage::buildConnections(const Profile& profile) {
    const auto addValue = [this](QFormLayout* form, const QString& label, const QString& value,
                                 const QString& name) {
        auto* text = new QLabel(value.isEmpty() ? tr("(not set)") : value, this);
        text->setObjectName(name);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, text);
    };
    if (profile.shops.isEmpty())
        m_ui->shopsForm->addRow(new QLabel(tr("The profile names no shop."), this));
    for (const ShopConfig& shop : profile.shops) {
        const bool isFile = shop.type.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0;
        addValue(m_ui->shopsForm, tr("%1 (%2)").arg(shop.code, shop.type), isFile ? shop.path : shop.url,
                 QStringLiteral("shopUrl_") + shop.code);
        if (isFile)
            addFilePreview(shop);
    }
    const ErpConfig& erp = profile.erp;
    addValue(m_ui->erpForm, tr("Type"), erp.type, QStringLiteral("erpType"));
    addValue(m_ui->erpForm, tr("API URL"), erp.apiUrl, QStringLiteral("erpApiUrl"));
    if (erp.type.compare(QLatin1String("businesscentral"), Qt::CaseInsensitive) == 0) {
        addValue(m_ui->erpForm, tr("Token URL"), erp.tokenUrl, QStringLiteral("erpTokenUrl"));
        addValue(m_ui->erpForm, tr("Tenant"), erp.tenant, QStringLiteral("erpTenant"));
        addValue(m_ui->erpForm, tr("Environment"), erp.environment, QStringLiteral("erpEnvironment"));
        addValue(m_ui->erpForm, tr("Company"), erp.companyId, QStringLiteral("erpCompany"));
        addValue(m_ui->erpForm, tr("Client ID"), erp.clientId, QStringLiteral("erpClientId"));
    } else if (erp.type.compare(QLatin1String("tharstern"), Qt::CaseInsensitive) == 0) {
        auto* tharstern = new TharsternSettingsWidget(profile, this); // edits its keys
        tharstern->setObjectName(QStringLiteral("tharsternSettings"));
        m_ui->connectionsLayout->insertWidget(m_ui->connectionsLayout->indexOf(m_ui->erpGroup) + 1,
                                              tharstern);
        connect(tharstern, &TharsternSettingsWidget::profileSaved, this, [this](const Profile& saved) {
            findChild<QLabel*>(QStringLiteral("erpApiUrl"))->setText(saved.erp.apiUrl);
            emit profileSaved(saved);
        });
    } else {
        addValue(m_ui->erpForm, tr("User"), erp.user, QStringLiteral("erpUser"));
    }
    addValue(m_ui->erpForm, tr("Profile file"), profile.path, QStringLiteral("profilePath"));

    const QStringList names = secrets::secretNames(profile);
    if (names.isEmpty())
        m_ui->secretsForm->addRow(new QLabel(tr("This profile needs no credentials."), this));
    for (const QString& name : names) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("secret_") + name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(tr("Leave empty to keep the stored value"));
        auto* status = new QLabel(this);
        status->setObjectName(QStringLiteral("secretStatus_") + name);
        status->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(status);
        m_ui->secretsForm->addRow(name, row);
        m_secretEdits.insert(name, edit);
        m_secretStatus.insert(name, status);
    }
    // The keychain is asked only once staff look at the connections.
    connect(m_ui->settingsTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->settingsTabs->widget(index) == m_ui->connectionsTab && !m_secretStatusShown) {
            m_secretStatusShown = true;
            refreshSecretStatus();
        }
    });
    m_ui->saveSecretsButton->setEnabled(!names.isEmpty());
}

// A folder shop's format, and a preview of a file as Linkdesk reads it (FilePreviewDialog).
void SettingsPage::addFilePreview(const ShopConfig& shop) {
    auto* format = new QLabel(tr("Format: %1").arg(OrderFilesPanel::formatTitle(shop.fileFormat)), this);
    format->setObjectName(QStringLiteral("shopFormat_") + shop.code);
    auto* preview = new QPushButton(tr("Preview a file…"), this);
    preview->setObjectName(QStringLiteral("previewFileButton_") + shop.code);
    connect(preview, &QPushButton::clicked, this, [this, shop] {
        auto* dialog = new FilePreviewDialog(shop, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        emit filePreviewOpened(dialog);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(format, 1);
    row->addWidget(preview);
    m_ui->shopsForm->addRow(QString(), row);
}

void SettingsPage::saveSecrets() {
    QStringList toWrite;
    for (auto it = m_secretEdits.constBegin(); it != m_secretEdits.constEnd(); ++it)
        if (!it.value()->text().isEmpty())
            toWrite << it.key();
    if (toWrite.isEmpty()) {
        showMessage(m_ui->connectionMessageLabel, tr("Type a new value into a credential field first."),
                    true);
        return;
    }
    m_ui->saveSecretsButton->setEnabled(false);
    m_pendingWrites = int(toWrite.size());
    auto failures = std::make_shared<QStringList>();
    for (const QString& name : std::as_const(toWrite)) {
        QLineEdit* edit = m_secretEdits.value(name);
        // The value goes to the keychain only; the field is cleared once it is stored.
        m_credentials->write(
            name, edit->text(), this, [this, name, edit, failures](const Result<void>& done) {
                if (done)
                    edit->clear();
                else
                    failures->append(tr("%1: %2").arg(name, done.message()));
                if (--m_pendingWrites > 0)
                    return;
                m_ui->saveSecretsButton->setEnabled(true);
                refreshSecretStatus();
                if (failures->isEmpty())
                    showMessage(m_ui->connectionMessageLabel, tr("Credentials saved to the keychain."),
                                false);
                else
                    showMessage(m_ui->connectionMessageLabel,
                                tr("Some credentials could not be saved to the keychain:\n%1")
                                    .arg(failures->join(QLatin1Char('\n'))),
                                true);
            });
    }
}

void SettingsPage::refreshSecretStatus() {
    for (auto it = m_secretStatus.constBegin(); it != m_secretStatus.constEnd(); ++it) {
        const QString name = it.key();
        QLabel* status = it.value();
        if (secrets::CredentialStore::fromEnvironment(name)) {
            status->setText(tr("Set by %1").arg(secrets::CredentialStore::environmentVariable(name)));
            continue;
        }
        status->setText(tr("Checking…"));
        // Only whether a value is there is kept; the value itself is dropped at once.
        m_credentials->read(name, status, [status](const Result<QString>& value) {
            status->setToolTip({});
            if (value)
                status->setText(tr("Stored in the keychain"));
            else if (value.error().is(ErrorKind::NotFound))
                status->setText(tr("Not set"));
            else {
                status->setText(value.error().is(ErrorKind::Configuration) ? tr("No keychain available")
                                                                           : tr("Keychain error"));
                status->setToolTip(value.message());
            }
        });
    }
}

void SettingsPage::showConnectionReport(bool ok, const QString& report) {
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->connectionMessageLabel->setText(ok ? report : tr("Not everything works:\n%1").arg(report));
}

} // namespace linkdesk
