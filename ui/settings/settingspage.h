#pragma once

#include <QWidget>

#include <memory>

class QDialog;
class QLabel;
class QLineEdit;

namespace Ui {
class SettingsPage;
}

namespace linkdesk {

class Database;
class OrderMappingModel;
class SettingEditor;
class SettingsStore;
class TemplateTableModel;
struct Profile;
struct ShopConfig;
namespace secrets {
class CredentialStore;
}

// The shared settings per shop (with the installation value beside each), the customer templates,
// the order mapping, the shop and ERP connections with their credentials in the keychain, and the
// user's own language for the window.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    // credentials: the keychain to save to (tests pass one with their own service name); the page
    // makes its own when none is given.
    SettingsPage(Database& db, const Profile& profile, secrets::CredentialStore* credentials = nullptr,
                 QWidget* parent = nullptr);
    ~SettingsPage() override;

    SettingsStore* settingsStore() const { return m_settings; }
    TemplateTableModel* templateModel() const { return m_templates; }
    OrderMappingModel* orderMappingModel() const { return m_orderMapping; }
    // The scope being edited: empty for the installation, else a shop code.
    QString scope() const;

public slots:
    void reload();
    // What "Test connection" found, shown under the button.
    void showConnectionReport(bool ok, const QString& report);

signals:
    void statusMessage(const QString& message);
    // The lead wires this to the network services: test the shop and ERP connections.
    void testConnectionRequested();
    // A folder shop's "Preview a file…" opened this dialog (a FilePreviewDialog; tests drive it).
    void filePreviewOpened(QDialog* dialog);
    // Connections saved the profile (the Tharstern keys): the next import and test use it.
    void profileSaved(const linkdesk::Profile& profile);

private:
    void buildSettingsForm();
    void loadSettings();
    void changeScope();
    void saveSettings();
    void loadTemplates();
    void saveTemplates();
    void loadOrderMapping();
    void saveOrderMapping();
    void buildConnections(const Profile& profile);
    void addFilePreview(const ShopConfig& shop);
    void buildLanguageChoice();
    void saveSecrets();
    void refreshSecretStatus();
    void showMessage(QLabel* label, const QString& message, bool error);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    Database& m_db;
    SettingsStore* m_settings;
    secrets::CredentialStore* m_credentials;
    TemplateTableModel* m_templates;
    OrderMappingModel* m_orderMapping;
    QList<SettingEditor*> m_editors;
    QHash<QString, QLineEdit*> m_secretEdits;
    QHash<QString, QLabel*> m_secretStatus;
    bool m_secretStatusShown = false;
    int m_pendingWrites = 0;
    bool m_dirty = false; // the settings form has edits not saved
    int m_shownScope = 0; // the shop selector row the form shows
};

} // namespace linkdesk
