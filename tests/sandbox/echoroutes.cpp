#include "echoroutes.h"

#include "router.h"

#include <QJsonObject>

namespace sandbox {

void addEchoRoutes(Router& router) {
    const auto echo = [](const Request& request, const QStringList&) {
        const int status = request.query.queryItemValue(QStringLiteral("status")).toInt();
        if (status > 0) {
            QByteArray body =
                request.query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).toUtf8();
            if (body.isEmpty())
                body = request.body;
            Response response{status, body, "application/json", {}};
            const QString retryAfter = request.query.queryItemValue(QStringLiteral("retry_after"));
            if (!retryAfter.isEmpty())
                response.headers.append({"Retry-After", retryAfter.toLatin1()});
            return response;
        }
        QJsonObject query;
        for (const auto& [k, v] : request.query.queryItems(QUrl::FullyDecoded))
            query.insert(k, v);
        QJsonObject headers;
        for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
            headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
        return Response::json(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                          {QStringLiteral("path"), request.path},
                                          {QStringLiteral("query"), query},
                                          {QStringLiteral("headers"), headers},
                                          {QStringLiteral("body"), QString::fromUtf8(request.body)}});
    };
    for (const char* method : {"GET", "POST", "PUT", "PATCH", "DELETE"})
        router.add(method, QStringLiteral("^/echo$"), echo);
}

} // namespace sandbox
