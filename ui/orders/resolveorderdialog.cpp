#include "resolveorderdialog.h"

#include "store/database.h"
#include "store/orderrepository.h"
#include "ui/common/databaseworker.h"
#include "ui/common/errordetails.h"
#include "ui_resolveorderdialog.h"

#include <QPushButton>

namespace linkdesk {

ResolveOrderDialog::ResolveOrderDialog(DatabaseWorker& db, const StagedOrder& order, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResolveOrderDialog>())
    , m_db(db)
    , m_order(order) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Resolve order %1").arg(order.externalDocumentNumber()));
    m_ui->reasonLabel->setText(order.reason.isEmpty() ? order.lastError : order.reason);
    auto* details = new ErrorDetailsButton(this); // the request whose outcome is unknown, and its answer
    details->setError(order.lastError, order.lastErrorDetail);
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->reasonLabel) + 1, details, 0,
                                     Qt::AlignLeft);
    connect(m_ui->submittedRadio, &QRadioButton::toggled, this, &ResolveOrderDialog::updateOk);
    connect(m_ui->resubmitRadio, &QRadioButton::toggled, this, &ResolveOrderDialog::updateOk);
    connect(m_ui->erpOrderEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_ui->erpOrderEdit->text().isEmpty())
            m_ui->submittedRadio->setChecked(true);
        updateOk();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResolveOrderDialog::resolve);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

ResolveOrderDialog::~ResolveOrderDialog() = default;

bool ResolveOrderDialog::canResolve(OrderStatus status) {
    return OrderRepository::resolvableFrom().contains(status);
}

void ResolveOrderDialog::updateOk() {
    const bool submitted = m_ui->submittedRadio->isChecked();
    m_ui->erpOrderEdit->setEnabled(!m_ui->resubmitRadio->isChecked());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled((submitted && !m_ui->erpOrderEdit->text().trimmed().isEmpty()) ||
                     m_ui->resubmitRadio->isChecked());
}

void ResolveOrderDialog::resolve() {
    const bool submitted = m_ui->submittedRadio->isChecked();
    const QString number = m_ui->erpOrderEdit->text().trimmed();
    // One conditional statement, on the window's database worker: an order the import moved on
    // meanwhile is refused, named.
    m_ui->buttonBox->setEnabled(false);
    const qint64 id = m_order.id;
    const QString resolvedTemplate = submitted ? tr("resolved by %1: the ERP has it as %2")
                                               : tr("resolved by %1: not in the ERP, submitted anew");
    m_db.run<StagedOrder>(
        this,
        [id, submitted, number, resolvedTemplate](Database& db) {
            const QString reason =
                submitted ? resolvedTemplate.arg(db.actor(), number) : resolvedTemplate.arg(db.actor());
            return OrderRepository(db).resolve(id,
                                               submitted ? OrderRepository::Resolution::Submitted
                                                         : OrderRepository::Resolution::Resubmit,
                                               number, reason);
        },
        [this, submitted, number](Result<StagedOrder> done) {
            m_ui->buttonBox->setEnabled(true);
            if (!done) {
                m_ui->resolveMessageLabel->setText(done.message());
                m_ui->resolveMessageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
                return;
            }
            emit resolved(submitted ? tr("Order %1 is marked submitted as %2; it is never sent again.")
                                          .arg(m_order.orderNumber, number)
                                    : tr("Order %1 will be matched and submitted anew by the next import.")
                                          .arg(m_order.orderNumber));
            accept();
        });
}

} // namespace linkdesk
