#pragma once

#include "store/customerrepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>

#include <atomic>
#include <memory>

namespace linkdesk {

class Database;
class DatabaseWorker;

// Shop customers with their links. Counting and reading happen on a worker thread with its own
// connection: a new query counts (and reads the first page) there while the old rows stay on
// screen, and a page of rows is read when the view first asks for one of them, so a million
// customers cost a million rows of nothing until they are looked at, and the GUI never waits.
class CustomerTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)
public:
    enum Column { Shop, Email, Name, Company, ErpNumber, ErpName, Source, SetBy, SetAt, Status, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 16;

    explicit CustomerTableModel(Database& db, QObject* parent = nullptr);
    ~CustomerTableModel() override;

    void setQuery(const CustomerQuery& query);
    const CustomerQuery& query() const { return m_query; }
    // The count of the query last answered; while busy, the previous one.
    int totalCount() const { return m_total; }
    bool isBusy() const { return m_busy; }
    QString lastError() const { return m_lastError; }
    // Counts again and drops the cached rows: a model reset once the count is in.
    void reload();
    // Reads the rows again (after a change, or to see other users' changes) without a reset when
    // their count is unchanged, so the view keeps its selection and scroll position.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QString statusText(const Link& link);
    // Whether SQL can order by this column (the others are not indexed for it).
    static bool canSortBy(int column);
    int sortColumn() const;

signals:
    void busyChanged(bool busy);
    // The count of a new query arrived and the rows were reset to it.
    void loaded(int total);
    void loadFailed(const QString& message);

private:
    struct Snapshot {
        int total = 0;
        QList<CustomerRow> firstPage;
    };
    const CustomerRow* row(int row) const;
    void requestPage(int page) const;
    void pageArrived(int generation, int page, Result<QList<CustomerRow>> rows);
    void countArrived(int generation, bool keepRows, Result<Snapshot> snapshot);
    void start(bool keepRows);
    void setBusy(bool busy);
    void reportError(const QString& message);

    DatabaseWorker* m_worker;
    CustomerQuery m_query;
    int m_total = 0;
    bool m_busy = false;
    // Bumped by every new query; answers to older ones are dropped, and queued reads for them are
    // skipped on the worker.
    std::shared_ptr<std::atomic_int> m_generation = std::make_shared<std::atomic_int>(0);
    mutable QCache<int, QList<CustomerRow>> m_pages;
    mutable QSet<int> m_pending;
    QString m_lastError;
};

} // namespace linkdesk
