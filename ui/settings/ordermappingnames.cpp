#include "ordermappingnames.h"

#include <QCoreApplication>
#include <QHash>

namespace linkdesk::OrderMappingNames {

namespace {

const char* const Context = "linkdesk::OrderMappingNames";

QString translated(const QHash<QString, const char*>& names, const QString& name) {
    const char* text = names.value(name);
    return text ? QCoreApplication::translate(Context, text) : name;
}

} // namespace

QString erpField(const QString& name) {
    // Business Central's salesOrders (API v2.0) and Tharstern's orders/submit.
    static const QHash<QString, const char*> names{
        {QStringLiteral("customerNumber"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "ERP customer number")},
        {QStringLiteral("customerId"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "ERP customer ID")},
        {QStringLiteral("externalDocumentNumber"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "External document number")},
        {QStringLiteral("salesOrderLines"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Order lines")},
        {QStringLiteral("currencyCode"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Currency code")},
        {QStringLiteral("yourReference"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Your reference")},
        {QStringLiteral("orderDate"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Order date")},
        {QStringLiteral("requestedDeliveryDate"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Requested delivery date")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "E-mail")},
        {QStringLiteral("phoneNumber"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Phone number")},
        {QStringLiteral("shipToName"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Ship-to name")},
        {QStringLiteral("shipToContact"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Ship-to contact")},
        {QStringLiteral("salesperson"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Salesperson")},
        {QStringLiteral("shipmentMethod"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Shipment method")},
        {QStringLiteral("InvoiceCustomer"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Invoice customer")},
        {QStringLiteral("UniqueSubmitOrderID"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Unique submit order ID")},
        {QStringLiteral("Items"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Order lines")},
    };
    return translated(names, name);
}

QString orderField(const QString& name) {
    // SalesOrderBuilder::fieldNames().
    static const QHash<QString, const char*> names{
        {QStringLiteral("erp_customer_no"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "ERP customer number")},
        {QStringLiteral("external_document_number"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "External document number")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Currency")},
        {QStringLiteral("order_number"),
         QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Shop order number")},
        {QStringLiteral("shop_code"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Shop code")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Customer's e-mail")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Company")},
        {QStringLiteral("customer_name"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Customer name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Phone")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Country")},
        {QStringLiteral("order_date"), QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "Order date")},
    };
    return translated(names, name);
}

QList<FixedRow> fixedRows(const QString& erpType) {
    const auto tr = [](const char* text) { return QCoreApplication::translate(Context, text); };
    if (erpType.compare(QLatin1String("tharstern"), Qt::CaseInsensitive) == 0)
        return {{QStringLiteral("InvoiceCustomer"),
                 tr(QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "the customer matching chose"))},
                {QStringLiteral("UniqueSubmitOrderID"),
                 tr(QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "shop code and shop order number"))},
                {QStringLiteral("Items"), tr(QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames",
                                                               "the order's lines (tab Order lines)"))}};
    return {{QStringLiteral("customerNumber"),
             tr(QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "the customer matching chose"))},
            {QStringLiteral("externalDocumentNumber"),
             tr(QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "shop code and shop order number"))},
            {QStringLiteral("salesOrderLines"),
             tr(QT_TRANSLATE_NOOP("linkdesk::OrderMappingNames", "the order's lines (tab Order lines)"))}};
}

} // namespace linkdesk::OrderMappingNames
