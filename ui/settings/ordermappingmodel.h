#pragma once

#include "domain/catalog.h"

#include <QAbstractTableModel>

namespace linkdesk {

// The order mapping being edited: ERP field <- staged-order field or constant, in order. Fields show
// the names staff read (the internal name is the tool tip, and what is edited and stored). The rows
// the sales order always sets from the order itself come first, locked: shown greyed, "always
// set", never edited, removed or stored.
class OrderMappingModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderMappingModel)
public:
    enum Column { ErpField, SourceKind, SourceValue, ColumnCount };

    // erpType: the profile's ERP, whose always-set fields the locked rows name.
    explicit OrderMappingModel(const QString& erpType, QObject* parent = nullptr);

    void setRows(const QList<OrderMappingRow>& rows);
    // The rows with their positions renumbered in table order.
    QList<OrderMappingRow> rows() const;
    // Why the rows cannot be saved, in plain words; empty when they can.
    QString validate() const;

    int addRow(); // returns the new row
    void removeRow(int row);
    // The rows the sales order always sets come first; they are not part of rows().
    bool isLocked(int row) const { return row >= 0 && row < m_fixed.size(); }
    int lockedRowCount() const { return int(m_fixed.size()); }

    static QString kindText(const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant lockedData(int row, int column, int role) const;

    QList<OrderMappingRow> m_rows;
    QList<OrderMappingRow> m_fixed; // sourceValue: where it comes from, in words
};

} // namespace linkdesk
