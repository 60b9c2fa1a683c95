#pragma once

#include "domain/stagedorder.h"

#include "ui/common/tablesortproxy.h"

#include <optional>

namespace linkdesk {

// Filters the orders by status and by text (number, e-mail, reason, ERP numbers, SKUs).
class OrderFilterProxy final : public TableSortProxy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterProxy)
public:
    explicit OrderFilterProxy(QObject* parent = nullptr);

    void setStatus(std::optional<OrderStatus> status);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<OrderStatus> m_status;
    QString m_text;
};

} // namespace linkdesk
