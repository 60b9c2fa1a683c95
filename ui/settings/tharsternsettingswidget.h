#pragma once

#include <QGroupBox>

#include <memory>

namespace Ui {
class TharsternSettingsWidget;
}

namespace linkdesk {

struct Profile;

// Settings → Connections for a Tharstern ERP: the profile's [erp] keys (api_url, user,
// application_id, customer_search, customer_search_path, customer_search_parameter,
// customer_create_path, contacts_path, submit_deduplicates and the searches by name), edited and
// saved to the profile file.
// The password is a keychain entry (erp.password), set with the other credentials.
class TharsternSettingsWidget final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TharsternSettingsWidget)
public:
    explicit TharsternSettingsWidget(const Profile& profile, QWidget* parent = nullptr);
    ~TharsternSettingsWidget() override;

signals:
    // The profile as saved: the next import and Test connection use it.
    void profileSaved(const linkdesk::Profile& profile);

private:
    void updateSearchFields();
    void save();
    void showMessage(const QString& message, bool error);

    std::unique_ptr<Ui::TharsternSettingsWidget> m_ui;
    QString m_profilePath;
};

} // namespace linkdesk
