#pragma once

#include "orderparseerror.h"

#include <QString>

namespace linkdesk::shop {

// Reads an order file in Linkdesk's CSV layout (docs/order-files.md): RFC 4180, UTF-8, a header row,
// then one row per order line; rows with the same order_number form one order (they need not be
// next to each other).
//
//   order_number,order_id,status,date_modified_gmt,currency,customer_id,email,first_name,last_name,
//   company,country,phone,vat_number,sku,product_id,variation_id,name,quantity,unit_price,total
//
// Required columns: order_number, currency, quantity, unit_price, and sku or product_id (or both).
// All others are optional; column order is free; names are case-insensitive. An unknown or repeated
// column makes the whole file one error (a typo must not silently empty a field).
// Per row: order_number non-empty; quantity > 0; unit_price >= 0; a non-empty sku or a product_id > 0;
// customer_id empty or 0 = guest. The order-level columns (order_id ... vat_number) must agree on
// every row of an order.
//
// Strict and total like WooOrderParser: each order becomes a StagedOrder or an OrderParseError naming
// the order, the row and the column, keeping the header and the order's rows as its raw payload.
class CsvOrderParser final {
public:
    explicit CsvOrderParser(QString shopCode)
        : m_shopCode(std::move(shopCode)) {}

    // `where` names the input in messages (a file name); may be empty.
    ParsedOrders parse(const QString& text, const QString& where = {}) const;

    static QStringList knownColumns();

private:
    QString m_shopCode;
};

} // namespace linkdesk::shop
