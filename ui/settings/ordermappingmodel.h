#pragma once

#include "domain/catalog.h"

#include <QAbstractTableModel>

namespace linkdesk {

// The order mapping being edited: ERP field <- staged-order field or constant, in order.
class OrderMappingModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderMappingModel)
public:
    enum Column { ErpField, SourceKind, SourceValue, ColumnCount };

    explicit OrderMappingModel(QObject* parent = nullptr);

    void setRows(const QList<OrderMappingRow>& rows);
    // The rows with their positions renumbered in table order.
    QList<OrderMappingRow> rows() const;
    // Why the rows cannot be saved, in plain words; empty when they can.
    QString validate() const;

    int addRow();
    void removeRow(int row);

    static QString kindText(const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<OrderMappingRow> m_rows;
};

} // namespace linkdesk
