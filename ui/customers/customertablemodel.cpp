#include "customertablemodel.h"

#include "store/database.h"

namespace linkdesk {

CustomerTableModel::CustomerTableModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_pages(CachedPages) {}

void CustomerTableModel::setQuery(const CustomerQuery& query) {
    m_query = query;
    reload();
}

void CustomerTableModel::reload() {
    beginResetModel();
    m_pages.clear();
    m_total = 0;
    m_lastError.clear();
    if (auto count = CustomerRepository(m_db).count(m_query))
        m_total = *count;
    else
        m_lastError = count.message();
    endResetModel();
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_total;
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const CustomerRow* CustomerTableModel::row(int row) const {
    const int page = row / PageSize;
    QList<CustomerRow>* rows = m_pages.object(page);
    if (!rows) {
        auto loaded = CustomerRepository(m_db).page(m_query, page * PageSize, PageSize);
        if (!loaded) {
            if (m_lastError.isEmpty()) {
                m_lastError = loaded.message();
                emit const_cast<CustomerTableModel*>(this)->loadFailed(m_lastError);
            }
            return nullptr;
        }
        rows = new QList<CustomerRow>(std::move(*loaded));
        m_pages.insert(page, rows);
    }
    const int offset = row % PageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr; // rows removed since counting
}

QString CustomerTableModel::statusText(const Link& link) {
    if (link.stale)
        return tr("stale");
    return link.isLinked() ? tr("linked") : tr("not linked");
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow* found = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == CustomerIdRole
                                   ? row(index.row())
                                   : nullptr;
    if (!found)
        return {};
    const CustomerRow& row = *found;
    if (role == CustomerIdRole)
        return row.customer.id;
    if (role == Qt::ToolTipRole && index.column() == Status && row.link.stale)
        return row.link.staleReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Shop:
        return row.customer.shopCode;
    case Email:
        return row.customer.email;
    case Name:
        return row.customer.displayName();
    case Company:
        return row.customer.company;
    case ErpNumber:
        return row.link.erpCustomerNumber;
    case ErpName:
        return row.link.erpCustomerName;
    case Source:
        return row.link.rowVersion > 0 && row.link.isLinked() ? toString(row.link.source) : QString();
    case SetBy:
        return row.link.setBy;
    case SetAt:
        return row.link.setAt.isValid()
                   ? QLocale().toString(row.link.setAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case Status:
        return statusText(row.link);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Shop:
        return tr("Shop");
    case Email:
        return tr("E-mail");
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case ErpNumber:
        return tr("ERP customer");
    case ErpName:
        return tr("ERP name");
    case Source:
        return tr("Link source");
    case SetBy:
        return tr("Set by");
    case SetAt:
        return tr("Set at");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void CustomerTableModel::sort(int column, Qt::SortOrder order) {
    using S = CustomerQuery::SortColumn;
    static const QHash<int, S> columns{{Shop, S::Shop},       {Email, S::Email},         {Name, S::Name},
                                       {Company, S::Company}, {ErpNumber, S::ErpNumber}, {Source, S::Source},
                                       {SetAt, S::SetAt}};
    if (!columns.contains(column))
        return;
    m_query.sort = columns.value(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace linkdesk
