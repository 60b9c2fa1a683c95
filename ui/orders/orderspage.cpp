#include "orderspage.h"

#include "orderfilterproxy.h"
#include "ordertablemodel.h"
#include "productmappingdialog.h"
#include "resolveorderdialog.h"
#include "store/catalogrepository.h"
#include "store/orderrepository.h"
#include "tracedialog.h"
#include "ui/common/headerstate.h"
#include "ui_orderspage.h"

#include <QHeaderView>

namespace linkdesk {

OrdersPage::OrdersPage(DatabaseWorker& db, QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Orders"), parent)
    , m_ui(std::make_unique<Ui::OrdersPage>())
    , m_db(db)
    , m_model(new OrderTableModel(this))
    , m_proxy(new OrderFilterProxy(this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OrderTableModel::SortRole);
    m_ui->orderTable->setModel(m_proxy);
    // "13 of 320 orders" under a filter, whatever changed the rows shown.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &OrdersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OrdersPage::updateCount);
    m_ui->orderTable->verticalHeader()->hide();
    m_ui->orderTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->orderTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->orderTable->horizontalHeader()->setSectionResizeMode(OrderTableModel::Reason, QHeaderView::Stretch);
    m_ui->orderTable->setColumnWidth(OrderTableModel::Shop, 60);
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
        m_ui->orderStatusFilter->addItem(OrderTableModel::statusText(status), int(status));

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
    connect(m_ui->orderTable, &QAbstractItemView::doubleClicked, this, &OrdersPage::openTrace);
    connect(m_ui->rematchButton, &QPushButton::clicked, this, &OrdersPage::rematch);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &OrdersPage::retry);
    connect(m_ui->traceButton, &QPushButton::clicked, this, &OrdersPage::openTrace);
    connect(m_ui->addMappingButton, &QPushButton::clicked, this, &OrdersPage::addProductMapping);
    // Resolve…: an order waiting for staff, settled once the ERP was checked (ResolveOrderDialog).
    m_resolveButton = new QPushButton(tr("Resolve…"), this);
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
    // A read still on its way is superseded: only the latest answer is shown.
    if (const auto order = selectedOrder())
        m_keepSelected = order->id;
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
        m_model->setOrders(std::move(snapshot->orders));
        int total = 0;
        for (int i = 1; i < m_ui->orderStatusFilter->count(); ++i) {
            const auto status = OrderStatus(m_ui->orderStatusFilter->itemData(i).toInt());
            const int n = snapshot->counts.value(status);
            total += n;
            m_ui->orderStatusFilter->setItemText(
                i, tr("%1 (%2)").arg(OrderTableModel::statusText(status)).arg(n));
        }
        m_ui->orderStatusFilter->setItemText(0, tr("All statuses (%1)").arg(total));
        updateCount();
        selectOrder(m_keepSelected);
        updateActions();
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
    return m_model->order(m_proxy->mapToSource(current).row());
}

void OrdersPage::selectOrder(qint64 id) {
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, OrderTableModel::Number));
    if (index.isValid())
        m_ui->orderTable->setCurrentIndex(index);
}

void OrdersPage::updateActions() {
    const auto order = selectedOrder();
    const bool any = order.has_value() && !m_acting; // one change at a time
    const bool sent =
        any && (order->status == OrderStatus::Submitted || order->status == OrderStatus::Submitting);
    m_ui->rematchButton->setEnabled(any && !sent);
    m_ui->retryButton->setEnabled(any && order->status == OrderStatus::Failed);
    m_ui->traceButton->setEnabled(order.has_value());
    m_ui->addMappingButton->setEnabled(any && order->status == OrderStatus::Blocked);
    if (m_resolveButton)
        m_resolveButton->setEnabled(any && ResolveOrderDialog::canResolve(order->status));
}

void OrdersPage::showMessage(const QString& message, bool error) {
    Page::showMessage(m_ui->orderMessageLabel, message, error);
}

OrdersPage::Outcome OrdersPage::perform(Database& db, Action action, const StagedOrder& shown,
                                        const QList<ProductMapping>& mappings) {
    if (action == Action::MapProducts) { // every order blocked on these products goes back in the queue
        auto released = CatalogRepository(db).saveMappings(
            mappings, QStringLiteral("%1 saved a product mapping for it").arg(db.actor()));
        if (!released)
            return {Outcome::MappingFailed, std::nullopt, released.message()};
        auto now = OrderRepository(db).get(shown.id);
        if (now && *now && (*now)->status == OrderStatus::New)
            return {Outcome::Done, std::nullopt, {}, *released};
    }
    // One conditional statement: the import (or another workstation) may have moved the order on
    // since the list was read. A retried order stays failed, so the next import looks it up (is it
    // in the ERP already?) before it submits.
    OrderRepository orders(db);
    const auto how =
        action == Action::Retry ? OrderRepository::Requeue::Retry : OrderRepository::Requeue::Rematch;
    auto queued =
        orders.requeue(shown.id, how, QStringLiteral("queued by %1 for the next import").arg(db.actor()));
    if (queued)
        return {};
    if (queued.error().is(ErrorKind::Conflict) || queued.error().is(ErrorKind::NotFound)) {
        auto current = orders.get(shown.id);
        return {Outcome::Changed, current && *current ? std::optional((*current)->status) : std::nullopt, {}};
    }
    return {action == Action::Retry ? Outcome::RetryFailed : Outcome::ResetFailed, std::nullopt,
            queued.message()};
}

void OrdersPage::act(Action action, const StagedOrder& shown, const QList<ProductMapping>& mappings) {
    m_acting = true;
    updateActions();
    updateBusy();
    m_db.run<Outcome>(
        this,
        [action, shown, mappings](Database& db) -> Result<Outcome> {
            return perform(db, action, shown, mappings);
        },
        [this, action, shown, n = int(mappings.size())](Result<Outcome> outcome) {
            m_acting = false;
            showOutcome(action, shown, n, std::move(outcome)); // reads the orders again, mostly
            updateActions();
            updateBusy();
        });
}

void OrdersPage::showOutcome(Action action, const StagedOrder& shown, int mappings, Result<Outcome> outcome) {
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
        if (action == Action::MapProducts)
            showMessage(tr("%n product mapping(s) saved, but order %1 changed meanwhile and was not matched "
                           "again.",
                           nullptr, mappings)
                            .arg(number),
                        true);
        else if (outcome->kind == Outcome::ReadFailed)
            showMessage(tr("Order %1 could not be read: %2").arg(number, outcome->error), true);
        else
            showMessage(
                tr("Order %1 changed meanwhile (it is now %2), so nothing was done. The list is refreshed: "
                   "look at it again.")
                    .arg(number, outcome->now ? OrderTableModel::statusText(*outcome->now) : tr("removed")),
                true);
        if (outcome->kind == Outcome::Changed)
            reload();
        return;
    case Outcome::ResetFailed:
        showMessage(tr("Order %1 could not be reset for matching: %2").arg(number, outcome->error), true);
        return;
    case Outcome::RetryFailed:
        showMessage(tr("Order %1 could not be set to retry: %2").arg(number, outcome->error), true);
        return;
    case Outcome::Done:
        break;
    }
    switch (action) {
    case Action::Rematch:
        showMessage(tr("Order %1 will be matched again on the next import.").arg(number), false);
        break;
    case Action::Retry:
        showMessage(tr("Order %1 will be tried again on the next import.").arg(number), false);
        break;
    case Action::MapProducts:
        showMessage(
            tr("Product mappings saved: %1. Order %2 and every other order blocked on them are matched "
               "again by the next import: %3 orders.")
                .arg(mappings)
                .arg(number)
                .arg(qMax(1, outcome->released)),
            false);
        break;
    }
    reload();
}

void OrdersPage::rematch() {
    if (const auto shown = selectedOrder(); shown && !m_acting)
        act(Action::Rematch, *shown);
}

void OrdersPage::retry() {
    if (const auto shown = selectedOrder(); shown && !m_acting && shown->status == OrderStatus::Failed)
        act(Action::Retry, *shown);
}

void OrdersPage::resolve() {
    const auto shown = selectedOrder();
    if (!shown || !ResolveOrderDialog::canResolve(shown->status))
        return;
    auto* dialog = new ResolveOrderDialog(m_db, *shown, this);
    dialog->setObjectName(QStringLiteral("resolveOrderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResolveOrderDialog::resolved, this, [this](const QString& message) {
        showMessage(message, false);
        reload();
    });
    dialog->open();
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
            act(Action::MapProducts, order, dialog->mappings());
    });
    dialog->open();
}

} // namespace linkdesk
