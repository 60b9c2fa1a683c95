#include "router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

Response Response::json(const QJsonValue& value, int status) {
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return {status, doc.toJson(QJsonDocument::Compact), "application/json", {}};
}

void Router::add(const QByteArray& method, const QString& path, Handler handler) {
    m_routes.append(Route{method, QRegularExpression(path), std::move(handler)});
}

std::optional<Response> Router::dispatch(const Request& request) const {
    for (const Route& route : m_routes) {
        if (route.method != request.method)
            continue;
        const auto match = route.path.match(request.path);
        if (!match.hasMatch())
            continue;
        QStringList captures = match.capturedTexts();
        captures.removeFirst();
        return route.handler(request, captures);
    }
    return std::nullopt;
}

} // namespace sandbox
