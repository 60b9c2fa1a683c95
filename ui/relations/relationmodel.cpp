#include "relationmodel.h"

#include <QLocale>

namespace linkdesk {

RelationModel::RelationModel(QObject* parent)
    : ListModel({QT_TR_NOOP("Shop"), QT_TR_NOOP("Shop customer"), QT_TR_NOOP("ERP customer"),
                 QT_TR_NOOP("Reason"), QT_TR_NOOP("Set by"), QT_TR_NOOP("Set at")},
                parent) {}

QList<ContactRelation> RelationModel::relations() const {
    QList<ContactRelation> list;
    list.reserve(rows().size());
    for (const ContactRelationRow& r : rows())
        list.append(r.relation);
    return list;
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

QVariant RelationModel::cell(const ContactRelationRow& row, int column, int role) const {
    const ContactRelation& r = row.relation;
    if (role == Qt::ToolTipRole && column == Customer && customerText(row) == r.shopCustomerId)
        return tr("No order of this shop customer has been imported yet.");
    if (role == Qt::ToolTipRole && column == Reason)
        return r.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
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

} // namespace linkdesk
