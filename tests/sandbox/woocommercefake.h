#pragma once

#include "router.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace sandbox {

// WooCommerce REST API v3, the part Linkdesk reads:
//   GET /wp-json/wc/v3/orders  page, per_page (1..100, default 10), modified_after (exclusive),
//                              status (comma list or "any"); ordered by date_modified_gmt, then id;
//                              X-WP-Total / X-WP-TotalPages; Basic auth (or consumer_key and
//                              consumer_secret query parameters) with the seed's key and secret,
//                              else 401 {"code":"woocommerce_rest_cannot_view",...}.
//   POST /_sandbox/woocommerce/orders  an order object or an array: added, or replacing the order
//                              with the same id; date_modified_gmt defaults to now (UTC).
// Orders are kept as given (a malformed one stays malformed), so clients' parsers can be tested.
class WooCommerceFake final {
public:
    explicit WooCommerceFake(const QJsonObject& seed);

    void addRoutes(Router& router);
    QJsonObject state() const;

private:
    struct Order {
        QString modified; // date_modified_gmt as text: ISO 8601 sorts as text
        qint64 id = 0;
        QJsonValue json;
    };
    static Order makeOrder(const QJsonValue& json);
    void upsert(const QJsonValue& json);
    bool authorised(const Request& request) const;
    Response list(const Request& request);
    Response modify(const Request& request);

    QString m_key;
    QString m_secret;
    QList<Order> m_orders; // sorted by (modified, id)
    int m_listRequests = 0;
    int m_unauthorised = 0;
    QJsonObject m_lastQuery;
};

} // namespace sandbox
