#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace linkdesk::net {

// One HTTP request as HttpClient sends it. A plain value: build it, then hand it to HttpClient::send.
//
//   auto request = HttpRequest::get(url).setBasicAuth(key, secret);
//   auto create = HttpRequest::postJson(url, order).setRetrySafe(true); // only when a repeat is harmless
//
// Retries: GET, HEAD, PUT, DELETE and OPTIONS are retried on connection errors, time-outs and 5xx.
// POST and PATCH are retried only when the request surely did not reach the server (connection
// refused, host not found, 429), unless retrySafe is set.
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // Authorization is never logged
    QByteArray body;
    int timeoutMs = 0;      // inactivity time-out of one attempt; 0: the client's default
    int maxAttempts = 0;    // 1 = no retry; 0: the client's RetryPolicy
    bool retrySafe = false; // a non-idempotent request the caller knows may be repeated

    static HttpRequest get(const QUrl& url);
    static HttpRequest post(const QUrl& url, const QByteArray& body, const QByteArray& contentType);
    static HttpRequest postJson(const QUrl& url, const QJsonValue& json);
    static HttpRequest patchJson(const QUrl& url, const QJsonValue& json);
    static HttpRequest deleteResource(const QUrl& url);

    // Sets (replaces) a header; names compare case-insensitively.
    HttpRequest& setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
    HttpRequest& setJsonBody(const QJsonValue& json);
    // Authorization: Basic base64(user:password)
    HttpRequest& setBasicAuth(const QString& user, const QString& password);
    // Authorization: Bearer token
    HttpRequest& setBearerToken(const QString& token);
    HttpRequest& setTimeout(int ms) {
        timeoutMs = ms;
        return *this;
    }
    HttpRequest& setRetrySafe(bool safe) {
        retrySafe = safe;
        return *this;
    }
    HttpRequest& setMaxAttempts(int attempts) {
        maxAttempts = attempts;
        return *this;
    }

    // GET, HEAD, PUT, DELETE, OPTIONS.
    bool isIdempotent() const;
    // Whether a failure after the request may have been processed can be retried.
    bool mayRepeat() const { return retrySafe || isIdempotent(); }
};

} // namespace linkdesk::net
