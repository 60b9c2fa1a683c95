#pragma once

#include "domain/stagedorder.h"
#include "ui/common/listmodel.h"

namespace linkdesk {

// Staged orders as loaded by the orders page: one row per order.
class OrderTableModel final : public ListModel<StagedOrder> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTableModel)
public:
    enum Column { Shop, Number, Status, Reason, Email, ErpCustomer, ErpOrder, Attempts, ColumnCount };
    // SortRole: what the column sorts by (states by what needs a person first, numbers as numbers).
    enum Role { StatusRole = Qt::UserRole + 1, SearchTextRole, SortRole };

    explicit OrderTableModel(QObject* parent = nullptr);

    // The row of an order id, or -1.
    int rowOf(qint64 id) const;

    // The status within a sentence ("is needs review" never: "needs review" as in "1106 (now
    // submitted)").
    static QString statusText(OrderStatus status);
    // The status as a label on its own: a table cell, a filter, a heading ("Needs review").
    static QString statusLabel(OrderStatus status);

private:
    QVariant cell(const StagedOrder& o, int column, int role) const override;
};

} // namespace linkdesk
