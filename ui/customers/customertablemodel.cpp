#include "customertablemodel.h"

#include "store/database.h"
#include "ui/common/databaseworker.h"
#include "ui/common/shopnames.h"

#include <QLocale>

namespace linkdesk {

CustomerTableModel::CustomerTableModel(Database& db, QObject* parent)
    : PagedTableModel({QT_TR_NOOP("Shop"), QT_TR_NOOP("E-mail"), QT_TR_NOOP("Name"), QT_TR_NOOP("Company"),
                       QT_TR_NOOP("ERP customer"), QT_TR_NOOP("ERP name"), QT_TR_NOOP("Link source"),
                       QT_TR_NOOP("Set by"), QT_TR_NOOP("Set at"), QT_TR_NOOP("Status"),
                       QT_TR_NOOP("What to do")},
                      parent)
    , m_worker(new DatabaseWorker(db, this))
    , m_countWorker(new DatabaseWorker(db, this))
    , m_pages(PageSize, CachedPages) {}

CustomerTableModel::~CustomerTableModel() {
    m_requests.supersede(); // queued reads are skipped
}

void CustomerTableModel::setQuery(const CustomerQuery& query) {
    m_query = query;
    reload();
}

void CustomerTableModel::reload() {
    start(false);
}

void CustomerTableModel::refresh() {
    start(true);
}

void CustomerTableModel::start(bool keepRows) {
    m_firstPagePending = true;
    setBusy(true);
    m_worker->run<QList<CustomerRow>>(
        this, m_requests.next(),
        [query = m_query](Database& db) { return CustomerRepository(db).page(query, 0, PageSize); },
        [this, keepRows](Result<QList<CustomerRow>> rows) { firstPageArrived(keepRows, std::move(rows)); });
}

void CustomerTableModel::firstPageArrived(bool keepRows, Result<QList<CustomerRow>> rows) {
    m_firstPagePending = false;
    if (!rows) {
        setBusy(false);
        reportError(rows.message());
        return;
    }
    // A short first page is the whole answer; a full one is shown while the rest are counted.
    const bool complete = rows->size() < PageSize;
    const int shown = int(rows->size());
    clearError();
    m_pages.clearReads();
    if (keepRows) {
        // The same query again: the rows stay where they are and are read again as they are seen.
        m_pages.clearPages();
        m_pages.put(0, std::move(*rows));
        if (complete || shown > m_total)
            resize(shown);
        if (m_total > 0)
            emit dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_pages.clearPages();
        m_total = shown;
        if (shown > 0)
            m_pages.put(0, std::move(*rows));
        endResetModel();
    }
    emit firstRowsShown();
    if (complete) {
        setBusy(false);
        emit loaded(m_total);
        return;
    }
    m_countWorker->run<int>(
        this, m_requests.current(),
        [query = m_query](Database& db) { return CustomerRepository(db).count(query); },
        [this](Result<int> count) { countArrived(std::move(count)); });
}

void CustomerTableModel::countArrived(Result<int> count) {
    setBusy(false);
    if (!count) {
        reportError(count.message());
        return;
    }
    resize(*count);
    emit loaded(m_total);
}

void CustomerTableModel::resize(int total) {
    if (total > m_total) {
        beginInsertRows({}, m_total, total - 1);
        m_total = total;
        endInsertRows();
    } else if (total < m_total) {
        beginRemoveRows({}, total, m_total - 1);
        m_total = total;
        endRemoveRows();
    }
}

void CustomerTableModel::requestPage(int page) const {
    if (m_firstPagePending || !m_pages.startRead(page))
        return; // while a new query reads its first rows, the others are not known yet
    auto* self = const_cast<CustomerTableModel*>(this);
    m_worker->run<QList<CustomerRow>>(
        self, m_requests.current(),
        [query = m_query, page, total = isBusy() ? -1 : m_total](Database& db) {
            return CustomerRepository(db).page(query, page * PageSize, PageSize, total);
        },
        [self, page](Result<QList<CustomerRow>> rows) {
            self->takePage(self->m_pages, page, std::move(rows));
        });
}

const CustomerRow* CustomerTableModel::row(int row) const {
    return m_pages.find(row, [this](int page) { requestPage(page); });
}

QString CustomerTableModel::sourceText(LinkSource source) {
    switch (source) {
    case LinkSource::Manual:
        return tr("manual");
    case LinkSource::MappingImport:
        return tr("mapping table");
    case LinkSource::Email:
        return tr("e-mail");
    case LinkSource::Created:
        return tr("created");
    case LinkSource::Contact:
        return tr("contact");
    }
    return toString(source);
}

QString CustomerTableModel::statusText(const CustomerRow& row) {
    if (row.link.stale)
        return tr("Stale");
    if (row.link.isLinked())
        return tr("Linked");
    return row.needsReview ? tr("Needs review") : tr("Not linked");
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
    if (role == Qt::ToolTipRole && (index.column() == Status || index.column() == WhatToDo) && row.link.stale)
        return row.link.staleReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Shop:
        return ShopNames::current().of(row.customer.shopCode);
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
        return row.link.rowVersion > 0 && row.link.isLinked() ? sourceText(row.link.source) : QString();
    case SetBy:
        return row.link.setBy;
    case SetAt:
        return row.link.setAt.isValid()
                   ? QLocale().toString(row.link.setAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case Status:
        return statusText(row);
    case WhatToDo:
        return row.link.stale ? row.link.staleReason : QString();
    case ColumnCount:
        break;
    }
    return {};
}

namespace {
const QHash<int, CustomerQuery::SortColumn>& sortColumns() {
    using S = CustomerQuery::SortColumn;
    using M = CustomerTableModel;
    static const QHash<int, S> columns{
        {M::Shop, S::Shop},           {M::Email, S::Email},   {M::Name, S::Name},  {M::Company, S::Company},
        {M::ErpNumber, S::ErpNumber}, {M::Source, S::Source}, {M::SetAt, S::SetAt}};
    return columns;
}
} // namespace

bool CustomerTableModel::canSortBy(int column) {
    return sortColumns().contains(column);
}

int CustomerTableModel::sortColumn() const {
    return sortColumns().key(m_query.sort, Email);
}

void CustomerTableModel::sort(int column, Qt::SortOrder order) {
    if (!canSortBy(column))
        return;
    m_query.sort = sortColumns().value(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace linkdesk
