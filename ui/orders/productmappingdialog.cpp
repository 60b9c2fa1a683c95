#include "productmappingdialog.h"

#include "domain/stagedorder.h"
#include "ui/common/shopnames.h"
#include "ui/products/erpitempicker.h"
#include "ui_productmappingdialog.h"

#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

namespace linkdesk {

ProductMappingDialog::ProductMappingDialog(const StagedOrder& order, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProductMappingDialog>()) {
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Order %1 is blocked: these products have no ERP item. Find each in the ERP below, or type its "
           "number. The mapping is kept for %2, and every order blocked on it is matched again.")
            .arg(order.orderNumber, ShopNames::current().of(order.shopCode)));
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
        edit->installEventFilter(this); // the line edited last takes a picked item
        m_ui->itemForm->addRow(line.describe(), edit);
        m_lines.append({m, edit});
    }
    if (m_lines.isEmpty())
        m_ui->introLabel->setText(
            tr("Every line of order %1 already has an ERP item.").arg(order.orderNumber));
    else
        m_target = m_lines.first().second;
    connect(m_ui->itemPicker, &ErpItemPicker::itemChosen, this, [this](const QString& number) {
        if (m_target)
            m_target->setText(number);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProductMappingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setErpClient(nullptr);
}

ProductMappingDialog::~ProductMappingDialog() = default;

void ProductMappingDialog::setErpClient(ErpClient* erp) {
    m_ui->itemPicker->setErpClient(erp);
    if (!erp)
        showMessage(tr("No ERP connection: the item numbers cannot be checked now and are saved as typed."),
                    false);
    else
        showMessage(QString(), false);
}

bool ProductMappingDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn)
        for (const auto& line : std::as_const(m_lines))
            if (line.second == watched)
                m_target = line.second;
    return QDialog::eventFilter(watched, event);
}

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
    if (m_checking)
        return;
    const QList<ProductMapping> wanted = mappings();
    if (wanted.isEmpty()) {
        showMessage(tr("Pick or type at least one ERP item number, or cancel."), true);
        return;
    }
    if (!m_ui->itemPicker->hasErp()) {
        QDialog::accept();
        return;
    }
    QStringList numbers;
    for (const ProductMapping& m : wanted)
        numbers << m.erpItemNumber;
    numbers.removeDuplicates();
    setChecking(true);
    showMessage(tr("Asking the ERP about %1…").arg(numbers.join(QStringLiteral(", "))), false);
    m_ui->itemPicker->checkItems(numbers, [this](Result<QStringList> unknown) {
        setChecking(false);
        if (!unknown)
            showMessage(tr("Nothing was saved: the ERP could not be asked whether the items exist (%1). Try "
                           "again when the ERP answers.")
                            .arg(unknown.message()),
                        true);
        else if (unknown->size() == 1)
            showMessage(tr("Nothing was saved: the ERP has no item %1. Find the item in the ERP above, or "
                           "check the number.")
                            .arg(unknown->first()),
                        true);
        else if (!unknown->isEmpty())
            showMessage(tr("Nothing was saved: the ERP has none of these items: %1. Find them in the ERP "
                           "above, or check the numbers.")
                            .arg(unknown->join(QStringLiteral(", "))),
                        true);
        else
            QDialog::accept();
        emit checked();
    });
}

void ProductMappingDialog::setChecking(bool checking) {
    m_checking = checking;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!checking);
}

void ProductMappingDialog::showMessage(const QString& text, bool problem) {
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                              : QString());
    m_ui->messageLabel->setText(text);
}

} // namespace linkdesk
