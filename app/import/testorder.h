#pragma once

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
// Result (the CLI's `test-order --json`): status, customer_code, how, reason, items, trace (sentences),
// price_linked and price_default ({customer, lines[{item, quantity, unit_price}], total} or {error}),
// line_price_source ("shop" or "erp"), and lines[{sku, item, quantity, shop_price, erp_price,
// order_price}]: the shop's price given, the ERP's price for customer_code, and the one the order
// line would carry (each absent where not known).
namespace TestOrder {

struct Line {
    QString sku;
    double quantity = 1;
    std::optional<double> shopPrice; // the price the shop would charge; absent: not given
};

// Runs on a worker thread (it waits for the ERP on the services' network thread).
Result<QJsonObject> run(Database& db, ImportServices& services, const QString& shopCode,
                        const QString& shopCustomerId, const QList<Line>& lines);

} // namespace TestOrder

} // namespace linkdesk
