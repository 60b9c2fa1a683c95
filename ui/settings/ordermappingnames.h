#pragma once

#include <QList>
#include <QString>

namespace linkdesk {

// The names staff read for the order mapping's fields: the ERP sales order's header fields and the
// staged order's fields, in the user's language; the internal name where none is known.
namespace OrderMappingNames {

// "Currency code" for currencyCode.
QString erpField(const QString& erpField);
// "Shop order number" for order_number.
QString orderField(const QString& orderField);

// A row the sales order always sets from the order itself, so the mapping cannot fill it.
struct FixedRow {
    QString erpField; // internal name
    QString source;   // where it comes from, in words
};
// The fixed rows of the ERP of this type ("businesscentral", "tharstern"; anything else: Business
// Central's), named by SalesOrderBuilder::fixedFields().
QList<FixedRow> fixedRows(const QString& erpType);

} // namespace OrderMappingNames

} // namespace linkdesk
