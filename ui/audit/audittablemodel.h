#pragma once

#include "domain/catalog.h"
#include "ui/common/databaseworker.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>

namespace linkdesk {

class Database;

// The audit log, newest first, filtered in SQL. Like the customer table it counts and reads pages of
// rows on a database worker thread, so a long history never stalls the window.
class AuditTableModel final : public QAbstractTableModel {
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
    int totalCount() const { return m_total; }
    bool isBusy() const { return m_busy; }
    // Counts again and drops the cached rows: shows entries written since.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString entityText(const QString& entity);

signals:
    void busyChanged(bool busy);
    void loaded(int total);
    void loadFailed(const QString& message);

private:
    struct Snapshot {
        int total = 0;
        QList<AuditEntry> firstPage;
    };
    const AuditEntry* entry(int row) const;
    void requestPage(int page) const;
    void pageArrived(int page, Result<QList<AuditEntry>> rows);
    void countArrived(Result<Snapshot> snapshot);
    void setBusy(bool busy);

    DatabaseWorker* m_worker;
    QString m_filter;
    int m_total = 0;
    bool m_busy = false;
    RequestSerial m_requests; // a new filter or reload supersedes the reads before it
    mutable QCache<int, QList<AuditEntry>> m_pages;
    mutable QSet<int> m_pending;
    QString m_lastError;
};

} // namespace linkdesk
