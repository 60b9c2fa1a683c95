#include "relationcsv.h"

#include "store/database.h"
#include "util/csv.h"

#include <QCoreApplication>
#include <QHash>

namespace linkdesk::relationcsv {

namespace {
const QStringList Header{QStringLiteral("shop"),   QStringLiteral("customer"), QStringLiteral("erp_customer"),
                         QStringLiteral("reason"), QStringLiteral("set_by"),   QStringLiteral("set_at")};

QString tr(const char* text) {
    return QCoreApplication::translate("linkdesk::relationcsv", text);
}
} // namespace

QString format(const QList<ContactRelation>& relations) {
    QString text = csv::formatRow(Header) + QStringLiteral("\r\n");
    for (const ContactRelation& r : relations)
        text += csv::formatRow({r.shopCode, r.shopCustomerId, r.erpCustomerNumber, r.reason, r.setBy,
                                r.setAt.isValid() ? sqlTimestamp(r.setAt) : QString()}) +
                QStringLiteral("\r\n");
    return text;
}

Result<QList<ContactRelation>> parse(const QString& text, const QStringList& knownShops) {
    auto rows = csv::parse(text);
    if (!rows)
        return fail(tr("The file is not valid CSV: %1").arg(rows.message()));
    if (rows->isEmpty())
        return fail(tr("The file is empty."));
    const csv::NamedRows table(std::move(*rows));
    for (const char* required : {"shop", "customer", "erp_customer", "reason"})
        if (!table.hasColumn(QLatin1String(required)))
            return fail(tr("The first line must name the columns: %1.").arg(Header.join(QLatin1Char(','))));

    QList<ContactRelation> relations;
    QStringList problems;
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < table.size(); ++i) {
        const auto field = [&](const QString& name) { return table.field(i, name); };
        if (table.isBlank(i))
            continue;
        const int line = table.lineOf(i);
        ContactRelation r;
        r.shopCode = field(QStringLiteral("shop"));
        r.shopCustomerId = field(QStringLiteral("customer"));
        r.erpCustomerNumber = field(QStringLiteral("erp_customer"));
        r.reason = field(QStringLiteral("reason"));
        if (r.shopCode.isEmpty())
            problems << tr("Line %1 names no shop.").arg(line);
        else if (!knownShops.isEmpty() && !knownShops.contains(r.shopCode))
            problems << tr("Line %1: there is no shop \"%2\" in this profile (shops: %3).")
                            .arg(line)
                            .arg(r.shopCode, knownShops.join(QStringLiteral(", ")));
        if (r.shopCustomerId.isEmpty())
            problems << tr("Line %1 names no shop customer.").arg(line);
        else if (r.shopCustomerId.startsWith(QLatin1String("guest:")))
            problems << tr("Line %1: a contact relation is for a registered shop customer, not a guest.")
                            .arg(line);
        if (r.erpCustomerNumber.isEmpty())
            problems << tr("Line %1 names no ERP customer.").arg(line);
        if (r.reason.isEmpty())
            problems << tr("Line %1 gives no reason.").arg(line);
        const QString key = r.shopCode + QLatin1Char(' ') + r.shopCustomerId;
        if (const int first = seen.value(key); first > 0)
            problems << tr("Line %1 relates the same shop customer as line %2.").arg(line).arg(first);
        seen.insert(key, line);
        relations.append(r);
    }
    if (!problems.isEmpty()) {
        const int shown = 10;
        QString message = problems.mid(0, shown).join(QLatin1Char('\n'));
        if (problems.size() > shown)
            message += QLatin1Char('\n') + tr("… and %1 more.").arg(problems.size() - shown);
        return fail(tr("Nothing was imported:\n%1").arg(message));
    }
    return relations;
}

} // namespace linkdesk::relationcsv
