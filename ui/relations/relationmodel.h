#pragma once

#include "store/catalogrepository.h"

#include <QAbstractTableModel>

namespace linkdesk {

// Contact relations: shop customer -> the ERP customer its orders are booked to, with the reason.
class RelationModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationModel)
public:
    enum Column { Shop, Customer, ErpCustomer, Reason, SetBy, SetAt, ColumnCount };

    explicit RelationModel(QObject* parent = nullptr);

    void setRows(QList<ContactRelationRow> rows);
    const QList<ContactRelationRow>& rows() const { return m_rows; }
    QList<ContactRelation> relations() const;
    const ContactRelationRow& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ContactRelationRow> m_rows;
};

} // namespace linkdesk
