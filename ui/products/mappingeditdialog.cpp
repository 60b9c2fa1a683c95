#include "mappingeditdialog.h"

#include "erpitempicker.h"
#include "ui_mappingeditdialog.h"

#include <QPushButton>
#include <QRegularExpressionValidator>

namespace linkdesk {

MappingEditDialog::MappingEditDialog(const QStringList& shopCodes, const ProductMapping* existing,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MappingEditDialog>()) {
    m_ui->setupUi(this);
    const auto* digits =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), this);
    m_ui->productIdEdit->setValidator(digits);
    m_ui->variationIdEdit->setValidator(digits);
    for (const QString& code : shopCodes)
        m_ui->shopCombo->addItem(code, code);
    if (existing) {
        setWindowTitle(tr("Change product mapping"));
        if (m_ui->shopCombo->findData(existing->shopCode) < 0)
            m_ui->shopCombo->addItem(existing->shopCode, existing->shopCode);
        m_ui->shopCombo->setCurrentIndex(m_ui->shopCombo->findData(existing->shopCode));
        m_ui->skuEdit->setText(existing->sku);
        if (existing->sku.isEmpty()) {
            m_ui->productIdEdit->setText(QString::number(existing->productId));
            m_ui->variationIdEdit->setText(QString::number(existing->variationId));
        }
        m_ui->erpItemEdit->setText(existing->erpItemNumber);
        for (QWidget* key :
             {static_cast<QWidget*>(m_ui->shopCombo), static_cast<QWidget*>(m_ui->skuEdit),
              static_cast<QWidget*>(m_ui->productIdEdit), static_cast<QWidget*>(m_ui->variationIdEdit)})
            key->setEnabled(false);
        m_ui->erpItemEdit->setFocus();
    } else {
        setWindowTitle(tr("Add product mapping"));
    }
    connect(m_ui->itemPicker, &ErpItemPicker::itemChosen, m_ui->erpItemEdit, &QLineEdit::setText);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MappingEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setErpClient(nullptr);
}

void MappingEditDialog::setErpClient(ErpClient* erp) {
    m_ui->itemPicker->setErpClient(erp);
    showMessage(erp ? QString()
                    : tr("No ERP connection: the item number cannot be checked now and is saved as typed."),
                false);
}

void MappingEditDialog::showMessage(const QString& text, bool problem) {
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                              : QString());
    m_ui->messageLabel->setText(text);
}

MappingEditDialog::~MappingEditDialog() = default;

ProductMapping MappingEditDialog::mapping() const {
    ProductMapping m;
    m.shopCode = m_ui->shopCombo->currentData().toString();
    m.sku = m_ui->skuEdit->text().trimmed();
    if (m.sku.isEmpty()) {
        m.productId = m_ui->productIdEdit->text().toLongLong();
        m.variationId = m_ui->variationIdEdit->text().toLongLong();
    }
    m.erpItemNumber = m_ui->erpItemEdit->text().trimmed();
    m.source = QStringLiteral("manual");
    return m;
}

QString MappingEditDialog::problem() const {
    const ProductMapping m = mapping();
    if (m.shopCode.isEmpty())
        return tr("Choose the shop.");
    if (m.sku.isEmpty() && m.productId <= 0)
        return tr("Type the SKU, or the product id for a product without one.");
    if (m.erpItemNumber.isEmpty())
        return tr("Type the ERP item number.");
    return {};
}

void MappingEditDialog::accept() {
    if (m_checking)
        return;
    if (const QString why = problem(); !why.isEmpty()) {
        showMessage(why, true);
        return;
    }
    if (!m_ui->itemPicker->hasErp()) {
        QDialog::accept();
        return;
    }
    const QString number = mapping().erpItemNumber;
    m_checking = true;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    showMessage(tr("Asking the ERP about %1…").arg(number), false);
    m_ui->itemPicker->checkItems({number}, [this, number](Result<QStringList> unknown) {
        m_checking = false;
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
        if (!unknown)
            showMessage(tr("Nothing was saved: the ERP could not be asked whether item %1 exists (%2). Try "
                           "again when the ERP answers.")
                            .arg(number, unknown.message()),
                        true);
        else if (!unknown->isEmpty())
            showMessage(tr("Nothing was saved: the ERP has no item %1. Find the item in the ERP above, or "
                           "check the number.")
                            .arg(number),
                        true);
        else
            QDialog::accept();
        emit checked();
    });
}

} // namespace linkdesk
