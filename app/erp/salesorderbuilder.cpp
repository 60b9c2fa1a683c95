#include "salesorderbuilder.h"

#include <QJsonValue>

namespace linkdesk::SalesOrderBuilder {

namespace {
QString fieldValue(const StagedOrder& o, const QString& name, bool* known) {
    *known = true;
    if (name == QLatin1String("erp_customer_no"))
        return o.erpCustomerNumber;
    if (name == QLatin1String("external_document_number"))
        return o.externalDocumentNumber();
    if (name == QLatin1String("currency"))
        return o.currency;
    if (name == QLatin1String("order_number"))
        return o.orderNumber;
    if (name == QLatin1String("shop_code"))
        return o.shopCode;
    if (name == QLatin1String("email"))
        return o.customer.email;
    if (name == QLatin1String("company"))
        return o.customer.company;
    if (name == QLatin1String("customer_name"))
        return o.customer.displayName();
    if (name == QLatin1String("phone"))
        return o.customer.phone;
    if (name == QLatin1String("country"))
        return o.customer.country;
    if (name == QLatin1String("order_date"))
        return o.modifiedAt.date().toString(Qt::ISODate);
    *known = false;
    return {};
}
} // namespace

QStringList fieldNames() {
    return {QStringLiteral("erp_customer_no"), QStringLiteral("external_document_number"),
            QStringLiteral("currency"),        QStringLiteral("order_number"),
            QStringLiteral("shop_code"),       QStringLiteral("email"),
            QStringLiteral("company"),         QStringLiteral("customer_name"),
            QStringLiteral("phone"),           QStringLiteral("country"),
            QStringLiteral("order_date")};
}

Result<ErpSalesOrder> build(const StagedOrder& order, const QList<OrderMappingRow>& mapping) {
    if (order.erpCustomerNumber.isEmpty())
        return fail(QObject::tr("Order %1 has no ERP customer.").arg(order.externalDocumentNumber()));
    ErpSalesOrder so;
    so.customerNumber = order.erpCustomerNumber;
    so.externalDocumentNumber = order.externalDocumentNumber();
    for (const OrderMappingRow& row : mapping) {
        if (row.erpField == QLatin1String("customerNumber") ||
            row.erpField == QLatin1String("externalDocumentNumber"))
            continue;
        QString value;
        if (row.sourceKind == QLatin1String("constant")) {
            value = row.sourceValue;
        } else {
            bool known = false;
            value = fieldValue(order, row.sourceValue, &known);
            if (!known)
                return fail(QObject::tr("The order mapping fills %1 from \"%2\", which is not an order field "
                                        "(known: %3).")
                                .arg(row.erpField, row.sourceValue, fieldNames().join(QStringLiteral(", "))));
        }
        if (!value.isEmpty())
            so.extraFields.insert(row.erpField, value);
    }
    for (const OrderLine& line : order.lines) {
        if (line.erpItemNumber.isEmpty())
            return fail(QObject::tr("Line %1 of order %2 (%3) has no ERP item.")
                            .arg(QString::number(line.lineNo), so.externalDocumentNumber, line.describe()));
        ErpOrderLine l;
        l.itemNumber = line.erpItemNumber;
        l.quantity = line.quantity;
        l.description = line.name;
        bool ok = false;
        const double price = line.unitPrice.toDouble(&ok);
        if (ok && price >= 0)
            l.unitPrice = price;
        so.lines.append(l);
    }
    if (so.lines.isEmpty())
        return fail(QObject::tr("Order %1 has no lines.").arg(so.externalDocumentNumber));
    return so;
}

} // namespace linkdesk::SalesOrderBuilder
