#include "ordertablemodel.h"

#include "ui/common/statusmark.h"

namespace linkdesk {

OrderTableModel::OrderTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void OrderTableModel::setOrders(QList<StagedOrder> orders) {
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

int OrderTableModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_orders.size(); ++i)
        if (m_orders.at(i).id == id)
            return i;
    return -1;
}

QString OrderTableModel::statusText(OrderStatus status) {
    switch (status) {
    case OrderStatus::New:
        return tr("new");
    case OrderStatus::Matched:
        return tr("matched");
    case OrderStatus::Submitting:
        return tr("submitting");
    case OrderStatus::Submitted:
        return tr("submitted");
    case OrderStatus::Blocked:
        return tr("blocked");
    case OrderStatus::NeedsReview:
        return tr("needs review");
    case OrderStatus::Failed:
        return tr("failed");
    case OrderStatus::Quarantined:
        return tr("quarantined");
    }
    return {};
}

QString OrderTableModel::statusLabel(OrderStatus status) {
    switch (status) {
    case OrderStatus::New:
        return tr("New");
    case OrderStatus::Matched:
        return tr("Matched");
    case OrderStatus::Submitting:
        return tr("Submitting");
    case OrderStatus::Submitted:
        return tr("Submitted");
    case OrderStatus::Blocked:
        return tr("Blocked");
    case OrderStatus::NeedsReview:
        return tr("Needs review");
    case OrderStatus::Failed:
        return tr("Failed");
    case OrderStatus::Quarantined:
        return tr("Quarantined");
    }
    return {};
}

int OrderTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StagedOrder& o = m_orders.at(index.row());
    if (role == StatusRole)
        return int(o.status);
    if (role == SearchTextRole) {
        QStringList parts{o.orderNumber,       o.customer.email, o.reason,
                          o.erpCustomerNumber, o.erpOrderNumber, o.customer.company};
        for (const OrderLine& line : o.lines)
            parts << line.sku;
        return parts.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return o.lastError.isEmpty() || o.reason.contains(o.lastError)
                   ? o.reason
                   : tr("%1\nLast error: %2").arg(o.reason, o.lastError);
    if (role == Qt::DecorationRole && index.column() == Status)
        return markOf(toneOf(o.status));
    if (role == SortRole) {
        if (index.column() == Status)
            return attentionRank(o.status);
        bool numeric = false;
        if (index.column() == Number) // 9 before 10; numbers before other order numbers
            if (const qulonglong number = o.orderNumber.toULongLong(&numeric); numeric)
                return QStringLiteral("%1").arg(number, 20, 10, QLatin1Char('0'));
        if (index.column() != Attempts)
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
    }
    if (role == Qt::TextAlignmentRole && index.column() == Attempts)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Shop:
        return o.shopCode;
    case Number:
        return o.orderNumber;
    case Status:
        return statusLabel(o.status);
    case Reason:
        return o.reason.isEmpty() ? o.lastError : o.reason;
    case Email:
        return o.customer.email;
    case ErpCustomer:
        return o.erpCustomerNumber;
    case ErpOrder:
        return o.erpOrderNumber;
    case Attempts:
        return o.attempts;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Shop:
        return tr("Shop");
    case Number:
        return tr("Order");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case Email:
        return tr("Customer e-mail");
    case ErpCustomer:
        return tr("ERP customer");
    case ErpOrder:
        return tr("ERP order");
    case Attempts:
        return tr("Attempts");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linkdesk
