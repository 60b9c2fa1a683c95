#include "ordermappingtab.h"

#include "choicedelegate.h"
#include "erp/salesorderbuilder.h"
#include "ordermappingmodel.h"
#include "ordermappingnames.h"
#include "store/catalogrepository.h"
#include "ui_ordermappingtab.h"

#include <QHeaderView>

namespace linkdesk {

namespace {
// The same rows in the same order (positions aside: rows() numbers them).
bool sameRows(const QList<OrderMappingRow>& a, const QList<OrderMappingRow>& b) {
    return std::equal(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const OrderMappingRow& x, const OrderMappingRow& y) {
            return x.erpField == y.erpField && x.sourceKind == y.sourceKind && x.sourceValue == y.sourceValue;
        });
}
} // namespace

OrderMappingTab::OrderMappingTab(DatabaseWorker& db, const QString& erpType, QWidget* parent)
    : SettingsTab(QT_TRANSLATE_NOOP("linkdesk::Page", "Order mapping"), parent)
    , m_ui(std::make_unique<Ui::OrderMappingTab>())
    , m_db(db)
    , m_orderMapping(new OrderMappingModel(erpType, this)) {
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
                    choices.append({OrderMappingNames::orderField(field), field});
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
    connect(m_ui->orderMappingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderMappingTab::updateRemoveButton);
    // Whether anything differs from what was read, after every change of the model.
    watchForEdits(m_orderMapping, [this] { updateModified(); });
    loadOrderMapping();
}

OrderMappingTab::~OrderMappingTab() = default;

void OrderMappingTab::reload() {
    loadOrderMapping();
}

void OrderMappingTab::updateEnabled() {
    const bool busy = m_loading || isSaving();
    // Edits made now would be lost to the answer on its way.
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->orderMappingTable), static_cast<QWidget*>(m_ui->addMappingRowButton),
          static_cast<QWidget*>(m_ui->removeMappingRowButton)})
        w->setEnabled(!busy);
    updateRemoveButton();
    setBusy(m_loading);
}

void OrderMappingTab::updateRemoveButton() {
    // A row the order always sets cannot be removed; nor can anything before a row is chosen.
    const int row = m_ui->orderMappingTable->currentIndex().row();
    m_ui->removeMappingRowButton->setEnabled(!m_loading && !isSaving() && row >= 0 &&
                                             !m_orderMapping->isLocked(row));
}

void OrderMappingTab::updateModified() {
    setModified(!sameRows(m_orderMapping->rows(), m_loaded));
}

void OrderMappingTab::revert() {
    m_ui->orderMappingMessageLabel->clear();
    m_orderMapping->setRows(m_loaded);
}

void OrderMappingTab::loadOrderMapping() {
    m_ui->orderMappingMessageLabel->clear();
    m_loading = true;
    updateEnabled();
    m_db.run<QList<OrderMappingRow>>(
        this, m_reads.next(), [](Database& db) { return CatalogRepository(db).orderMapping(); },
        [this](Result<QList<OrderMappingRow>> rows) {
            m_loading = false;
            updateEnabled();
            if (!rows) {
                showMessage(m_ui->orderMappingMessageLabel,
                            tr("The order mapping could not be read: %1").arg(rows.message()), true);
                return;
            }
            m_loaded = *rows;
            m_orderMapping->setRows(*rows);
        });
}

QString OrderMappingTab::validate() {
    m_ui->orderMappingMessageLabel->clear();
    const QString why = m_orderMapping->validate();
    if (!why.isEmpty())
        showMessage(m_ui->orderMappingMessageLabel, why, true);
    return why;
}

SettingsTab::Save OrderMappingTab::save() {
    Save step;
    step.write = [rows = m_orderMapping->rows()](Database& db) -> Result<void> {
        if (auto r = CatalogRepository(db).replaceOrderMapping(rows); !r)
            return fail(tr("The order mapping could not be saved: %1").arg(r.message()));
        return {};
    };
    step.committed = [this] { loadOrderMapping(); };
    return step;
}

} // namespace linkdesk
