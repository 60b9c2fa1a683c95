#include "pagedtablemodel.h"

#include "ui/common/columnheadings.h"

#include <algorithm>

namespace linkdesk {

PagedTableModel::PagedTableModel(QList<const char*> headings, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headings(std::move(headings)) {}

PagedTableModel::~PagedTableModel() = default;

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_total;
}

int PagedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headings.size());
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeading(*this, m_headings, section, orientation, role);
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
        emit dataChanged(index(first, 0), index(last, int(m_headings.size()) - 1));
}

} // namespace linkdesk
