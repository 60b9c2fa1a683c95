#include "orderfilterproxy.h"

#include "ordertablemodel.h"

namespace linkdesk {

OrderFilterProxy::OrderFilterProxy(QObject* parent)
    : TableSortProxy(parent) {}

void OrderFilterProxy::setStatus(std::optional<OrderStatus> status) {
    m_status = status;
    invalidateRowsFilter();
}

void OrderFilterProxy::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(OrderTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    return m_text.isEmpty() ||
           index.data(OrderTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace linkdesk
