#include "relationmodel.h"

#include <QLocale>

namespace linkdesk {

RelationModel::RelationModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RelationModel::setRows(QList<ContactRelationRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QList<ContactRelation> RelationModel::relations() const {
    QList<ContactRelation> list;
    list.reserve(m_rows.size());
    for (const ContactRelationRow& r : m_rows)
        list.append(r.relation);
    return list;
}

int RelationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
// "17 — Jo Bloggs, Acme Leeds <jo@acme.example>", or the id alone for a customer Linkdesk has not
// seen yet (no order of theirs imported).
QString customerText(const ContactRelationRow& row) {
    const ShopCustomer& c = row.customer;
    if (c.email.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty() && c.company.isEmpty())
        return row.relation.shopCustomerId;
    return QStringLiteral("%1 — %2").arg(row.relation.shopCustomerId, c.describe());
}
} // namespace

QVariant RelationModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRelationRow& row = m_rows.at(index.row());
    const ContactRelation& r = row.relation;
    if (role == Qt::ToolTipRole && index.column() == Customer && customerText(row) == r.shopCustomerId)
        return tr("No order of this shop customer has been imported yet.");
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return r.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Shop:
        return r.shopCode;
    case Customer:
        return customerText(row);
    case ErpCustomer:
        return r.erpCustomerNumber;
    case Reason:
        return r.reason;
    case SetBy:
        return r.setBy;
    case SetAt:
        return r.setAt.isValid() ? QLocale().toString(r.setAt.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RelationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Shop:
        return tr("Shop");
    case Customer:
        return tr("Shop customer");
    case ErpCustomer:
        return tr("ERP customer");
    case Reason:
        return tr("Reason");
    case SetBy:
        return tr("Set by");
    case SetAt:
        return tr("Set at");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linkdesk
