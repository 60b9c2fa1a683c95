#pragma once

#include "store/customerrepository.h"
#include "ui/common/databaseworker.h"
#include "ui/common/pagedtablemodel.h"

namespace linkdesk {

class Database;

// Shop customers with their links, read on worker threads with connections of their own so the GUI
// never waits. A new query reads its first page and shows it (the old rows stay on screen until
// then); when that page is full, a second worker counts the rest and the rows grow to the count.
// Any other page is read when the view first asks for one of its rows, so a million customers
// cost a million rows of nothing until they are looked at.
class CustomerTableModel final : public PagedTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)
public:
    enum Column {
        Shop,
        Email,
        Name,
        Company,
        ErpNumber,
        ErpName,
        Source,
        SetBy,
        SetAt,
        Status,
        WhatToDo, // a stale link's reason: what is wrong and what to do
        ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 16;

    explicit CustomerTableModel(Database& db, QObject* parent = nullptr);
    ~CustomerTableModel() override;

    void setQuery(const CustomerQuery& query);
    const CustomerQuery& query() const { return m_query; }
    // Reads the first page again and drops the cached rows: a model reset once it is in.
    void reload();
    // Reads the rows again (after a change, or to see other users' changes) without a reset when
    // their count is unchanged, so the view keeps its selection and scroll position.
    void refresh();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The customer on a row, when its page has been read (else null, and the page is asked for).
    const CustomerRow* customerAt(int row) const { return this->row(row); }

    static QString statusText(const CustomerRow& row);
    // How a link was made, in the user's language.
    static QString sourceText(LinkSource source);
    // Whether SQL can order by this column (the others are not indexed for it).
    static bool canSortBy(int column);
    int sortColumn() const;

signals:
    // The first rows of a new query are on screen.
    void firstRowsShown();

private:
    const CustomerRow* row(int row) const;
    void requestPage(int page) const;
    void firstPageArrived(bool keepRows, Result<QList<CustomerRow>> rows);
    void countArrived(Result<int> count);
    void resize(int total);
    void start(bool keepRows);

    DatabaseWorker* m_worker;      // first pages and pages, in the order asked
    DatabaseWorker* m_countWorker; // counts, which may take a while, beside them
    CustomerQuery m_query;
    bool m_firstPagePending = false;
    // A new query supersedes the reads of older ones: their answers are dropped, and queued reads
    // for them are skipped on the worker.
    RequestSerial m_requests;
    mutable PageCache<CustomerRow> m_pages;
};

} // namespace linkdesk
