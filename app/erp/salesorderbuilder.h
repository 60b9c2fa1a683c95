#pragma once

#include "domain/catalog.h"
#include "domain/stagedorder.h"
#include "erp/erpsalesorder.h"
#include "util/result.h"

namespace linkdesk {

// The ERP sales order for a matched staged order, filled by the order mapping (the "message
// definition"): each row names an ERP header field and where its value comes from, a staged-order
// field or a constant. customerNumber and externalDocumentNumber are always set from the order:
// they are what makes the submit idempotent and correctly booked, whatever the mapping says.
namespace SalesOrderBuilder {

// Staged-order fields a mapping row may name.
QStringList fieldNames();

Result<ErpSalesOrder> build(const StagedOrder& order, const QList<OrderMappingRow>& mapping);

} // namespace SalesOrderBuilder

} // namespace linkdesk
