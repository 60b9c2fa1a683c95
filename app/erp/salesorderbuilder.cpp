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

QStringList fixedFields() {
    return {QStringLiteral("customerNumber"),
            QStringLiteral("customerId"),
            QStringLiteral("externalDocumentNumber"),
            QStringLiteral("salesOrderLines"),
            QStringLiteral("InvoiceCustomer"),
            QStringLiteral("UniqueSubmitOrderID"),
            QStringLiteral("Items")};
}

bool isFixedField(const QString& erpField) {
    return fixedFields().contains(erpField.trimmed(), Qt::CaseInsensitive);
}

namespace {

std::optional<double> decimal(const QString& text) {
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

Result<ErpOrderLine> productLine(const StagedOrder& order, const OrderLine& line,
                                 const OrderLineSettings& settings) {
    const QString ext = order.externalDocumentNumber();
    if (line.erpItemNumber.isEmpty())
        return fail(QObject::tr("Line %1 of order %2 (%3) has no ERP item.")
                        .arg(QString::number(line.lineNo), ext, line.describe()));
    ErpOrderLine l;
    l.itemNumber = line.erpItemNumber;
    l.quantity = line.quantity;
    if (settings.description == LineSource::Shop)
        l.description = line.name;
    if (settings.price == LineSource::Shop) {
        const auto price = decimal(line.unitPrice);
        if (!price || *price < 0)
            return fail(QObject::tr("Line %1 of order %2 (%3) has no price from the shop (\"%4\"), and "
                                    "line_price_source is shop.")
                            .arg(QString::number(line.lineNo), ext, line.describe(), line.unitPrice));
        l.unitPrice = *price;
    }
    return l;
}

// The line of a charge, or nullopt where none is sent (no line type set for it, or nothing charged).
Result<std::optional<ErpOrderLine>> chargeLine(const StagedOrder& order, const OrderCharge& charge,
                                               const OrderLineSettings& settings) {
    const ChargeLineSettings& how = settings.forCharge(charge.kind);
    const auto amount = decimal(charge.amount);
    if (!amount)
        return fail(QObject::tr("Order %1 charges %2 of \"%3\", which is not an amount.")
                        .arg(order.externalDocumentNumber(), toString(charge.kind), charge.amount));
    if (how.type == ChargeLineType::None || *amount == 0)
        return std::optional<ErpOrderLine>();
    if (how.number.isEmpty())
        return fail(QObject::tr("Order %1 charges %2 (%3) and %4 says to send it as a line, but %5 names no "
                                "ERP item or account for it.")
                        .arg(order.externalDocumentNumber(), toString(charge.kind), charge.amount,
                             how.typeKey, how.numberKey),
                    ErrorKind::Configuration);
    ErpOrderLine l;
    l.type = how.type == ChargeLineType::Account ? ErpOrderLine::Type::Account : ErpOrderLine::Type::Item;
    l.itemNumber = how.number;
    l.quantity = 1;
    l.unitPrice = *amount; // what the shop charged, whatever line_price_source says
    if (settings.description == LineSource::Shop)
        l.description =
            !charge.description.trimmed().isEmpty()
                ? charge.description.trimmed()
                : (charge.kind == OrderCharge::Kind::Fee ? QObject::tr("Fee") : QObject::tr("Shipping"));
    return std::optional<ErpOrderLine>(l);
}

} // namespace

Result<ErpSalesOrder> build(const StagedOrder& order, const QList<OrderMappingRow>& mapping,
                            const OrderLineSettings& lines) {
    if (order.erpCustomerNumber.isEmpty())
        return fail(QObject::tr("Order %1 has no ERP customer.").arg(order.externalDocumentNumber()));
    ErpSalesOrder so;
    so.customerNumber = order.erpCustomerNumber;
    so.externalDocumentNumber = order.externalDocumentNumber();
    for (const OrderMappingRow& row : mapping) {
        if (isFixedField(row.erpField))
            return fail(QObject::tr("The order mapping fills %1, which is set from the order (the matched "
                                    "customer, the external document number and the lines): remove that "
                                    "row on Settings → Order mapping.")
                            .arg(row.erpField),
                        ErrorKind::Configuration);
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
        auto l = productLine(order, line, lines);
        if (!l)
            return l.error();
        so.lines.append(*l);
    }
    if (so.lines.isEmpty())
        return fail(QObject::tr("Order %1 has no lines.").arg(so.externalDocumentNumber));
    for (const OrderCharge& charge : order.charges) {
        auto l = chargeLine(order, charge, lines);
        if (!l)
            return l.error();
        if (*l)
            so.lines.append(**l);
    }
    return so;
}

} // namespace linkdesk::SalesOrderBuilder
