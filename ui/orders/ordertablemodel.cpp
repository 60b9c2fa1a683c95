#include "ordertablemodel.h"

#include "ui/common/shopnames.h"
#include "ui/common/statusmark.h"

namespace linkdesk {

OrderTableModel::OrderTableModel(QObject* parent)
    : ListModel({QT_TR_NOOP("Shop"), QT_TR_NOOP("Order"), QT_TR_NOOP("Status"), QT_TR_NOOP("Reason"),
                 QT_TR_NOOP("Customer e-mail"), QT_TR_NOOP("ERP customer"), QT_TR_NOOP("ERP order"),
                 QT_TR_NOOP("Attempts")},
                parent) {}

int OrderTableModel::rowOf(qint64 id) const {
    for (int i = 0; i < rows().size(); ++i)
        if (rows().at(i).id == id)
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

QVariant OrderTableModel::cell(const StagedOrder& o, int column, int role) const {
    if (role == StatusRole)
        return int(o.status);
    if (role == SearchTextRole) {
        QStringList parts{o.orderNumber,       o.customer.email, o.reason,
                          o.erpCustomerNumber, o.erpOrderNumber, o.customer.company};
        for (const OrderLine& line : o.lines)
            parts << line.sku;
        return parts.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && column == Reason)
        return o.lastError.isEmpty() || o.reason.contains(o.lastError)
                   ? o.reason
                   : tr("%1\nLast error: %2").arg(o.reason, o.lastError);
    if (role == Qt::DecorationRole && column == Status)
        return markOf(toneOf(o.status));
    if (role == SortRole) {
        if (column == Status)
            return attentionRank(o.status);
        bool numeric = false;
        if (column == Number) // 9 before 10; numbers before other order numbers
            if (const qulonglong number = o.orderNumber.toULongLong(&numeric); numeric)
                return QStringLiteral("%1").arg(number, 20, 10, QLatin1Char('0'));
        if (column != Attempts)
            return cell(o, column, Qt::DisplayRole).toString().toCaseFolded();
    }
    if (role == Qt::TextAlignmentRole && column == Attempts)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(column)) {
    case Shop:
        return ShopNames::current().of(o.shopCode);
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

} // namespace linkdesk
