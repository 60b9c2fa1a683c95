#include "tharsternsettingswidget.h"

#include "config/profile.h"
#include "ui_tharsternsettingswidget.h"

#include <QPushButton>
#include <QUrl>

namespace linkdesk {

TharsternSettingsWidget::TharsternSettingsWidget(const Profile& profile, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::TharsternSettingsWidget>())
    , m_profilePath(profile.path) {
    m_ui->setupUi(this);
    m_ui->customerSearchCombo->addItem(tr("The site's e-mail search (endpoint)"), QStringLiteral("endpoint"));
    m_ui->customerSearchCombo->addItem(tr("A directory of all customers and contacts (contacts)"),
                                       QStringLiteral("contacts"));
    const ErpConfig& erp = profile.erp;
    const TharsternKeys& keys = erp.tharstern;
    m_ui->apiUrlEdit->setText(erp.apiUrl);
    m_ui->userEdit->setText(erp.user);
    m_ui->applicationIdEdit->setText(keys.applicationId);
    m_ui->customerSearchCombo->setCurrentIndex(
        qMax(0, m_ui->customerSearchCombo->findData(keys.customerSearch)));
    m_ui->customerSearchPathEdit->setText(keys.customerSearchPath);
    m_ui->customerSearchParameterEdit->setText(keys.customerSearchParameter);
    m_ui->customerCreatePathEdit->setText(keys.customerCreatePath);
    m_ui->contactsPathEdit->setText(keys.contactsPath);
    m_ui->customerNameSearchPathEdit->setText(keys.customerNameSearchPath);
    m_ui->customerNameSearchParameterEdit->setText(keys.customerNameSearchParameter);
    m_ui->productSearchPathEdit->setText(keys.productSearchPath);
    m_ui->productSearchParameterEdit->setText(keys.productSearchParameter);
    m_ui->submitDeduplicatesCheck->setChecked(keys.submitDeduplicates);
    connect(m_ui->customerSearchCombo, &QComboBox::currentIndexChanged, this,
            &TharsternSettingsWidget::updateSearchFields);
    connect(m_ui->saveTharsternButton, &QPushButton::clicked, this, &TharsternSettingsWidget::save);
    updateSearchFields();
}

TharsternSettingsWidget::~TharsternSettingsWidget() = default;

void TharsternSettingsWidget::updateSearchFields() {
    const bool endpoint = m_ui->customerSearchCombo->currentData().toString() == QLatin1String("endpoint");
    m_ui->customerSearchPathEdit->setEnabled(endpoint);
    m_ui->customerSearchParameterEdit->setEnabled(endpoint);
    // With the directory, customers are searched by name in it.
    m_ui->customerNameSearchPathEdit->setEnabled(endpoint);
    m_ui->customerNameSearchParameterEdit->setEnabled(endpoint);
}

void TharsternSettingsWidget::showMessage(const QString& message, bool error) {
    m_ui->tharsternMessageLabel->setText(message);
    m_ui->tharsternMessageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void TharsternSettingsWidget::save() {
    const QString apiUrl = m_ui->apiUrlEdit->text().trimmed();
    const QUrl url(apiUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        showMessage(tr("The API URL must be an http(s) address, like https://mis.example.com/TharsternAPI."),
                    true);
        return;
    }
    const std::pair<QLineEdit*, QString> required[] = {
        {m_ui->userEdit, QStringLiteral("user")},
        {m_ui->applicationIdEdit, QStringLiteral("application_id")},
        {m_ui->customerSearchPathEdit, QStringLiteral("customer_search_path")},
        {m_ui->customerSearchParameterEdit, QStringLiteral("customer_search_parameter")},
        {m_ui->customerCreatePathEdit, QStringLiteral("customer_create_path")},
        {m_ui->contactsPathEdit, QStringLiteral("contacts_path")},
        {m_ui->customerNameSearchPathEdit, QStringLiteral("customer_name_search_path")},
        {m_ui->customerNameSearchParameterEdit, QStringLiteral("customer_name_search_parameter")},
        {m_ui->productSearchPathEdit, QStringLiteral("product_search_path")},
        {m_ui->productSearchParameterEdit, QStringLiteral("product_search_parameter")}};
    for (const auto& [edit, key] : required)
        if (edit->text().trimmed().isEmpty()) {
            showMessage(tr("%1 cannot be empty.").arg(key), true);
            edit->setFocus();
            return;
        }
    // The file as it is now (another window may have saved it), with these keys changed.
    auto loaded = Profile::load(m_profilePath);
    if (!loaded) {
        showMessage(tr("The profile could not be read: %1").arg(loaded.message()), true);
        return;
    }
    Profile profile = *loaded;
    profile.erp.type = QStringLiteral("tharstern");
    profile.erp.apiUrl = apiUrl;
    profile.erp.user = m_ui->userEdit->text().trimmed();
    TharsternKeys& keys = profile.erp.tharstern;
    keys.applicationId = m_ui->applicationIdEdit->text().trimmed();
    keys.customerSearch = m_ui->customerSearchCombo->currentData().toString();
    keys.customerSearchPath = m_ui->customerSearchPathEdit->text().trimmed();
    keys.customerSearchParameter = m_ui->customerSearchParameterEdit->text().trimmed();
    keys.customerCreatePath = m_ui->customerCreatePathEdit->text().trimmed();
    keys.contactsPath = m_ui->contactsPathEdit->text().trimmed();
    keys.customerNameSearchPath = m_ui->customerNameSearchPathEdit->text().trimmed();
    keys.customerNameSearchParameter = m_ui->customerNameSearchParameterEdit->text().trimmed();
    keys.productSearchPath = m_ui->productSearchPathEdit->text().trimmed();
    keys.productSearchParameter = m_ui->productSearchParameterEdit->text().trimmed();
    keys.submitDeduplicates = m_ui->submitDeduplicatesCheck->isChecked();
    if (auto r = profile.save(); !r) {
        showMessage(r.message(), true);
        return;
    }
    showMessage(tr("Saved to %1. Test connection and the next import use it.").arg(m_profilePath), false);
    emit profileSaved(profile);
}

} // namespace linkdesk
