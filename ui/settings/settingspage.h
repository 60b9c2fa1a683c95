#pragma once

#include "ui/common/page.h"

#include <QPointer>

#include <functional>
#include <memory>

class QMessageBox;

namespace Ui {
class SettingsPage;
}

namespace linkdesk {

class ConnectionsTab;
class DatabaseWorker;
class MatchingTab;
class OrderMappingModel;
class OrderMappingTab;
class SettingsTab;
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
// The tabs of shared settings (SettingsTab) are saved together by the page's one Save, in one
// transaction on the database worker, and dropped by its one Revert; a tab with changes not saved
// carries a "•" and the page says "Unsaved changes". Leaving the page with changes asks first.
// Busy while any tab is, or while it saves.
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
    // With changes not saved: asks "Save / Discard / Cancel" (a window-modal box, unsavedChangesBox)
    // and calls leave once they are saved or dropped.
    bool confirmLeave(std::function<void()> leave) override;
    // Whether any tab has changes not saved.
    bool isModified() const;
    // The page's Save: checks every changed tab, then writes them all in one transaction. False
    // when nothing was started (nothing changed, a save running, or a value refused: the page says
    // which, and the tab shows it next to the value).
    bool save();
    // The page's Revert: every tab shows what it read last.
    void revert();
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
    void updateModified();
    void showPageMessage(const QString& message, bool error);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    DatabaseWorker& m_db;
    MatchingTab* m_matching;
    TemplatesTab* m_templates;
    OrderMappingTab* m_orderMapping;
    ConnectionsTab* m_connections;
    QList<Page*> m_tabs;
    QList<SettingsTab*> m_settingsTabs;
    bool m_saving = false;
    bool m_wasModified = false;        // at the last updateModified()
    std::function<void()> m_afterSave; // leave the page once the save is committed
    QPointer<QMessageBox> m_leaveBox;
};

} // namespace linkdesk
