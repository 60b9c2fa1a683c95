#pragma once

#include "domain/catalog.h"
#include "ui/common/databaseworker.h"
#include "ui/common/pagedtablemodel.h"
#include "util/result.h"

namespace linkdesk {

class Database;

// The audit log, newest first, filtered in SQL. Like the customer table it counts and reads pages of
// rows on a database worker thread, so a long history never stalls the window.
class AuditTableModel final : public PagedTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)
public:
    enum Column { At, Who, Entity, Key, Subject, OldValue, NewValue, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 16;

    explicit AuditTableModel(Database& db, QObject* parent = nullptr);
    ~AuditTableModel() override;

    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    // Counts again and drops the cached rows: shows entries written since.
    void reload();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString entityText(const QString& entity);

private:
    struct Snapshot {
        int total = 0;
        QList<AuditEntry> firstPage;
    };
    const AuditEntry* entry(int row) const;
    void requestPage(int page) const;
    void countArrived(Result<Snapshot> snapshot);

    DatabaseWorker* m_worker;
    QString m_filter;
    RequestSerial m_requests; // a new filter or reload supersedes the reads before it
    mutable PageCache<AuditEntry> m_pages;
};

} // namespace linkdesk
