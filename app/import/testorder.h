#pragma once

#include "domain/shopcustomer.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace linkdesk {

class Database;
class ImportServices;

// A test order placed "as" a shop customer, never submitted: which ERP customer code it would be
// booked to and why (the match trace), and the ERP's prices for its lines under that code next to
// the prices under the default customer code. Nothing is written and nothing is created: a customer
// that would be created is reported as such.
//
// It also says which price the order's lines would carry (line_price_source): the shop's, or the
// ERP's for the customer, with both side by side per line.
//
// It is placed as a shop customer Linkdesk has (from an import), or as one typed in who has never
// ordered: that one is matched the same way from what was typed, and stored nowhere.
//
// Result (the CLI's `test-order --json`): status, customer_code, how, reason, items, trace (sentences),
// price_linked and price_default ({customer, lines[{item, quantity, unit_price}], total} or {error}),
// line_price_source ("shop" or "erp"), and lines[{sku, item, quantity, shop_price, erp_price,
// order_price}]: the shop's price given, the ERP's price for customer_code, and the one the order
// line would carry (each absent where not known); new_customer: true when placed as one typed in.
//
// linkForReal() does to the customer what their first order would: the same match, not dry, of the
// customer alone (no lines, so no product mapping either): the link written or the ERP customer
// created and linked, audited with the reason; a customer typed in is stored. No sales order.
namespace TestOrder {

struct Line {
    QString sku;
    double quantity = 1;
    std::optional<double> shopPrice; // the price the shop would charge; absent: not given
};

// Who the test order is placed as.
struct Customer {
    QString shopCode;
    QString customerKey; // a shop customer Linkdesk has: its identity key (the shop customer id)
    // Empty customerKey: one who has not ordered yet, as typed (email at least; shopCustomerId
    // empty for a guest). Never stored by run().
    ShopCustomer typed;

    static Customer stored(const QString& shopCode, const QString& customerKey) {
        return {shopCode, customerKey, {}};
    }
    static Customer newCustomer(const ShopCustomer& typed) { return {typed.shopCode, {}, typed}; }
    bool isNew() const { return customerKey.isEmpty(); }
};

// Runs on a worker thread (it waits for the ERP on the services' network thread).
Result<QJsonObject> run(Database& db, ImportServices& services, const Customer& customer,
                        const QList<Line>& lines);
inline Result<QJsonObject> run(Database& db, ImportServices& services, const QString& shopCode,
                               const QString& shopCustomerId, const QList<Line>& lines) {
    return run(db, services, Customer::stored(shopCode, shopCustomerId), lines);
}

// The reason linkForReal() gives the audit log unless told another.
QString linkReason();
// Result: status, customer_code, how, reason, trace as run() has them, customer_id (the shop
// customer's row, for Connect Link) and created (an ERP customer was created now).
Result<QJsonObject> linkForReal(Database& db, ImportServices& services, const Customer& customer,
                                const QString& reason = linkReason());

} // namespace TestOrder

} // namespace linkdesk
