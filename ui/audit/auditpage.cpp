#include "auditpage.h"

#include "audittablemodel.h"
#include "ui/common/headerstate.h"
#include "ui/common/icons.h"
#include "ui_auditpage.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>

namespace linkdesk {

AuditPage::AuditPage(Database& db, QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Audit log"), parent)
    , m_ui(std::make_unique<Ui::AuditPage>())
    , m_model(new AuditTableModel(db, this))
    , m_filterTimer(new QTimer(this)) {
    m_ui->setupUi(this);
    m_ui->refreshButton->setIcon(icon(Icon::Refresh));
    m_ui->auditTable->setModel(m_model);
    m_ui->auditTable->verticalHeader()->hide();
    m_ui->auditTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->auditTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->auditTable->setColumnWidth(AuditTableModel::At, 175);
    m_ui->auditTable->setColumnWidth(AuditTableModel::Who, 100);
    m_ui->auditTable->setColumnWidth(AuditTableModel::Entity, 120);
    m_ui->auditTable->setColumnWidth(AuditTableModel::Key, 160);
    m_ui->auditTable->setColumnWidth(AuditTableModel::Subject, 240);
    m_ui->auditTable->setColumnWidth(AuditTableModel::OldValue, 220);
    rememberHeaderState(m_ui->auditTable->horizontalHeader(), QStringLiteral("auditPage"));

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_model->setFilter(m_ui->auditFilterEdit->text()); });
    connect(m_ui->auditFilterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_model, &AuditTableModel::loaded, this, &AuditPage::updateCount);
    connect(m_model, &AuditTableModel::busyChanged, this, &AuditPage::showBusy);
    connect(m_model, &AuditTableModel::loadFailed, this, [this](const QString& message) {
        m_ui->auditCountLabel->setText(tr("The audit log could not be read: %1").arg(message));
        emit statusMessage(message);
    });
}

AuditPage::~AuditPage() = default;

void AuditPage::reload() {
    m_model->reload();
}

void AuditPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload(); // changes made on other pages or by other users since it was last shown
}

void AuditPage::showBusy(bool busy) {
    setBusy(busy);
    m_ui->busyIndicator->setVisible(busy);
    if (busy)
        m_ui->auditCountLabel->setText(tr("Reading the audit log…"));
}

void AuditPage::updateCount() {
    m_ui->auditCountLabel->setText(tr("%n change(s)", nullptr, m_model->totalCount()));
}

QLineEdit* AuditPage::filterEdit() const {
    return m_ui->auditFilterEdit;
}

} // namespace linkdesk
