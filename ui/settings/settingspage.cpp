#include "settingspage.h"

#include "config/profile.h"
#include "connectionstab.h"
#include "languagetab.h"
#include "matchingtab.h"
#include "ordermappingtab.h"
#include "settingstab.h"
#include "store/database.h"
#include "templatestab.h"
#include "ui/common/databaseworker.h"
#include "ui_settingspage.h"

#include <QMessageBox>
#include <QPushButton>

namespace linkdesk {

namespace {
// After the title of a tab with changes not saved (a mark, not a word: the page says it in words).
const QString UnsavedMark = QStringLiteral(" \u2022");
} // namespace

SettingsPage::SettingsPage(DatabaseWorker& db, const Profile& profile, secrets::CredentialStore* credentials,
                           QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Settings"), parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_db(db) {
    m_ui->setupUi(this);
    QStringList shopCodes;
    for (const ShopConfig& shop : profile.shops)
        shopCodes << shop.code;
    m_matching = new MatchingTab(db, profile, SettingGroup::Matching, this);
    m_templates = new TemplatesTab(db, shopCodes, profile.erp.type, this);
    m_orderMapping = new OrderMappingTab(db, profile.erp.type, this);
    auto* orderLines = new MatchingTab(db, profile, SettingGroup::OrderLines, this);
    m_connections = new ConnectionsTab(profile, credentials, this);
    for (Page* tab : {static_cast<Page*>(m_matching), static_cast<Page*>(m_templates),
                      static_cast<Page*>(m_orderMapping), static_cast<Page*>(orderLines),
                      static_cast<Page*>(m_connections), static_cast<Page*>(new LanguageTab(this))})
        addTab(tab);
    connect(m_matching, &MatchingTab::settingChanged, this, &SettingsPage::settingChanged);
    connect(orderLines, &MatchingTab::settingChanged, this, &SettingsPage::settingChanged);
    connect(m_connections, &ConnectionsTab::profileSaved, this, &SettingsPage::profileSaved);
    connect(m_connections, &ConnectionsTab::testConnectionRequested, this,
            &SettingsPage::testConnectionRequested);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsPage::revert);
    updateModified();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::addTab(Page* tab) {
    m_ui->settingsTabs->addTab(tab, tab->title());
    m_tabs.append(tab);
    connect(tab, &Page::statusMessage, this, &Page::statusMessage);
    connect(tab, &Page::busyChanged, this, &SettingsPage::updateBusy);
    if (auto* settingsTab = qobject_cast<SettingsTab*>(tab)) {
        m_settingsTabs.append(settingsTab);
        connect(settingsTab, &SettingsTab::modifiedChanged, this, &SettingsPage::updateModified);
    }
    updateBusy();
}

void SettingsPage::updateBusy() {
    setBusy(m_saving ||
            std::any_of(m_tabs.cbegin(), m_tabs.cend(), [](const Page* tab) { return tab->isBusy(); }));
}

bool SettingsPage::isModified() const {
    return std::any_of(m_settingsTabs.cbegin(), m_settingsTabs.cend(),
                       [](const SettingsTab* tab) { return tab->isModified(); });
}

void SettingsPage::updateModified() {
    const bool modified = isModified();
    for (SettingsTab* tab : std::as_const(m_settingsTabs))
        m_ui->settingsTabs->setTabText(m_ui->settingsTabs->indexOf(tab),
                                       tab->isModified() ? tab->title() + UnsavedMark : tab->title());
    m_ui->unsavedLabel->setVisible(modified);
    m_ui->saveButton->setEnabled(modified && !m_saving);
    m_ui->revertButton->setEnabled(modified && !m_saving);
    // A first change after a save makes its "Settings saved." old news. (After a save, the tabs
    // read what was saved again, one by one: until then they still count as changed.)
    if (modified && !m_wasModified && !m_saving)
        m_ui->saveMessageLabel->clear();
    m_wasModified = modified;
}

void SettingsPage::showPageMessage(const QString& message, bool error) {
    showMessage(m_ui->saveMessageLabel, message, error);
}

bool SettingsPage::save() {
    if (m_saving || !isModified())
        return false;
    QList<SettingsTab*> changed;
    for (SettingsTab* tab : std::as_const(m_settingsTabs))
        if (tab->isModified())
            changed.append(tab);
    // Every change is checked before anything is written: the first refusal is named and shown.
    for (SettingsTab* tab : std::as_const(changed)) {
        if (tab->isBusy()) {
            showPageMessage(
                tr("Not saved: %1 is still being read. Save again in a moment.").arg(tab->title()), true);
            m_afterSave = nullptr;
            return false;
        }
        if (const QString why = tab->validate(); !why.isEmpty()) {
            m_ui->settingsTabs->setCurrentWidget(tab);
            showPageMessage(tr("Not saved, nothing was changed. %1: %2").arg(tab->title(), why), true);
            m_afterSave = nullptr;
            return false;
        }
    }
    QList<std::function<Result<void>(Database&)>> writes;
    QList<std::function<void()>> committed;
    for (SettingsTab* tab : std::as_const(changed)) {
        SettingsTab::Save step = tab->save();
        writes.append(std::move(step.write));
        committed.append(std::move(step.committed));
        tab->setSaving(true);
    }
    m_saving = true;
    m_ui->saveMessageLabel->setText(tr("Saving…"));
    m_ui->saveMessageLabel->setStyleSheet({});
    updateModified();
    updateBusy();
    // One transaction for every tab: all of it is saved, or nothing.
    m_db.run<void>(
        this,
        [writes](Database& db) -> Result<void> {
            Transaction tx(db);
            if (!tx.started())
                return tx.started().error();
            for (const auto& write : writes)
                if (auto r = write(db); !r)
                    return r;
            return tx.commit();
        },
        [this, changed, committed](Result<void> r) {
            m_saving = false;
            for (SettingsTab* tab : changed)
                tab->setSaving(false);
            if (!r) {
                m_afterSave = nullptr;
                updateModified();
                updateBusy();
                showPageMessage(tr("Not saved, nothing was changed: %1").arg(r.message()), true);
                return;
            }
            for (const auto& done : committed)
                done();
            updateModified();
            updateBusy();
            showPageMessage(tr("Settings saved."), false);
            if (auto leave = std::exchange(m_afterSave, nullptr))
                leave();
        });
    return true;
}

void SettingsPage::revert() {
    if (m_saving)
        return;
    for (SettingsTab* tab : std::as_const(m_settingsTabs))
        if (tab->isModified())
            tab->revert();
    m_ui->saveMessageLabel->clear();
    updateModified();
}

bool SettingsPage::confirmLeave(std::function<void()> leave) {
    if (m_saving) { // the changes are on their way: leave once they are in
        m_afterSave = std::move(leave);
        return false;
    }
    if (!isModified())
        return true;
    if (m_leaveBox && m_leaveBox->isVisible()) { // asked already
        m_leaveBox->raise();
        return false;
    }
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The settings have changes that are not saved. Save them before you go on?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_leaveBox = box;
    connect(box, &QMessageBox::finished, this, [this, leave = std::move(leave)](int result) {
        if (result == QMessageBox::Save) {
            m_afterSave = leave;
            if (!save()) { // else it leaves once it is committed
                m_afterSave = nullptr;
                if (!isModified())
                    leave();
            } // a refusal stays, saying why
        } else if (result == QMessageBox::Discard) {
            revert();
            leave();
        }
    });
    box->open();
    return false;
}

TemplateTableModel* SettingsPage::templateModel() const {
    return m_templates->model();
}

OrderMappingModel* SettingsPage::orderMappingModel() const {
    return m_orderMapping->model();
}

QString SettingsPage::scope() const {
    return m_matching->scope();
}

void SettingsPage::reload() {
    for (Page* tab : std::as_const(m_tabs))
        tab->reload();
}

void SettingsPage::showConnectionReport(bool ok, const QString& report) {
    m_connections->showConnectionReport(ok, report);
}

} // namespace linkdesk
