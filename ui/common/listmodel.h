#pragma once

#include "ui/common/columnheadings.h"

#include <QAbstractTableModel>
#include <QList>

#include <utility>

namespace linkdesk {

// A table model over rows held in memory, one Row each (the product mappings, the contact
// relations, the staged orders a page shows), under the headings given. A subclass gives each
// cell; Q_OBJECT goes on it, as a template cannot carry one.
template <typename Row>
class ListModel : public QAbstractTableModel {
public:
    void setRows(QList<Row> rows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_headings.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override {
        return columnHeading(*this, m_headings, section, orientation, role);
    }

protected:
    // headings: each column's, in order, in English, marked with QT_TR_NOOP in the subclass.
    ListModel(QList<const char*> headings, QObject* parent)
        : QAbstractTableModel(parent)
        , m_headings(std::move(headings)) {}

    // What the cell of row in column holds for role.
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

private:
    QList<Row> m_rows;
    QList<const char*> m_headings;
};

} // namespace linkdesk
