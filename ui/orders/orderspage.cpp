#include "orderspage.h"

#include "choosecustomerdialog.h"
#include "erp/erpclient.h"
#include "orderfilterproxy.h"
#include "ordertablemodel.h"
#include "productmappingdialog.h"
#include "resolveorderdialog.h"
#include "store/catalogrepository.h"
#include "store/orderrepository.h"
#include "submitnowbar.h"
#include "tracedialog.h"
#include "ui/common/errordetails.h"
#include "ui/common/headerstate.h"
#include "ui/common/icons.h"
#include "ui/common/tablesetup.h"
#include "ui_orderspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>

#include <algorithm>

namespace linkdesk {

OrdersPage::OrdersPage(DatabaseWorker& db, QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Orders"), parent)
    , m_ui(std::make_unique<Ui::OrdersPage>())
    , m_db(db)
    , m_model(new OrderTableModel(this))
    , m_proxy(new OrderFilterProxy(this))
    , m_submitBar(new SubmitNowBar(this))
    , m_messageDetails(new ErrorDetailsButton(this)) {
    m_ui->setupUi(this);
    m_ui->refreshOrdersButton->setIcon(icon(Icon::Refresh));
    m_ui->submitNowButton->setIcon(icon(Icon::Submit));
    m_ui->chooseCustomerButton->setIcon(icon(Icon::Customers));
    m_ui->addMappingButton->setIcon(icon(Icon::Products));
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->orderMessageLabel) + 1, m_submitBar);
    { // Details… beside the message, for a job that failed with a request behind it
        const int at = m_ui->pageLayout->indexOf(m_ui->orderMessageLabel);
        auto* row = new QHBoxLayout;
        m_ui->pageLayout->removeWidget(m_ui->orderMessageLabel);
        row->addWidget(m_ui->orderMessageLabel, 1);
        row->addWidget(m_messageDetails, 0, Qt::AlignTop);
        m_ui->pageLayout->insertLayout(at, row);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OrderTableModel::SortRole);
    m_ui->orderTable->setModel(m_proxy);
    // "13 of 320 orders" under a filter, whatever changed the rows shown.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &OrdersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OrdersPage::updateCount);
    m_ui->orderTable->verticalHeader()->hide();
    m_ui->orderTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The reason readable at any window width (the table scrolls sideways before it is squeezed);
    // the last column takes what room is left.
    m_ui->orderTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->orderTable->setColumnWidth(OrderTableModel::Reason, 280);
    m_ui->orderTable->setColumnWidth(OrderTableModel::Shop, shopColumnWidth(m_ui->orderTable));
    m_ui->orderTable->setColumnWidth(OrderTableModel::Number, 90);
    m_ui->orderTable->setColumnWidth(OrderTableModel::Status, 130);
    m_ui->orderTable->setColumnWidth(OrderTableModel::Email, 220);
    m_ui->orderTable->setColumnWidth(OrderTableModel::ErpCustomer, 110);
    m_ui->orderTable->setColumnWidth(OrderTableModel::ErpOrder, 110);
    m_ui->orderTable->setColumnWidth(OrderTableModel::Attempts, 70);
    m_ui->orderTable->sortByColumn(OrderTableModel::Number, Qt::AscendingOrder);
    // Column widths and sort order as this user left them.
    rememberHeaderState(m_ui->orderTable->horizontalHeader(), QStringLiteral("ordersPage"));

    m_ui->orderStatusFilter->addItem(tr("All statuses"), -1);
    for (OrderStatus status : allOrderStatuses())
        m_ui->orderStatusFilter->addItem(OrderTableModel::statusLabel(status), int(status));

    connect(m_ui->orderStatusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_ui->orderStatusFilter->currentData().toInt();
        m_proxy->setStatus(status < 0 ? std::nullopt : std::optional(OrderStatus(status)));
        updateActions();
    });
    connect(m_ui->orderFilterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateActions();
    });
    connect(m_ui->refreshOrdersButton, &QPushButton::clicked, this, &OrdersPage::reload);
    connect(m_ui->orderTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPage::updateActions);
    connect(m_ui->orderTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersPage::updateActions);
    connect(m_ui->orderTable, &QAbstractItemView::activated, this, &OrdersPage::openTrace);
    connect(m_ui->rematchButton, &QPushButton::clicked, this,
            [this] { actOnSelected(OrderBatch::Action::Rematch); });
    connect(m_ui->retryButton, &QPushButton::clicked, this,
            [this] { actOnSelected(OrderBatch::Action::Retry); });
    connect(m_ui->submitNowButton, &QPushButton::clicked, this,
            [this] { actOnSelected(OrderBatch::Action::SubmitNow); });
    connect(m_ui->chooseCustomerButton, &QPushButton::clicked, this, &OrdersPage::chooseCustomer);
    connect(m_submitBar, &SubmitNowBar::runningChanged, this, &OrdersPage::updateActions);
    connect(m_submitBar, &SubmitNowBar::finished, this, [this](const QString& message, bool ok) {
        showMessage(message, !ok, std::exchange(m_submitting, {}));
        m_messageDetails->setError(message, m_submitBar->detail());
        reload();
        emit submitFinished(ok);
    });
    connect(m_ui->traceButton, &QPushButton::clicked, this, &OrdersPage::openTrace);
    connect(m_ui->addMappingButton, &QPushButton::clicked, this, &OrdersPage::addProductMapping);
    // Resolve…: an order waiting for staff, settled once the ERP was checked (ResolveOrderDialog).
    m_resolveButton = new QPushButton(tr("Res&olve…"), this);
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_resolveButton->setToolTip(tr("The ERP has this order, or it does not and it is submitted anew"));
    m_ui->actionLayout->insertWidget(m_ui->actionLayout->indexOf(m_ui->retryButton) + 1, m_resolveButton);
    connect(m_resolveButton, &QPushButton::clicked, this, &OrdersPage::resolve);
    updateActions();
    reload();
}

OrdersPage::~OrdersPage() = default;

void OrdersPage::showStatus(OrderStatus status) {
    m_ui->orderFilterEdit->clear();
    m_ui->orderStatusFilter->setCurrentIndex(m_ui->orderStatusFilter->findData(int(status)));
    reload();
}

void OrdersPage::reload() {
    // A read still on its way is superseded: only the latest answer is shown. The selection stays.
    if (m_model->rowCount() > 0) {
        m_keepSelected.clear();
        for (const StagedOrder& o : selectedOrders())
            m_keepSelected << o.id;
        const auto current = selectedOrder();
        m_keepCurrent = current ? current->id : 0;
    }
    m_reading = true;
    updateBusy();
    m_ui->refreshOrdersButton->setEnabled(false);
    m_ui->orderCountLabel->setText(tr("Loading orders…"));
    m_db.run<Snapshot>(
        this, m_reads.next(),
        [](Database& db) -> Result<Snapshot> {
            OrderRepository orders(db);
            auto list = orders.list();
            if (!list)
                return list.error();
            auto counts = orders.countByStatus();
            if (!counts)
                return counts.error();
            return Snapshot{std::move(*list), std::move(*counts)};
        },
        [this](Result<Snapshot> snapshot) { applyLoaded(std::move(snapshot)); });
}

void OrdersPage::applyLoaded(Result<Snapshot> snapshot) {
    m_reading = false;
    m_ui->refreshOrdersButton->setEnabled(true);
    if (!snapshot) {
        m_ui->orderCountLabel->clear();
        showMessage(tr("The orders could not be read: %1").arg(snapshot.message()), true);
    } else {
        m_model->setRows(std::move(snapshot->orders));
        int total = 0;
        for (int i = 1; i < m_ui->orderStatusFilter->count(); ++i) {
            const auto status = OrderStatus(m_ui->orderStatusFilter->itemData(i).toInt());
            const int n = snapshot->counts.value(status);
            total += n;
            m_ui->orderStatusFilter->setItemText(
                i, tr("%1 (%2)").arg(OrderTableModel::statusLabel(status)).arg(n));
        }
        m_ui->orderStatusFilter->setItemText(0, tr("All statuses (%1)").arg(total));
        updateCount();
        restoreSelection();
        updateActions();
        withdrawStaleMessage();
    }
    updateBusy();
    emit loaded();
}

void OrdersPage::updateCount() {
    if (m_reading)
        return; // "Loading orders…" until they are in
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_ui->orderCountLabel->setText(shown == total ? tr("%n order(s)", nullptr, total)
                                                  : tr("%1 of %n order(s)", nullptr, total).arg(shown));
}

void OrdersPage::updateBusy() {
    setBusy(m_reading || m_acting);
}

std::optional<StagedOrder> OrdersPage::selectedOrder() const {
    const QModelIndex current = m_ui->orderTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->row(m_proxy->mapToSource(current).row());
}

QList<StagedOrder> OrdersPage::selectedOrders() const {
    QList<int> rows;
    for (const QModelIndex& index : m_ui->orderTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<StagedOrder> orders;
    for (int row : rows)
        orders << m_model->row(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return orders;
}

void OrdersPage::restoreSelection() {
    QItemSelectionModel* selection = m_ui->orderTable->selectionModel();
    const auto indexOf = [this](qint64 id) {
        const int row = id ? m_model->rowOf(id) : -1;
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, OrderTableModel::Number));
    };
    QItemSelection rows;
    for (qint64 id : std::as_const(m_keepSelected))
        if (const QModelIndex index = indexOf(id); index.isValid())
            rows.select(index, index);
    if (const QModelIndex current = indexOf(m_keepCurrent); current.isValid())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void OrdersPage::setErpClient(ErpClient* erp) {
    Page::setErpClient(erp);
    updateActions();
}

void OrdersPage::setImportWorker(ImportWorker* worker) {
    m_submitBar->setWorker(worker);
    updateActions();
}

void OrdersPage::updateActions() {
    const auto order = selectedOrder();
    const QList<StagedOrder> selected = selectedOrders();
    const bool idle = !m_acting; // one change at a time
    const auto any = [&selected](OrderBatch::Action action) {
        return std::any_of(selected.cbegin(), selected.cend(),
                           [action](const StagedOrder& o) { return OrderBatch::takes(action, o.status); });
    };
    m_ui->rematchButton->setEnabled(idle && any(OrderBatch::Action::Rematch));
    m_ui->retryButton->setEnabled(idle && any(OrderBatch::Action::Retry));
    m_ui->submitNowButton->setVisible(m_submitBar->hasWorker());
    m_ui->submitNowButton->setEnabled(idle && !m_submitBar->isRunning() &&
                                      any(OrderBatch::Action::SubmitNow));
    m_ui->traceButton->setEnabled(order.has_value());
    const bool one = order.has_value() && idle;
    m_ui->addMappingButton->setEnabled(one && order->status == OrderStatus::Blocked);
    m_ui->chooseCustomerButton->setEnabled(one && order->status == OrderStatus::NeedsReview && hasErp());
    m_ui->chooseCustomerButton->setToolTip(
        hasErp() ? tr("Choose which ERP customer this order's buyer is, among the candidates, and link them")
                 : tr("Needs the ERP connection, which is not configured or not connected yet"));
    if (m_resolveButton)
        m_resolveButton->setEnabled(one && ResolveOrderDialog::canResolve(order->status));
}

void OrdersPage::showMessage(const QString& message, bool error, const QList<qint64>& about) {
    Page::showMessage(m_ui->orderMessageLabel, message, error);
    m_messageDetails->setError({}, {});
    m_messageAbout = about;
    m_messageHoldsFor.clear();
}

void OrdersPage::withdrawStaleMessage() {
    if (m_messageAbout.isEmpty())
        return;
    const bool first = m_messageHoldsFor.isEmpty();
    for (qint64 id : std::as_const(m_messageAbout)) {
        const int row = m_model->rowOf(id);
        const std::optional<OrderStatus> now =
            row < 0 ? std::nullopt : std::optional(m_model->row(row).status);
        if (first) {
            if (now)
                m_messageHoldsFor.insert(id, *now);
        } else if (!now || m_messageHoldsFor.value(id) != *now) {
            m_ui->orderMessageLabel->clear();
            m_messageDetails->setError({}, {});
            m_messageAbout.clear();
            m_messageHoldsFor.clear();
            return;
        }
    }
    if (first && m_messageHoldsFor.isEmpty())
        m_messageAbout.clear(); // none of them is there any more: nothing to hold for
}

void OrdersPage::actOnSelected(OrderBatch::Action action) {
    const QList<StagedOrder> selected = selectedOrders();
    const QList<StagedOrder> taken = OrderBatch::takenFrom(action, selected);
    if (m_acting || taken.isEmpty())
        return;
    const int skipped = int(selected.size() - taken.size());
    m_acting = true;
    updateActions();
    updateBusy();
    m_db.run<OrderBatch::Outcome>(
        this,
        [action, taken](Database& db) -> Result<OrderBatch::Outcome> {
            return OrderBatch::run(db, action, taken);
        },
        [this, action, skipped](Result<OrderBatch::Outcome> outcome) {
            m_acting = false;
            updateActions();
            updateBusy();
            if (!outcome) {
                showMessage(tr("The orders could not be changed: %1").arg(outcome.message()), true);
                return;
            }
            QString message = OrderBatch::describe(action, *outcome, skipped);
            bool problem = outcome->done.isEmpty() || !outcome->error.isEmpty();
            if (action == OrderBatch::Action::SubmitNow && !outcome->done.isEmpty()) {
                QList<qint64> ids;
                for (const StagedOrder& o : outcome->done)
                    ids << o.id;
                QString why;
                if (m_submitBar->start(ids, &why)) {
                    m_submitting = ids;
                } else {
                    message = why;
                    problem = true;
                }
            }
            QList<qint64> about;
            for (const StagedOrder& o : outcome->done)
                about << o.id;
            showMessage(message, problem, about);
            reload();
        });
}

bool OrdersPage::submitNow(const QList<qint64>& orderIds) {
    QString why;
    if (orderIds.isEmpty() || m_submitBar->start(orderIds, &why)) {
        m_submitting = orderIds;
        updateActions();
        return !orderIds.isEmpty();
    }
    showMessage(why, true);
    return false;
}

OrdersPage::Outcome OrdersPage::saveMappings(Database& db, const StagedOrder& shown,
                                             const QList<ProductMapping>& mappings) {
    // Every order blocked on these products goes back in the queue.
    auto released = CatalogRepository(db).saveMappings(
        mappings, QStringLiteral("%1 saved a product mapping for it").arg(db.actor()));
    if (!released)
        return {Outcome::MappingFailed, std::nullopt, released.message()};
    OrderRepository orders(db);
    auto now = orders.get(shown.id);
    if (now && *now && (*now)->status == OrderStatus::New)
        return {Outcome::Done, std::nullopt, {}, *released};
    // One conditional statement: the import (or another workstation) may have moved the order on
    // since the list was read.
    auto queued = orders.requeue(shown.id, OrderRepository::Requeue::Rematch,
                                 QStringLiteral("queued by %1 for the next import").arg(db.actor()));
    if (queued)
        return {Outcome::Done, std::nullopt, {}, *released + 1};
    if (queued.error().is(ErrorKind::Conflict) || queued.error().is(ErrorKind::NotFound)) {
        auto current = orders.get(shown.id);
        return {Outcome::Changed, current && *current ? std::optional((*current)->status) : std::nullopt, {}};
    }
    return {Outcome::ResetFailed, std::nullopt, queued.message()};
}

void OrdersPage::mapProducts(const StagedOrder& shown, const QList<ProductMapping>& mappings) {
    m_acting = true;
    updateActions();
    updateBusy();
    m_db.run<Outcome>(
        this,
        [shown, mappings](Database& db) -> Result<Outcome> { return saveMappings(db, shown, mappings); },
        [this, shown, n = int(mappings.size())](Result<Outcome> outcome) {
            m_acting = false;
            showMappingOutcome(shown, n, std::move(outcome)); // reads the orders again, mostly
            updateActions();
            updateBusy();
        });
}

void OrdersPage::showMappingOutcome(const StagedOrder& shown, int mappings, Result<Outcome> outcome) {
    const QString& number = shown.orderNumber;
    if (!outcome) {
        showMessage(tr("Order %1 could not be read: %2").arg(number, outcome.message()), true);
        return;
    }
    switch (outcome->kind) {
    case Outcome::MappingFailed:
        showMessage(tr("The product mapping could not be saved: %1").arg(outcome->error), true);
        return;
    case Outcome::ReadFailed:
    case Outcome::Changed:
        showMessage(tr("%n product mapping(s) saved, but order %1 changed meanwhile and was not matched "
                       "again.",
                       nullptr, mappings)
                        .arg(number),
                    true, {shown.id});
        reload();
        return;
    case Outcome::ResetFailed:
        showMessage(tr("Order %1 could not be reset for matching: %2").arg(number, outcome->error), true);
        return;
    case Outcome::Done:
        break;
    }
    showMessage(tr("Product mappings saved: %1. Order %2 and every other order blocked on them are matched "
                   "again by the next import: %3 orders.")
                    .arg(mappings)
                    .arg(number)
                    .arg(qMax(1, outcome->released)),
                false, {shown.id});
    reload();
}

void OrdersPage::resolve() {
    const auto shown = selectedOrder();
    if (!shown || !ResolveOrderDialog::canResolve(shown->status))
        return;
    auto* dialog = new ResolveOrderDialog(m_db, *shown, this);
    dialog->setObjectName(QStringLiteral("resolveOrderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResolveOrderDialog::resolved, this, [this, id = shown->id](const QString& message) {
        showMessage(message, false, {id});
        reload();
    });
    dialog->open();
}

bool OrdersPage::selectFirst(OrderStatus status) {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, OrderTableModel::Number);
        if (m_model->row(m_proxy->mapToSource(index).row()).status == status) {
            m_ui->orderTable->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

ChooseCustomerDialog* OrdersPage::chooseCustomer() {
    const auto shown = selectedOrder();
    if (!shown || shown->status != OrderStatus::NeedsReview || !hasErp())
        return nullptr;
    auto* dialog = new ChooseCustomerDialog(m_db, erpClient(), *shown, m_submitBar->hasWorker(), this);
    dialog->setObjectName(QStringLiteral("chooseCustomerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChooseCustomerDialog::linked, this,
            [this](const QString& message, const QList<qint64>& requeued, bool submit) {
                showMessage(message, false, requeued);
                if (submit && !requeued.isEmpty())
                    submitNow(requeued);
                reload();
            });
    dialog->open();
    return dialog;
}

void OrdersPage::openTrace() {
    const auto order = selectedOrder();
    if (!order)
        return;
    auto* dialog = new TraceDialog(*order, this);
    dialog->setObjectName(QStringLiteral("traceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrdersPage::addProductMapping() {
    const auto order = selectedOrder();
    if (!order || order->status != OrderStatus::Blocked)
        return;
    auto* dialog = new ProductMappingDialog(*order, this);
    dialog->setObjectName(QStringLiteral("productMappingDialog"));
    dialog->setErpClient(erpClient()); // Map a SKU searches and checks items with the ERP
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, order = *order] {
        if (!m_acting)
            mapProducts(order, dialog->mappings());
    });
    dialog->open();
}

QLineEdit* OrdersPage::filterEdit() const {
    return m_ui->orderFilterEdit;
}

} // namespace linkdesk
