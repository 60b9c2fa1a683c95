#pragma once

#include "ui/common/page.h"

#include <QHash>

#include <memory>

class QDialog;
class QLabel;
class QLineEdit;

namespace Ui {
class ConnectionsTab;
}

namespace linkdesk {

struct Profile;
struct ShopConfig;
namespace secrets {
class CredentialStore;
}

// The settings tab "Connections": the shops and the ERP as the profile names them, their
// credentials in the system keychain (written, never shown), and "Test connection". Nothing here
// is in the database; the keychain is asked only once the tab is first shown.
class ConnectionsTab final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsTab)
public:
    // credentials: the keychain to save to; the tab makes its own when none is given.
    ConnectionsTab(const Profile& profile, secrets::CredentialStore* credentials = nullptr,
                   QWidget* parent = nullptr);
    ~ConnectionsTab() override;

    // Nothing to read again: the profile is read at start, the keychain when the tab is shown.
    void reload() override {}
    // What "Test connection" found, shown under the button.
    void showConnectionReport(bool ok, const QString& report);

signals:
    // The window wires this to the network services: test the shop and ERP connections.
    void testConnectionRequested();
    // A folder shop's "Preview a file…" opened this dialog (a FilePreviewDialog; tests drive it).
    void filePreviewOpened(QDialog* dialog);
    // The profile was saved (the Tharstern keys): the next import and test use it.
    void profileSaved(const linkdesk::Profile& profile);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildConnections(const Profile& profile);
    void addFilePreview(const ShopConfig& shop);
    void saveSecrets();
    void refreshSecretStatus();

    std::unique_ptr<Ui::ConnectionsTab> m_ui;
    secrets::CredentialStore* m_credentials;
    QHash<QString, QLineEdit*> m_secretEdits;
    QHash<QString, QLabel*> m_secretStatus;
    bool m_secretStatusShown = false;
    int m_pendingWrites = 0;
};

} // namespace linkdesk
