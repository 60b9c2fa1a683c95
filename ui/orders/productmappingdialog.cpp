#include "productmappingdialog.h"

#include "domain/stagedorder.h"
#include "ui_productmappingdialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace linkdesk {

ProductMappingDialog::ProductMappingDialog(const StagedOrder& order, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProductMappingDialog>()) {
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Order %1 is blocked: these products have no ERP item. Type the ERP item "
                                 "number for each; the mapping is kept for shop %2 and the order is matched "
                                 "again.")
                                  .arg(order.orderNumber, order.shopCode));
    QStringList seen;
    for (const OrderLine& line : order.lines) {
        if (!line.erpItemNumber.isEmpty())
            continue;
        ProductMapping m;
        m.shopCode = order.shopCode;
        m.sku = line.sku;
        if (line.sku.isEmpty()) {
            m.productId = line.productId;
            m.variationId = line.variationId;
        }
        m.source = QStringLiteral("manual");
        if (seen.contains(m.matchKey()))
            continue; // the same product on two lines needs one mapping
        seen << m.matchKey();
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("itemEdit_%1").arg(line.lineNo));
        edit->setPlaceholderText(tr("ERP item number"));
        m_ui->itemForm->addRow(line.describe(), edit);
        m_lines.append({m, edit});
    }
    if (m_lines.isEmpty())
        m_ui->introLabel->setText(
            tr("Every line of order %1 already has an ERP item.").arg(order.orderNumber));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProductMappingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProductMappingDialog::~ProductMappingDialog() = default;

QList<ProductMapping> ProductMappingDialog::mappings() const {
    QList<ProductMapping> result;
    for (const auto& [mapping, edit] : m_lines) {
        if (edit->text().trimmed().isEmpty())
            continue;
        ProductMapping m = mapping;
        m.erpItemNumber = edit->text().trimmed();
        result.append(m);
    }
    return result;
}

void ProductMappingDialog::accept() {
    if (mappings().isEmpty()) {
        m_ui->messageLabel->setText(tr("Type at least one ERP item number, or cancel."));
        return;
    }
    QDialog::accept();
}

} // namespace linkdesk
