#include "ordermappingtab.h"

#include "choicedelegate.h"
#include "erp/salesorderbuilder.h"
#include "ordermappingmodel.h"
#include "store/catalogrepository.h"
#include "ui_ordermappingtab.h"

#include <QHeaderView>

namespace linkdesk {

OrderMappingTab::OrderMappingTab(DatabaseWorker& db, QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Order mapping"), parent)
    , m_ui(std::make_unique<Ui::OrderMappingTab>())
    , m_db(db)
    , m_orderMapping(new OrderMappingModel(this)) {
    m_ui->setupUi(this);
    m_ui->orderMappingTable->setModel(m_orderMapping);
    m_ui->orderMappingTable->verticalHeader()->hide();
    m_ui->orderMappingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->orderMappingTable->setColumnWidth(OrderMappingModel::ErpField, 220);
    m_ui->orderMappingTable->setColumnWidth(OrderMappingModel::SourceKind, 140);
    m_ui->orderMappingTable->setItemDelegate(new ChoiceDelegate(
        [](const QModelIndex& index) {
            QList<ChoiceDelegate::Choice> choices;
            if (index.column() == OrderMappingModel::SourceKind) {
                for (const QString& kind : {QStringLiteral("field"), QStringLiteral("constant")})
                    choices.append({OrderMappingModel::kindText(kind), kind});
            } else if (index.column() == OrderMappingModel::SourceValue &&
                       index.siblingAtColumn(OrderMappingModel::SourceKind).data(Qt::EditRole) ==
                           QLatin1String("field")) {
                for (const QString& field : SalesOrderBuilder::fieldNames())
                    choices.append({field, field});
            }
            return choices;
        },
        this));
    connect(m_ui->addMappingRowButton, &QPushButton::clicked, this, [this] {
        const int row = m_orderMapping->addRow();
        m_ui->orderMappingTable->setCurrentIndex(m_orderMapping->index(row, OrderMappingModel::ErpField));
        m_ui->orderMappingTable->edit(m_orderMapping->index(row, OrderMappingModel::ErpField));
    });
    connect(m_ui->removeMappingRowButton, &QPushButton::clicked, this,
            [this] { m_orderMapping->removeRow(m_ui->orderMappingTable->currentIndex().row()); });
    connect(m_ui->saveOrderMappingButton, &QPushButton::clicked, this, &OrderMappingTab::saveOrderMapping);
    connect(m_ui->revertOrderMappingButton, &QPushButton::clicked, this, &OrderMappingTab::loadOrderMapping);
    loadOrderMapping();
}

OrderMappingTab::~OrderMappingTab() = default;

void OrderMappingTab::reload() {
    loadOrderMapping();
}

void OrderMappingTab::updateBusy() {
    const bool busy = m_loading || m_saving;
    // Edits made now would be lost to the answer on its way.
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->orderMappingTable), static_cast<QWidget*>(m_ui->addMappingRowButton),
          static_cast<QWidget*>(m_ui->removeMappingRowButton),
          static_cast<QWidget*>(m_ui->revertOrderMappingButton),
          static_cast<QWidget*>(m_ui->saveOrderMappingButton)})
        w->setEnabled(!busy);
    setBusy(busy);
}

void OrderMappingTab::loadOrderMapping() {
    m_ui->orderMappingMessageLabel->clear();
    m_loading = true;
    updateBusy();
    m_db.run<QList<OrderMappingRow>>(
        this, m_reads.next(), [](Database& db) { return CatalogRepository(db).orderMapping(); },
        [this](Result<QList<OrderMappingRow>> rows) {
            m_loading = false;
            updateBusy();
            if (!rows) {
                showMessage(m_ui->orderMappingMessageLabel,
                            tr("The order mapping could not be read: %1").arg(rows.message()), true);
                return;
            }
            m_orderMapping->setRows(*rows);
        });
}

void OrderMappingTab::saveOrderMapping() {
    if (m_loading || m_saving)
        return;
    if (const QString why = m_orderMapping->validate(); !why.isEmpty()) {
        showMessage(m_ui->orderMappingMessageLabel, why, true);
        return;
    }
    m_saving = true;
    updateBusy();
    m_db.run<void>(
        this,
        [rows = m_orderMapping->rows()](Database& db) {
            return CatalogRepository(db).replaceOrderMapping(rows);
        },
        [this](Result<void> r) {
            m_saving = false;
            if (!r) {
                updateBusy();
                showMessage(m_ui->orderMappingMessageLabel,
                            tr("The order mapping could not be saved: %1").arg(r.message()), true);
                return;
            }
            loadOrderMapping();
            showMessage(m_ui->orderMappingMessageLabel, tr("Order mapping saved."), false);
        });
}

} // namespace linkdesk
