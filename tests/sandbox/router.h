#pragma once

// The sandbox's routing contract: every fake API (WooCommerce, Business Central, Tharstern) adds
// handlers here; the server core turns HTTP into SandboxRequests, applies fault injection and
// latency to every route alike, and writes the SandboxResponse back.

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace sandbox {

struct Request {
    QByteArray method; // GET, POST, PATCH, DELETE
    QString path;      // decoded path, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

struct Response {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(const QJsonValue& value, int status = 200);
    static Response error(int status, const QByteArray& jsonBody) {
        return {status, jsonBody, "application/json", {}};
    }
};

// captures: the regular expression's captured groups (1..n).
using Handler = std::function<Response(const Request& request, const QStringList& captures)>;

class Router {
public:
    // path: a regular expression matched against the whole path, e.g. "^/wp-json/wc/v3/orders$".
    void add(const QByteArray& method, const QString& path, Handler handler);
    // The response of the first matching route; nullopt when none matches (404).
    std::optional<Response> dispatch(const Request& request) const;

private:
    struct Route {
        QByteArray method;
        QRegularExpression path;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace sandbox
