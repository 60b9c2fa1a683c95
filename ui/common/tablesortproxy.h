#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace linkdesk {

// A table's proxy that sorts as people sort: text without regard to case or accents ("Accounts@"
// beside "aisha@", "Émile" among the E's) and with the numbers in it as numbers ("order 9" before
// "order 10"), in the user's language; numbers as numbers; dates as dates.
class TableSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableSortProxy)
public:
    explicit TableSortProxy(QObject* parent = nullptr);
    ~TableSortProxy() override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator; // the user's language
    bool m_plain = false; // the C locale: text compared ignoring case only
};

} // namespace linkdesk
