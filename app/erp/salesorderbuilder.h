#pragma once

#include "domain/catalog.h"
#include "domain/settings.h"
#include "domain/stagedorder.h"
#include "erp/erpsalesorder.h"
#include "util/result.h"

namespace linkdesk {

// The ERP sales order for a matched staged order. Its header: the customer number (the customer
// matching chose: Business Central's Sell-to Customer No., Tharstern's InvoiceCustomer) and the
// external document number (what makes the submit idempotent) always come from the order; every
// other header field the order mapping (the "message definition") names is filled from a
// staged-order field or a constant. Its lines: one per product line, described and priced as the
// order-line settings say, and one per shipping or fee charge where those settings give it an ERP
// item or G/L account.
namespace SalesOrderBuilder {

// Staged-order fields a mapping row may name.
QStringList fieldNames();
// ERP fields no mapping row may fill: set from the order or built from its lines.
QStringList fixedFields();
bool isFixedField(const QString& erpField);

Result<ErpSalesOrder> build(const StagedOrder& order, const QList<OrderMappingRow>& mapping,
                            const OrderLineSettings& lines);

} // namespace SalesOrderBuilder

} // namespace linkdesk
