#include "relationcsv.h"

#include "store/database.h"
#include "ui/common/csvtable.h"

#include <QCoreApplication>

namespace linkdesk::relationcsv {

namespace {
const QStringList Header{QStringLiteral("shop"),   QStringLiteral("customer"), QStringLiteral("erp_customer"),
                         QStringLiteral("reason"), QStringLiteral("set_by"),   QStringLiteral("set_at")};

QString tr(const char* text) {
    return QCoreApplication::translate("linkdesk::relationcsv", text);
}
} // namespace

QString format(const QList<ContactRelation>& relations) {
    QList<QStringList> rows;
    for (const ContactRelation& r : relations)
        rows.append({r.shopCode, r.shopCustomerId, r.erpCustomerNumber, r.reason, r.setBy,
                     r.setAt.isValid() ? sqlTimestamp(r.setAt) : QString()});
    return csvtable::format(Header, rows);
}

Result<QList<ContactRelation>> parse(const QString& text, const QStringList& knownShops) {
    QList<ContactRelation> relations;
    const auto read = csvtable::read(
        text, Header,
        {{QStringLiteral("shop")},
         {QStringLiteral("customer")},
         {QStringLiteral("erp_customer")},
         {QStringLiteral("reason")}},
        [&](csvtable::Line& line) {
            ContactRelation r;
            r.shopCode = line.shop(knownShops);
            r.shopCustomerId = line.field(QStringLiteral("customer"));
            r.erpCustomerNumber = line.field(QStringLiteral("erp_customer"));
            r.reason = line.field(QStringLiteral("reason"));
            if (r.shopCustomerId.isEmpty())
                line.problem(tr("Line %1 names no shop customer.").arg(line.number()));
            else if (r.shopCustomerId.startsWith(QLatin1String("guest:")))
                line.problem(tr("Line %1: a contact relation is for a registered shop customer, not a guest.")
                                 .arg(line.number()));
            if (r.erpCustomerNumber.isEmpty())
                line.problem(tr("Line %1 names no ERP customer.").arg(line.number()));
            if (r.reason.isEmpty())
                line.problem(tr("Line %1 gives no reason.").arg(line.number()));
            if (const int first = line.earlierWith(r.shopCode + QLatin1Char(' ') + r.shopCustomerId))
                line.problem(
                    tr("Line %1 relates the same shop customer as line %2.").arg(line.number()).arg(first));
            relations.append(r);
        });
    if (!read)
        return read.error();
    return relations;
}

} // namespace linkdesk::relationcsv
