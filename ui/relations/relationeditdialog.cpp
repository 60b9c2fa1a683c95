#include "relationeditdialog.h"

#include "ui_relationeditdialog.h"

namespace linkdesk {

RelationEditDialog::RelationEditDialog(const QStringList& shopCodes, const ContactRelation* existing,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RelationEditDialog>()) {
    m_ui->setupUi(this);
    for (const QString& code : shopCodes)
        m_ui->shopCombo->addItem(code, code);
    if (existing) {
        setWindowTitle(tr("Change contact relation"));
        if (m_ui->shopCombo->findData(existing->shopCode) < 0)
            m_ui->shopCombo->addItem(existing->shopCode, existing->shopCode);
        m_ui->shopCombo->setCurrentIndex(m_ui->shopCombo->findData(existing->shopCode));
        m_ui->customerEdit->setText(existing->shopCustomerId);
        m_ui->erpCustomerEdit->setText(existing->erpCustomerNumber);
        m_ui->reasonEdit->setText(existing->reason);
        m_ui->shopCombo->setEnabled(false);
        m_ui->customerEdit->setEnabled(false);
        m_ui->erpCustomerEdit->setFocus();
    } else {
        setWindowTitle(tr("Add contact relation"));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RelationEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RelationEditDialog::~RelationEditDialog() = default;

ContactRelation RelationEditDialog::relation() const {
    ContactRelation r;
    r.shopCode = m_ui->shopCombo->currentData().toString();
    r.shopCustomerId = m_ui->customerEdit->text().trimmed();
    r.erpCustomerNumber = m_ui->erpCustomerEdit->text().trimmed();
    r.reason = m_ui->reasonEdit->text().trimmed();
    return r;
}

QString RelationEditDialog::problem() const {
    const ContactRelation r = relation();
    if (r.shopCode.isEmpty())
        return tr("Choose the shop.");
    if (r.shopCustomerId.isEmpty())
        return tr("Type the shop customer's id (the sub-login whose orders are booked elsewhere).");
    if (r.shopCustomerId.startsWith(QLatin1String("guest:")))
        return tr("A contact relation is for a registered shop customer, not a guest.");
    if (r.erpCustomerNumber.isEmpty())
        return tr("Type the number of the ERP customer the orders are booked to.");
    if (r.reason.isEmpty())
        return tr("Give a reason: it is shown in the trace of every order booked this way.");
    return {};
}

void RelationEditDialog::accept() {
    if (const QString why = problem(); !why.isEmpty()) {
        m_ui->messageLabel->setText(why);
        return;
    }
    QDialog::accept();
}

} // namespace linkdesk
