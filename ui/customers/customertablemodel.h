#pragma once

#include "store/customerrepository.h"

#include <QAbstractTableModel>
#include <QCache>

namespace linkdesk {

class Database;

// Shop customers with their links. The row count comes from one COUNT query; rows are read from SQL
// a page at a time when the view first asks for them, and a few pages are kept, so a million
// customers cost a million rows of nothing until they are looked at.
class CustomerTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)
public:
    enum Column { Shop, Email, Name, Company, ErpNumber, ErpName, Source, SetBy, SetAt, Status, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 16;

    explicit CustomerTableModel(Database& db, QObject* parent = nullptr);

    void setQuery(const CustomerQuery& query);
    const CustomerQuery& query() const { return m_query; }
    int totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QString statusText(const Link& link);

signals:
    void loadFailed(const QString& message);

private:
    const CustomerRow* row(int row) const;

    Database& m_db;
    CustomerQuery m_query;
    int m_total = 0;
    mutable QCache<int, QList<CustomerRow>> m_pages;
    mutable QString m_lastError;
};

} // namespace linkdesk
