#pragma once

#include "ui/common/page.h"

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace linkdesk {

class ConnectionsTab;
class DatabaseWorker;
class MatchingTab;
class OrderMappingModel;
class OrderMappingTab;
class TemplateTableModel;
class TemplatesTab;
struct Profile;
namespace secrets {
class CredentialStore;
}

// The settings, one tab (a page of its own) each: the shared matching settings per shop with the
// installation value beside each (MatchingTab), the customer templates, the order mapping (the
// sales order's header fields), the order lines (a MatchingTab of the order-line settings), the shop
// and ERP connections with their credentials in the keychain, and the user's own language.
// Busy while any tab is.
class SettingsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    // credentials: the keychain to save to (tests pass one with their own service name); the page
    // makes its own when none is given.
    SettingsPage(DatabaseWorker& db, const Profile& profile, secrets::CredentialStore* credentials = nullptr,
                 QWidget* parent = nullptr);
    ~SettingsPage() override;

    TemplateTableModel* templateModel() const;
    OrderMappingModel* orderMappingModel() const;
    // The scope of the Matching tab: empty for the installation, else a shop code.
    QString scope() const;
    QList<Page*> tabs() const { return m_tabs; }

    // Reads every tab again; edits not saved are dropped.
    void reload() override;
    // What "Test connection" found, shown under the button.
    void showConnectionReport(bool ok, const QString& report);

signals:
    // The window wires this to the network services: test the shop and ERP connections.
    void testConnectionRequested();
    // A shared setting saved, once it is committed (and so visible to every connection).
    void settingChanged(const QString& key, const QString& shop);
    // Connections saved the profile (the Tharstern keys): the next import and test use it.
    void profileSaved(const linkdesk::Profile& profile);

private:
    void addTab(Page* tab);
    void updateBusy();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    MatchingTab* m_matching;
    TemplatesTab* m_templates;
    OrderMappingTab* m_orderMapping;
    ConnectionsTab* m_connections;
    QList<Page*> m_tabs;
};

} // namespace linkdesk
