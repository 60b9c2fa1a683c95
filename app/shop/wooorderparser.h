#pragma once

#include "orderparseerror.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace linkdesk::shop {

// Reads WooCommerce REST v3 order objects (GET /wp-json/wc/v3/orders) into staged orders.
//
// Strict and total: every order either becomes a StagedOrder or an OrderParseError whose message
// names the order and the field ("WooCommerce order 1042 (number 1042): line_items[1].quantity must
// not be negative (got -2)") and which keeps the raw JSON. Nothing throws, nothing is dropped.
//
// Required: id (whole number > 0), number (string), status, currency, date_modified_gmt (ISO 8601,
// UTC), customer_id (whole number >= 0; 0 = guest), billing (object), line_items (1..1000 objects
// with product_id, quantity > 0, price). Optional: billing fields (strings), variation_id, sku, name,
// total; the charges: shipping_lines[{method_title, total}] (else shipping_total) and
// fee_lines[{name, total}]. An order over 1 MiB of JSON or a string over its limit (see
// orderfields.h) is refused.
class WooOrderParser final {
public:
    explicit WooOrderParser(QString shopCode)
        : m_shopCode(std::move(shopCode)) {}

    static constexpr qsizetype kMaxOrderBytes = 1024 * 1024;

    // One order; the error names the field (the caller adds which order).
    Result<StagedOrder> parse(const QJsonObject& order) const;
    // One order, or an OrderParseError that names it and keeps the raw JSON. `where` says where it
    // came from ("page 2, item 7"); may be empty.
    ParsedOrders parseOne(const QJsonValue& value, const QString& where = {}) const;
    // Every element of an array; a non-object element is a per-order error too.
    ParsedOrders parseArray(const QJsonArray& orders, const QString& where = {}) const;
    // A JSON document holding one order object or an array of them (a file, a page body).
    ParsedOrders parseDocument(const QByteArray& json, const QString& where = {}) const;

    // How an order is named in messages: "WooCommerce order 1042", or by number or position
    // when the id is unreadable.
    static QString describe(const QJsonObject& order, const QString& where);

private:
    static Result<QList<OrderCharge>> parseCharges(const QJsonObject& order);

    QString m_shopCode;
};

} // namespace linkdesk::shop
