#include "httprequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace linkdesk::net {

namespace {
QByteArray toJson(const QJsonValue& json) {
    if (json.isArray())
        return QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
}
} // namespace

HttpRequest HttpRequest::get(const QUrl& url) {
    HttpRequest r;
    r.url = url;
    return r;
}

HttpRequest HttpRequest::post(const QUrl& url, const QByteArray& body, const QByteArray& contentType) {
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

HttpRequest HttpRequest::postJson(const QUrl& url, const QJsonValue& json) {
    return post(url, toJson(json), "application/json");
}

HttpRequest HttpRequest::patchJson(const QUrl& url, const QJsonValue& json) {
    HttpRequest r = postJson(url, json);
    r.method = "PATCH";
    return r;
}

HttpRequest HttpRequest::deleteResource(const QUrl& url) {
    HttpRequest r;
    r.method = "DELETE";
    r.url = url;
    return r;
}

HttpRequest& HttpRequest::setHeader(const QByteArray& name, const QByteArray& value) {
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

QByteArray HttpRequest::header(const QByteArray& name) const {
    for (const auto& header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    return {};
}

HttpRequest& HttpRequest::setJsonBody(const QJsonValue& json) {
    body = toJson(json);
    return setHeader("Content-Type", "application/json");
}

HttpRequest& HttpRequest::setBasicAuth(const QString& user, const QString& password) {
    const QByteArray token = (user + QLatin1Char(':') + password).toUtf8().toBase64();
    return setHeader("Authorization", "Basic " + token);
}

HttpRequest& HttpRequest::setBearerToken(const QString& token) {
    return setHeader("Authorization", "Bearer " + token.toUtf8());
}

bool HttpRequest::isIdempotent() const {
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS";
}

} // namespace linkdesk::net
