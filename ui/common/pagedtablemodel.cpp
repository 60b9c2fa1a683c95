#include "pagedtablemodel.h"

#include <algorithm>

namespace linkdesk {

PagedTableModel::PagedTableModel(int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns) {}

PagedTableModel::~PagedTableModel() = default;

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_total;
}

int PagedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

void PagedTableModel::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void PagedTableModel::reportError(const QString& message) {
    if (!m_lastError.isEmpty())
        return; // once per read
    m_lastError = message;
    emit loadFailed(message);
}

void PagedTableModel::rowsRead(int first, int last) {
    last = std::min(last, m_total - 1);
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, m_columns - 1));
}

} // namespace linkdesk
