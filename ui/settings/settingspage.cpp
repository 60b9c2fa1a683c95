#include "settingspage.h"

#include "config/profile.h"
#include "connectionstab.h"
#include "languagetab.h"
#include "matchingtab.h"
#include "ordermappingtab.h"
#include "templatestab.h"
#include "ui_settingspage.h"

namespace linkdesk {

SettingsPage::SettingsPage(DatabaseWorker& db, const Profile& profile, secrets::CredentialStore* credentials,
                           QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Settings"), parent)
    , m_ui(std::make_unique<Ui::SettingsPage>()) {
    m_ui->setupUi(this);
    QStringList shopCodes;
    for (const ShopConfig& shop : profile.shops)
        shopCodes << shop.code;
    m_matching = new MatchingTab(db, profile, SettingGroup::Matching, this);
    m_templates = new TemplatesTab(db, shopCodes, this);
    m_orderMapping = new OrderMappingTab(db, this);
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
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::addTab(Page* tab) {
    m_ui->settingsTabs->addTab(tab, tab->title());
    m_tabs.append(tab);
    connect(tab, &Page::statusMessage, this, &Page::statusMessage);
    connect(tab, &Page::busyChanged, this, &SettingsPage::updateBusy);
    updateBusy();
}

void SettingsPage::updateBusy() {
    setBusy(std::any_of(m_tabs.cbegin(), m_tabs.cend(), [](const Page* tab) { return tab->isBusy(); }));
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
