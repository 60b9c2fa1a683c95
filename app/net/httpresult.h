#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

namespace linkdesk::net {

// The outcome of one HttpRequest after all its attempts.
struct HttpResult {
    enum class Failure {
        None,       // a 2xx or 3xx answer
        Http,       // an HTTP error status (4xx, 5xx, 429 after the last attempt)
        Timeout,    // no answer within the time-out
        Connection, // refused, reset, host not found, ...
        Tls,        // certificate or handshake error; never ignored, never retried
        Cancelled,  // HttpClient::abortAll()
        Invalid,    // the request itself was unusable (e.g. an invalid URL)
    };

    int status = 0; // HTTP status of the last attempt; 0 when no answer came
    Failure failure = Failure::None;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonDocument json; // the body parsed as JSON when it is JSON (else null)
    // Technical, for logs and the detail: what failed, where (redacted URL), and the server's message.
    QString errorMessage;
    QString serverMessage; // the message from the JSON error body alone, with its code (may be empty)
    // True when the request may have been processed although no success was seen: a time-out, a
    // 5xx, or a connection lost after sending. A caller creating something must look it up before
    // creating it again.
    bool outcomeUnknown = false;
    int attempts = 0;
    QList<int> retryDelaysMs; // the wait before each retry (back-off, jitter, Retry-After)
    qint64 elapsedMs = 0;     // all attempts and waits together

    bool ok() const { return failure == Failure::None; }
    // Case-insensitive response header of the last attempt.
    QByteArray header(const QByteArray& name) const;
    // What a caller may decide on: UnknownOutcome when outcomeUnknown; else Configuration for 401,
    // 403, TLS and unusable requests, NotFound for 404 and 410, Transient for 408, 429, 5xx,
    // time-outs and connection failures, Refused for other 4xx, Cancelled after abortAll().
    ErrorKind errorKind() const;
    // The server's own words about the failure, without its error code: BC's error.message,
    // WooCommerce's message, Tharstern's problems (may be empty).
    QString serverReason() const;
    // A short, plain sentence for people, naming the other side as `system` ("Business Central";
    // empty: "the server"): "Business Central refused the request: <its own message>", "Could not
    // reach Business Central: connection refused", "Business Central did not answer in time."
    QString plainMessage(const QString& system = {}) const;
    // The raw request and answer for the Details and the log: errorMessage (method, redacted URL,
    // status, the server's message, attempts) and an excerpt of the body, secrets masked
    // (redactedBody). Never an Authorization header.
    QString detail() const;
    // The error as a Result error: plainMessage(system), errorKind() and detail().
    Error toError(const QString& system = {}) const;
    static QString failureName(Failure failure);

    Q_DECLARE_TR_FUNCTIONS(HttpResult) // last: it ends in "private:"
};

} // namespace linkdesk::net
