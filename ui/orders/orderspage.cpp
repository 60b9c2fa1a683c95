#include "orderspage.h"

#include "orderfilterproxy.h"
#include "ordertablemodel.h"
#include "productmappingdialog.h"
#include "resolveorderdialog.h"
#include "store/catalogrepository.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "tracedialog.h"
#include "ui/common/headerstate.h"
#include "ui_orderspage.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace linkdesk {

namespace {} // namespace

OrdersPage::OrdersPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrdersPage>())
    , m_db(db)
    , m_model(new OrderTableModel(this))
    , m_proxy(new OrderFilterProxy(this))
    , m_watcher(new QFutureWatcher<Snapshot>(this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->orderTable->setModel(m_proxy);
    m_ui->orderTable->verticalHeader()->hide();
    m_ui->orderTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->orderTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->orderTable->horizontalHeader()->setSectionResizeMode(OrderTableModel::Reason, QHeaderView::Stretch);
    m_ui->orderTable->setColumnWidth(OrderTableModel::Shop, 60);
    m_ui->orderTable->setColumnWidth(OrderTableModel::Number, 90);
    m_ui->orderTable->setColumnWidth(OrderTableModel::Status, 100);
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
    connect(m_watcher, &QFutureWatcher<Snapshot>::finished, this, &OrdersPage::applyLoaded);
    updateActions();
    reload();
}

OrdersPage::~OrdersPage() {
    // The worker reads through its own connection to the same database; let it finish first.
    m_watcher->waitForFinished();
}

bool OrdersPage::isLoading() const {
    return m_loading;
}

OrdersPage::Snapshot OrdersPage::load(const Database* db) {
    Snapshot snapshot;
    auto connection = db->clone(); // a connection belongs to the thread that opens it
    if (!connection) {
        snapshot.error = connection.message();
        return snapshot;
    }
    OrderRepository orders(**connection);
    auto list = orders.list();
    if (!list) {
        snapshot.error = list.message();
        return snapshot;
    }
    auto counts = orders.countByStatus();
    if (!counts) {
        snapshot.error = counts.message();
        return snapshot;
    }
    snapshot.orders = std::move(*list);
    snapshot.counts = std::move(*counts);
    return snapshot;
}

void OrdersPage::reload() {
    m_loading = true;
    if (m_watcher->isRunning()) {
        m_reloadAgain = true; // the running read may miss the latest change
        return;
    }
    if (const auto order = selectedOrder())
        m_keepSelected = order->id;
    m_ui->refreshOrdersButton->setEnabled(false);
    m_ui->orderCountLabel->setText(tr("Loading orders…"));
    const Database* db = &m_db;
    m_watcher->setFuture(QtConcurrent::run([db] { return load(db); }));
}

void OrdersPage::applyLoaded() {
    if (m_reloadAgain) {
        m_reloadAgain = false;
        m_watcher->setFuture(QtConcurrent::run([db = &m_db] { return load(db); }));
        return;
    }
    m_ui->refreshOrdersButton->setEnabled(true);
    Snapshot snapshot = m_watcher->result();
    if (!snapshot.error.isEmpty()) {
        m_ui->orderCountLabel->clear();
        showMessage(tr("The orders could not be read: %1").arg(snapshot.error), true);
        m_loading = false;
        emit loaded();
        return;
    }
    m_model->setOrders(std::move(snapshot.orders));
    int total = 0;
    for (int i = 1; i < m_ui->orderStatusFilter->count(); ++i) {
        const auto status = OrderStatus(m_ui->orderStatusFilter->itemData(i).toInt());
        const int n = snapshot.counts.value(status);
        total += n;
        m_ui->orderStatusFilter->setItemText(i,
                                             tr("%1 (%2)").arg(OrderTableModel::statusText(status)).arg(n));
    }
    m_ui->orderStatusFilter->setItemText(0, tr("All statuses (%1)").arg(total));
    m_ui->orderCountLabel->setText(tr("%n order(s)", nullptr, m_model->rowCount()));
    selectOrder(m_keepSelected);
    updateActions();
    m_loading = false;
    emit loaded();
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
    const bool any = order.has_value();
    const bool sent =
        any && (order->status == OrderStatus::Submitted || order->status == OrderStatus::Submitting);
    m_ui->rematchButton->setEnabled(any && !sent);
    m_ui->retryButton->setEnabled(any && order->status == OrderStatus::Failed);
    m_ui->traceButton->setEnabled(any);
    m_ui->addMappingButton->setEnabled(any && order->status == OrderStatus::Blocked);
    if (m_resolveButton)
        m_resolveButton->setEnabled(any && ResolveOrderDialog::canResolve(order->status));
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

void OrdersPage::showMessage(const QString& message, bool error) {
    m_ui->orderMessageLabel->setText(message);
    m_ui->orderMessageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    if (!error)
        emit statusMessage(message);
}

bool OrdersPage::rematchOrder(StagedOrder order) {
    order.status = OrderStatus::New;
    order.reason.clear();
    order.erpCustomerNumber.clear();
    order.matchTrace.clear();
    order.lastError.clear();
    for (OrderLine& line : order.lines)
        line.erpItemNumber.clear();
    if (auto r = OrderRepository(m_db).saveState(order); !r) {
        showMessage(tr("Order %1 could not be reset for matching: %2").arg(order.orderNumber, r.message()),
                    true);
        return false;
    }
    return true;
}

std::optional<StagedOrder> OrdersPage::unchanged(const StagedOrder& shown) {
    // The import (or another workstation) may have moved the order on since the list was read.
    auto current = OrderRepository(m_db).get(shown.id);
    if (!current) {
        showMessage(tr("Order %1 could not be read: %2").arg(shown.orderNumber, current.message()), true);
        return std::nullopt;
    }
    if (!*current || (*current)->status != shown.status) {
        showMessage(
            tr("Order %1 changed meanwhile (it is now %2), so nothing was done. The list is refreshed: "
               "look at it again.")
                .arg(shown.orderNumber,
                     *current ? OrderTableModel::statusText((*current)->status) : tr("removed")),
            true);
        reload();
        return std::nullopt;
    }
    return **current;
}

void OrdersPage::rematch() {
    const auto shown = selectedOrder();
    if (!shown)
        return;
    const auto order = unchanged(*shown);
    if (!order || !rematchOrder(*order))
        return;
    showMessage(tr("Order %1 will be matched again on the next import.").arg(order->orderNumber), false);
    reload();
}

void OrdersPage::retry() {
    const auto shown = selectedOrder();
    if (!shown || shown->status != OrderStatus::Failed)
        return;
    auto order = unchanged(*shown);
    if (!order)
        return;
    // It stays failed, so the next import looks it up (is it in the ERP already?) before it submits.
    order->attempts = 0;
    if (auto r = OrderRepository(m_db).saveState(*order); !r) {
        showMessage(tr("Order %1 could not be set to retry: %2").arg(order->orderNumber, r.message()), true);
        return;
    }
    showMessage(tr("Order %1 will be tried again on the next import.").arg(order->orderNumber), false);
    reload();
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
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, order = *order] {
        const QList<ProductMapping> mappings = dialog->mappings();
        if (auto r = CatalogRepository(m_db).setMappings(mappings); !r) {
            showMessage(tr("The product mapping could not be saved: %1").arg(r.message()), true);
            return;
        }
        const auto current = unchanged(order);
        if (!current) {
            showMessage(tr("%n product mapping(s) saved, but order %1 changed meanwhile and was not matched "
                           "again.",
                           nullptr, int(mappings.size()))
                            .arg(order.orderNumber),
                        true);
            return;
        }
        if (!rematchOrder(*current))
            return;
        showMessage(tr("%n product mapping(s) saved; order %1 will be matched again on the next import.",
                       nullptr, int(mappings.size()))
                        .arg(order.orderNumber),
                    false);
        reload();
    });
    dialog->open();
}

} // namespace linkdesk
