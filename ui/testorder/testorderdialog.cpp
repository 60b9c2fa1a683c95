#include "testorderdialog.h"

#include "import/importworker.h"
#include "ui_testorderdialog.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>

namespace linkdesk {

namespace {
enum LineColumn { SkuColumn, QuantityColumn, ShopPriceColumn };
enum PriceColumn { PriceSku, PriceQuantity, PriceShop, PriceErp, PriceOnOrder, PriceColumnCount };

QString money(const QJsonValue& value) {
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'f', 2) : QStringLiteral("–");
}

QString priceText(const QJsonObject& price) {
    if (price.isEmpty())
        return QObject::tr("(no price asked: no code or no item)");
    if (price.contains(QStringLiteral("error")))
        return QObject::tr("%1: %2").arg(price.value(QStringLiteral("customer")).toString(),
                                         price.value(QStringLiteral("error")).toString());
    return QObject::tr("%1: %2").arg(
        price.value(QStringLiteral("customer")).toString(),
        QLocale().toString(price.value(QStringLiteral("total")).toDouble(), 'f', 2));
}
} // namespace

TestOrderDialog::TestOrderDialog(ImportWorker* worker, const QStringList& shopCodes, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TestOrderDialog>())
    , m_worker(worker) {
    m_ui->setupUi(this);
    m_ui->shopCombo->addItems(shopCodes);
    m_ui->linesTable->setColumnCount(3);
    m_ui->linesTable->setHorizontalHeaderLabels({tr("SKU"), tr("Quantity"), tr("Shop price")});
    m_ui->linesTable->horizontalHeader()->setSectionResizeMode(SkuColumn, QHeaderView::Stretch);
    m_ui->linesTable->verticalHeader()->hide();
    m_ui->priceTable->setColumnCount(PriceColumnCount);
    m_ui->priceTable->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Quantity"), tr("Shop price"), tr("ERP price"), tr("On the order")});
    m_ui->priceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->priceTable->horizontalHeader()->setSectionResizeMode(PriceSku, QHeaderView::Stretch);
    m_ui->priceTable->verticalHeader()->hide();
    addLine(QString());
    connect(m_ui->addLineButton, &QPushButton::clicked, this, [this] { addLine(QString()); });
    connect(m_ui->removeLineButton, &QPushButton::clicked, this, [this] {
        if (m_ui->linesTable->rowCount() > 1)
            m_ui->linesTable->removeRow(std::max(0, m_ui->linesTable->currentRow()));
    });
    connect(m_ui->runButton, &QPushButton::clicked, this, &TestOrderDialog::run);
    connect(m_worker, &ImportWorker::testOrderFinished, this, &TestOrderDialog::showResult);
}

TestOrderDialog::~TestOrderDialog() = default;

void TestOrderDialog::setCustomer(const QString& shopCode, const QString& shopCustomerId) {
    m_ui->shopCombo->setCurrentText(shopCode);
    m_ui->customerEdit->setText(shopCustomerId);
}

void TestOrderDialog::addLine(const QString& sku, double quantity, std::optional<double> shopPrice) {
    if (m_ui->linesTable->rowCount() == 1 && !sku.isEmpty() && m_ui->linesTable->item(0, SkuColumn) &&
        m_ui->linesTable->item(0, SkuColumn)->text().isEmpty())
        m_ui->linesTable->removeRow(0); // the empty starter row
    const int row = m_ui->linesTable->rowCount();
    m_ui->linesTable->insertRow(row);
    m_ui->linesTable->setItem(row, SkuColumn, new QTableWidgetItem(sku));
    auto* qty = new QDoubleSpinBox(m_ui->linesTable);
    qty->setRange(0.001, 1e6);
    qty->setDecimals(3);
    qty->setValue(quantity);
    m_ui->linesTable->setCellWidget(row, QuantityColumn, qty);
    // Its lowest value means "not given" (a price of 0 is one the shop may charge).
    auto* price = new QDoubleSpinBox(m_ui->linesTable);
    price->setRange(-0.01, 1e9);
    price->setDecimals(2);
    price->setSpecialValueText(tr("not given"));
    price->setValue(shopPrice ? *shopPrice : -0.01);
    m_ui->linesTable->setCellWidget(row, ShopPriceColumn, price);
}

void TestOrderDialog::run() {
    QList<TestOrder::Line> lines;
    for (int row = 0; row < m_ui->linesTable->rowCount(); ++row) {
        const QString sku = m_ui->linesTable->item(row, SkuColumn)
                                ? m_ui->linesTable->item(row, SkuColumn)->text().trimmed()
                                : QString();
        const auto* qty = qobject_cast<QDoubleSpinBox*>(m_ui->linesTable->cellWidget(row, QuantityColumn));
        const auto* price = qobject_cast<QDoubleSpinBox*>(m_ui->linesTable->cellWidget(row, ShopPriceColumn));
        std::optional<double> shopPrice;
        if (price && price->value() >= 0)
            shopPrice = price->value();
        if (!sku.isEmpty())
            lines.append({sku, qty ? qty->value() : 1, shopPrice});
    }
    const QString customer = m_ui->customerEdit->text().trimmed();
    if (customer.isEmpty() || lines.isEmpty()) {
        m_ui->codeLabel->setText(tr("Enter the shop customer ID and at least one SKU."));
        return;
    }
    if (!m_worker->startTestOrder(m_ui->shopCombo->currentText(), customer, lines)) {
        m_ui->codeLabel->setText(tr("An import is running; try again when it has finished."));
        return;
    }
    m_waiting = true;
    m_ui->runButton->setEnabled(false);
    m_ui->codeLabel->setText(tr("Asking the ERP…"));
    m_ui->linkedPriceLabel->clear();
    m_ui->defaultPriceLabel->clear();
    m_ui->priceSourceLabel->clear();
    m_ui->priceTable->setRowCount(0);
    m_ui->traceList->clear();
}

void TestOrderDialog::showResult(bool ok, const QString& error, const QJsonObject& result) {
    if (!m_waiting)
        return; // someone else's test order
    m_waiting = false;
    m_ui->runButton->setEnabled(true);
    if (!ok) {
        m_ui->codeLabel->setText(tr("The test order could not run: %1").arg(error));
        return;
    }
    const QString code = result.value(QStringLiteral("customer_code")).toString();
    m_ui->codeLabel->setText(code.isEmpty()
                                 ? tr("(none) — %1").arg(result.value(QStringLiteral("reason")).toString())
                                 : tr("%1 (%2)").arg(code, result.value(QStringLiteral("how")).toString()));
    m_ui->linkedPriceLabel->setText(priceText(result.value(QStringLiteral("price_linked")).toObject()));
    m_ui->defaultPriceLabel->setText(priceText(result.value(QStringLiteral("price_default")).toObject()));
    showLinePrices(result);
    for (const auto& sentence : result.value(QStringLiteral("trace")).toArray())
        m_ui->traceList->addItem(sentence.toString());
}

void TestOrderDialog::showLinePrices(const QJsonObject& result) {
    const QString code = result.value(QStringLiteral("customer_code")).toString();
    const bool erp = result.value(QStringLiteral("line_price_source")).toString() == QLatin1String("erp");
    m_ui->priceSourceLabel->setText(
        erp ? tr("Sent without a price: the ERP applies its own price for %1 (line_price_source: erp).")
                  .arg(code.isEmpty() ? tr("the customer") : code)
            : tr("Sent with the price the customer paid in the shop (line_price_source: shop)."));
    m_ui->priceTable->horizontalHeaderItem(PriceErp)->setText(
        code.isEmpty() ? tr("ERP price") : tr("ERP price (%1)").arg(code));
    const QJsonArray lines = result.value(QStringLiteral("lines")).toArray();
    m_ui->priceTable->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonObject l = lines.at(row).toObject();
        const QStringList cells{l.value(QStringLiteral("sku")).toString(),
                                QLocale().toString(l.value(QStringLiteral("quantity")).toDouble()),
                                money(l.value(QStringLiteral("shop_price"))),
                                money(l.value(QStringLiteral("erp_price"))),
                                money(l.value(QStringLiteral("order_price")))};
        for (int column = 0; column < PriceColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column != PriceSku)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->priceTable->setItem(row, column, item);
        }
    }
}

} // namespace linkdesk
