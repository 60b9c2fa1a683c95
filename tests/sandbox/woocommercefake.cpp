#include "woocommercefake.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace sandbox {

namespace {
bool before(const QString& aModified, qint64 aId, const QString& bModified, qint64 bId) {
    return aModified != bModified ? aModified < bModified : aId < bId;
}

Response invalidParam(const QString& name, const QString& why) {
    return Response::json(QJsonObject{{QStringLiteral("code"), QStringLiteral("rest_invalid_param")},
                                      {QStringLiteral("message"),
                                       QStringLiteral("Invalid parameter(s): %1 (%2)").arg(name, why)},
                                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), 400}}}},
                          400);
}
} // namespace

WooCommerceFake::WooCommerceFake(const QJsonObject& seed)
    : m_key(seed.value(QStringLiteral("consumer_key")).toString(QStringLiteral("ck_demo")))
    , m_secret(seed.value(QStringLiteral("consumer_secret")).toString(QStringLiteral("cs_demo"))) {
    const QJsonArray orders = seed.value(QStringLiteral("orders")).toArray();
    m_orders.reserve(orders.size());
    for (const QJsonValue& order : orders)
        m_orders.append(makeOrder(order));
    std::stable_sort(m_orders.begin(), m_orders.end(), [](const Order& a, const Order& b) {
        return before(a.modified, a.id, b.modified, b.id);
    });
}

WooCommerceFake::Order WooCommerceFake::makeOrder(const QJsonValue& json) {
    const QJsonObject o = json.toObject();
    const QJsonValue id = o.value(QStringLiteral("id"));
    return Order{o.value(QStringLiteral("date_modified_gmt")).toString(),
                 id.isString() ? id.toString().toLongLong() : qint64(id.toDouble()), json};
}

void WooCommerceFake::upsert(const QJsonValue& value) {
    QJsonValue json = value;
    if (json.isObject()) {
        QJsonObject o = json.toObject();
        if (!o.contains(QStringLiteral("id"))) {
            qint64 max = 0;
            for (const Order& order : std::as_const(m_orders))
                max = std::max(max, order.id);
            o.insert(QStringLiteral("id"), max + 1);
            if (!o.contains(QStringLiteral("number")))
                o.insert(QStringLiteral("number"), QString::number(max + 1));
        }
        if (!o.contains(QStringLiteral("date_modified_gmt")))
            o.insert(QStringLiteral("date_modified_gmt"),
                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        json = o;
    }
    Order order = makeOrder(json);
    if (json.isObject()) {
        m_orders.removeIf(
            [&](const Order& existing) { return existing.json.isObject() && existing.id == order.id; });
    }
    const auto at =
        std::upper_bound(m_orders.begin(), m_orders.end(), order, [](const Order& a, const Order& b) {
            return before(a.modified, a.id, b.modified, b.id);
        });
    m_orders.insert(at, order);
}

bool WooCommerceFake::authorised(const Request& request) const {
    QString key = request.query.queryItemValue(QStringLiteral("consumer_key"), QUrl::FullyDecoded);
    QString secret = request.query.queryItemValue(QStringLiteral("consumer_secret"), QUrl::FullyDecoded);
    const QByteArray auth = request.header("authorization");
    if (auth.startsWith("Basic ")) {
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed()));
        const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            key = decoded.left(colon);
            secret = decoded.mid(colon + 1);
        }
    }
    return !key.isEmpty() && key == m_key && secret == m_secret;
}

Response WooCommerceFake::list(const Request& request) {
    ++m_listRequests;
    if (!authorised(request)) {
        ++m_unauthorised;
        return Response::json(
            QJsonObject{{QStringLiteral("code"), QStringLiteral("woocommerce_rest_cannot_view")},
                        {QStringLiteral("message"), QStringLiteral("Sorry, you cannot list resources.")},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), 401}}}},
            401);
    }
    bool ok = true;
    const QString pageText = request.query.queryItemValue(QStringLiteral("page"));
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&ok);
    if (!ok || page < 1)
        return invalidParam(QStringLiteral("page"), QStringLiteral("must be 1 or more"));
    const QString perPageText = request.query.queryItemValue(QStringLiteral("per_page"));
    const int perPage = perPageText.isEmpty() ? 10 : perPageText.toInt(&ok);
    if (!ok || perPage < 1 || perPage > 100)
        return invalidParam(QStringLiteral("per_page"),
                            QStringLiteral("must be between 1 (inclusive) and 100 (inclusive)"));

    QString after;
    const QString afterText =
        request.query.queryItemValue(QStringLiteral("modified_after"), QUrl::FullyDecoded);
    if (!afterText.isEmpty()) {
        QDateTime when = QDateTime::fromString(afterText, Qt::ISODate);
        if (!when.isValid())
            return invalidParam(QStringLiteral("modified_after"), QStringLiteral("not an ISO 8601 date"));
        if (when.timeSpec() == Qt::LocalTime)
            when.setTimeSpec(Qt::UTC); // the site's time zone is UTC here
        after = when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    QStringList statuses =
        request.query.queryItemValue(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (statuses.contains(QStringLiteral("any")))
        statuses.clear();
    m_lastQuery = QJsonObject{{QStringLiteral("page"), page},
                              {QStringLiteral("per_page"), perPage},
                              {QStringLiteral("modified_after"), afterText},
                              {QStringLiteral("status"), statuses.join(QLatin1Char(','))}};

    auto from = m_orders.cbegin();
    if (!after.isEmpty()) // strictly after, like WooCommerce
        from = std::upper_bound(
            m_orders.cbegin(), m_orders.cend(), after,
            [](const QString& value, const Order& o) { return value < o.modified.left(19); });
    QJsonArray pageItems;
    qint64 total = 0;
    const qint64 first = qint64(page - 1) * perPage;
    for (auto it = from; it != m_orders.cend(); ++it) {
        if (!statuses.isEmpty() &&
            !statuses.contains(it->json.toObject().value(QStringLiteral("status")).toString()))
            continue;
        if (total >= first && total < first + perPage)
            pageItems.append(it->json);
        ++total;
    }
    const qint64 totalPages = (total + perPage - 1) / perPage;
    if (total > 0 && page > totalPages)
        return Response::json(
            QJsonObject{
                {QStringLiteral("code"), QStringLiteral("woocommerce_rest_invalid_page_number")},
                {QStringLiteral("message"),
                 QStringLiteral("The page number requested is larger than the number of pages available.")},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), 400}}}},
            400);
    Response response = Response::json(pageItems);
    response.headers.append({"X-WP-Total", QByteArray::number(total)});
    response.headers.append({"X-WP-TotalPages", QByteArray::number(totalPages)});
    return response;
}

Response WooCommerceFake::modify(const Request& request) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (doc.isNull())
        return Response::error(400,
                               R"({"code":"bad_request","message":"expected an order object or an array"})");
    int count = 0;
    if (doc.isArray()) {
        for (const QJsonValue& v : doc.array()) {
            upsert(v);
            ++count;
        }
    } else {
        upsert(doc.object());
        count = 1;
    }
    return Response::json(
        QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("orders"), int(m_orders.size())}});
}

void WooCommerceFake::addRoutes(Router& router) {
    router.add("GET", QStringLiteral("^/wp-json/wc/v3/orders$"),
               [this](const Request& request, const QStringList&) { return list(request); });
    router.add("POST", QStringLiteral("^/_sandbox/woocommerce/orders$"),
               [this](const Request& request, const QStringList&) { return modify(request); });
}

QJsonObject WooCommerceFake::state() const {
    return QJsonObject{{QStringLiteral("orders"), int(m_orders.size())},
                       {QStringLiteral("list_requests"), m_listRequests},
                       {QStringLiteral("unauthorised_requests"), m_unauthorised},
                       {QStringLiteral("last_query"), m_lastQuery}};
}

} // namespace sandbox
