#pragma once

#include "util/result.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <utility>

namespace linkdesk {

// The pages of rows read so far (the most recently read of them, up to a number), and the pages
// whose reads are on their way.
template <typename Row>
class PageCache final {
public:
    PageCache(int pageSize, int maxPages)
        : m_pageSize(pageSize)
        , m_pages(maxPages) {}

    // The row, when its page was read and still holds it (rows may be removed since counting);
    // where its page was not read, null and readPage(page).
    const Row* find(int row, const std::function<void(int page)>& readPage) const {
        const QList<Row>* rows = m_pages.object(row / m_pageSize);
        if (!rows) {
            readPage(row / m_pageSize);
            return nullptr;
        }
        const int offset = row % m_pageSize;
        return offset < rows->size() ? &rows->at(offset) : nullptr;
    }

    // Whether to ask for a page: false while a read of it is on its way; else it is from now on.
    bool startRead(int page) {
        if (m_pending.contains(page))
            return false;
        m_pending.insert(page);
        return true;
    }
    // A page read: the first and last row it is for.
    std::pair<int, int> put(int page, QList<Row> rows) {
        m_pending.remove(page);
        m_pages.insert(page, new QList<Row>(std::move(rows)));
        return {page * m_pageSize, (page + 1) * m_pageSize - 1};
    }
    // A read that failed: the page may be asked for again.
    void readFailed(int page) { m_pending.remove(page); }
    void clear() {
        m_pages.clear();
        m_pending.clear();
    }
    void clearPages() { m_pages.clear(); }
    void clearReads() { m_pending.clear(); }

private:
    int m_pageSize;
    QCache<int, QList<Row>> m_pages;
    QSet<int> m_pending;
};

// A table whose rows are read a page at a time on a database worker (the customers, the audit log),
// so a long table never stalls the window: how many rows it has, whether a read is on its way, and
// what went wrong, said once per read. A subclass reads the pages into its PageCache.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)
public:
    ~PagedTableModel() override;

    // The rows of the read last answered (while they are being counted, the rows read so far).
    int totalCount() const { return m_total; }
    // True from a new read until its rows are counted.
    bool isBusy() const { return m_busy; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void busyChanged(bool busy);
    // The rows of a new read are counted and the model holds that many.
    void loaded(int total);
    void loadFailed(const QString& message);

protected:
    // headings: each column's, in order, in English, marked with QT_TR_NOOP in the subclass.
    PagedTableModel(QList<const char*> headings, QObject* parent);

    void setBusy(bool busy);
    // Emits loadFailed, unless it was emitted since the last clearError().
    void reportError(const QString& message);
    void clearError() { m_lastError.clear(); }
    // Tells the views that the rows from first to last, as far as the table has them, were read.
    void rowsRead(int first, int last);

    // Keeps a page read into pages, and tells the views; or says why it could not be read.
    template <typename Row>
    void takePage(PageCache<Row>& pages, int page, Result<QList<Row>> rows);

    int m_total = 0; // changed by the subclass, inside a reset or an insert or removal of rows

private:
    QList<const char*> m_headings;
    bool m_busy = false;
    QString m_lastError;
};

template <typename Row>
void PagedTableModel::takePage(PageCache<Row>& pages, int page, Result<QList<Row>> rows) {
    if (!rows) {
        pages.readFailed(page);
        reportError(rows.message());
        return;
    }
    const auto [first, last] = pages.put(page, std::move(*rows));
    rowsRead(first, last);
}

} // namespace linkdesk
