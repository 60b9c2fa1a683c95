#include "connectionstab.h"

#include "config/profile.h"
#include "filepreviewdialog.h"
#include "secrets/credentialstore.h"
#include "secrets/secretnames.h"
#include "tharsternsettingswidget.h"
#include "ui/import/orderfilespanel.h"
#include "ui_connectionstab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace linkdesk {

ConnectionsTab::ConnectionsTab(const Profile& profile, secrets::CredentialStore* credentials, QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Connections"), parent)
    , m_ui(std::make_unique<Ui::ConnectionsTab>())
    , m_credentials(credentials ? credentials : new secrets::CredentialStore(this)) {
    m_ui->setupUi(this);
    buildConnections(profile);
    connect(m_ui->saveSecretsButton, &QPushButton::clicked, this, &ConnectionsTab::saveSecrets);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, [this] {
        m_ui->testConnectionButton->setEnabled(false);
        m_ui->connectionMessageLabel->setText(tr("Testing the connections…"));
        emit testConnectionRequested();
    });
}

ConnectionsTab::~ConnectionsTab() = default;

void ConnectionsTab::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    // The keychain is asked only once staff look at the connections.
    if (!m_secretStatusShown) {
        m_secretStatusShown = true;
        refreshSecretStatus();
    }
}

void ConnectionsTab::buildConnections(const Profile& profile) {
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
        addValue(m_ui->erpForm, tr("Batches"),
                 erp.batch ? tr("on: at most %1 operations per $batch request").arg(erp.batchSize)
                           : tr("off: one request per call"),
                 QStringLiteral("erpBatch"));
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
    m_ui->saveSecretsButton->setEnabled(!names.isEmpty());
}

// A folder shop's format, and a preview of a file as Linkdesk reads it (FilePreviewDialog).
void ConnectionsTab::addFilePreview(const ShopConfig& shop) {
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

void ConnectionsTab::saveSecrets() {
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

void ConnectionsTab::refreshSecretStatus() {
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

void ConnectionsTab::showConnectionReport(bool ok, const QString& report) {
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->connectionMessageLabel->setText(ok ? report : tr("Not everything works:\n%1").arg(report));
}

} // namespace linkdesk
