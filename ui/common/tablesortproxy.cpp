#include "tablesortproxy.h"

namespace linkdesk {

TableSortProxy::TableSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_plain = m_collator.locale().language() == QLocale::C;
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

TableSortProxy::~TableSortProxy() = default;

bool TableSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const QString a = l.toString();
        const QString b = r.toString();
        // The C locale's collator compares code points ("B" before "a"): there, case is folded.
        const int order = m_plain ? a.compare(b, Qt::CaseInsensitive) : m_collator.compare(a, b);
        return order != 0 ? order < 0 : a < b; // the same order every time for equal texts
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace linkdesk
