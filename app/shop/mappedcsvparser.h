#pragma once

#include "domain/orderfileformat.h"
#include "orderparseerror.h"

#include <QString>

namespace linkdesk::shop {

// How a CSV export lays out its orders, beyond which column holds which field.
struct CsvLayout {
    ColumnMapping mapping;
    QString formatName;     // "Shopify order export": what the file should be, in messages
    QString mappingSection; // "[shop.x.columns]": where the titles come from; empty for a built-in layout
    bool stripNumberSign = false; // "#1001" is order 1001
    bool rowsTogether = false;    // an order's rows follow each other (a file of two joined exports fails)
    // A mapped column the header lacks makes the file fail (a typo must not silently empty a field);
    // when false, only the columns in requiredColumns must be there.
    bool allMappedColumnsRequired = true;
    QList<ColumnMapping::Field> requiredColumns;
    QString phoneFallback;  // read when the phone column is empty
    QString cancelledAt;    // when filled, the order's shop status is "cancelled"
    QString shippingMethod; // the name of the shipping charge
};

// Reads an order export through a column mapping: Shopify's order export, or any CSV a profile maps
// with [shop.CODE.columns]. UTF-8 text (a byte-order mark is dropped), RFC 4180 quoting, CRLF or LF,
// the delimiter given or detected from the header. The header is the first row; then one row per
// order line. Rows with the same order number form one order. An order's own fields (ColumnMapping's
// order fields) may come on its first row only; where a later row fills one, it must say the same.
//
// Strict and total like the other parsers: each order becomes a StagedOrder or an OrderParseError
// naming the file, the order, the row (as a spreadsheet numbers it, with the line of the text where
// that differs) and the column by its title; a bad row costs only its own order. The raw payload of an
// order is the header and its rows, so the same order in a later export is recognised as unchanged.
// A line names its product by SKU, by product id, or only by name (such an order is blocked by item
// matching, naming the product, rather than quarantined).
class MappedCsvParser final {
public:
    MappedCsvParser(QString shopCode, CsvLayout layout)
        : m_shopCode(std::move(shopCode))
        , m_layout(std::move(layout)) {}

    // `where` names the input in messages (a file name); may be empty.
    ParsedOrders parse(const QString& text, const QString& where = {}) const;

    const CsvLayout& layout() const { return m_layout; }

private:
    QString m_shopCode;
    CsvLayout m_layout;
};

// Shopify's order export (Orders -> Export -> CSV): Name (#1001), Email, Financial Status, Currency,
// Created at, Lineitem quantity|name|price|sku, Billing Name|Company|Country|Phone, Id, ... There is
// no customer id: an order's customer is a guest known by e-mail, matched under guest_policy.
CsvLayout shopifyLayout();
// A [shop.CODE.columns] mapping; `section` names it in messages.
CsvLayout mappedLayout(const ColumnMapping& mapping, const QString& section);

} // namespace linkdesk::shop
