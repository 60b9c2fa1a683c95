#include "httpclient.h"

#include "errormessage.h"
#include "netlog.h"
#include "redact.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>

namespace linkdesk::net {

struct HttpClient::Call {
    HttpRequest request;
    QPointer<QObject> context;
    bool hadContext = false;
    Callback callback;
    HttpResult result;
    QString method;
    QString url; // redacted
    QElapsedTimer total;
    QElapsedTimer attempt;
    int maxAttempts = 1;
    int timeoutMs = 0;
    bool cancelled = false;
    bool anyUnknown = false;
    bool delivered = false;
    QStringList tlsErrors;
};

namespace {

QString networkErrorText(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("connection closed by the server");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("connection timed out");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QStringLiteral("proxy error");
    default:
        // Never Qt's errorString(): it contains the full URL, secrets included.
        return QStringLiteral("network error %1")
            .arg(QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error)));
    }
}

bool isTls(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_random(QRandomGenerator::securelySeeded()) {}

HttpClient::~HttpClient() {
    const auto replies = m_running.keys();
    m_running.clear();
    if (!m_manager)
        return; // its replies went with it
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpClient::setMaxParallel(int limit) {
    m_maxParallel = std::max(1, limit);
    pump();
}

void HttpClient::send(const HttpRequest& request, QObject* context, Callback callback) {
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hadContext = context != nullptr;
    call->callback = std::move(callback);
    call->method = QString::fromLatin1(request.method.toUpper());
    call->url = redactedUrl(request.url);
    call->maxAttempts = std::max(1, request.maxAttempts > 0 ? request.maxAttempts : m_policy.maxAttempts);
    call->timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : m_policy.defaultTimeoutMs;
    call->total.start();

    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        request.url.host().isEmpty()) {
        call->result.failure = HttpResult::Failure::Invalid;
        call->result.errorMessage =
            QStringLiteral("%1 %2: not a valid http(s) URL").arg(call->method, call->url);
        finish(call);
        return;
    }
    enqueue(call);
}

HttpResult HttpClient::sendAndWait(const HttpRequest& request) {
    QEventLoop loop;
    HttpResult out;
    bool done = false;
    send(request, &loop, [&](const HttpResult& result) {
        out = result;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return out;
}

void HttpClient::abortAll() {
    const auto queued = m_queue;
    m_queue.clear();
    const auto waiting = m_waiting;
    m_waiting.clear();
    for (const auto& list : {queued, waiting}) {
        for (const auto& call : list) {
            call->cancelled = true;
            call->result.failure = HttpResult::Failure::Cancelled;
            call->result.errorMessage = QStringLiteral("%1 %2: cancelled").arg(call->method, call->url);
            finish(call);
        }
    }
    const auto running = m_running;
    for (auto it = running.begin(); it != running.end(); ++it) {
        it.value()->cancelled = true;
        it.key()->abort(); // finished() is emitted synchronously: onFinished() delivers Cancelled
    }
}

void HttpClient::enqueue(const std::shared_ptr<Call>& call) {
    m_queue.append(call);
    pump();
}

void HttpClient::pump() {
    while (m_running.size() < m_maxParallel && !m_queue.isEmpty())
        start(m_queue.takeFirst());
}

void HttpClient::start(const std::shared_ptr<Call>& call) {
    if (!m_manager) {
        call->result.failure = HttpResult::Failure::Connection;
        call->result.errorMessage =
            QStringLiteral("%1 %2: the network access manager is gone").arg(call->method, call->url);
        finish(call);
        return;
    }
    QNetworkRequest request(call->request.url);
    for (const auto& [name, value] : call->request.headers)
        request.setRawHeader(name, value);
    if (call->request.header("Accept").isEmpty())
        request.setRawHeader("Accept", "application/json");
    if (call->request.header("User-Agent").isEmpty())
        request.setRawHeader("User-Agent", "Linkdesk/" LINKDESK_VERSION);
    request.setTransferTimeout(call->timeoutMs);
    call->tlsErrors.clear();
    call->attempt.start();

    const QByteArray method = call->request.method.toUpper();
    QNetworkReply* reply = nullptr;
    if (method == "GET" && call->request.body.isEmpty())
        reply = m_manager->get(request);
    else if (method == "HEAD")
        reply = m_manager->head(request);
    else
        reply = m_manager->sendCustomRequest(request, method, call->request.body);
    m_running.insert(reply, call);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
#if QT_CONFIG(ssl)
    // Collected for the message only: ignoreSslErrors() is never called.
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            call->tlsErrors << error.errorString();
    });
#endif
}

void HttpClient::onFinished(QNetworkReply* reply) {
    reply->deleteLater();
    const auto call = m_running.take(reply);
    if (!call)
        return;

    HttpResult& r = call->result;
    const qint64 ms = call->attempt.elapsed();
    r.attempts += 1;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.headers = reply->rawHeaderPairs();
    // An aborted or timed-out reply is closed: reading it only prints "device not open".
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    QJsonParseError parseError{};
    r.json = r.body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(r.body, &parseError);
    r.serverMessage = jsonErrorMessage(r.body);

    bool retryable = false;
    bool unknown = false;
    int delay = -1;
    QString problem;
    if (call->cancelled) {
        r.failure = HttpResult::Failure::Cancelled;
        problem = QStringLiteral("cancelled");
    } else if (r.status != 0 && (r.networkError == QNetworkReply::NoError || r.status >= 400)) {
        // An HTTP answer. (A 2xx/3xx status with a network error is a transfer cut off after the
        // headers, by a time-out or a lost connection: handled as such below, not as "HTTP 200".)
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        problem = QStringLiteral("HTTP %1%2")
                      .arg(r.status)
                      .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason);
        if (r.status < 400) {
            r.failure = HttpResult::Failure::None;
        } else if (r.status == 429) {
            r.failure = HttpResult::Failure::Http;
            retryable = true; // refused before any work was done: safe for every method
            const int asked =
                RetryPolicy::retryAfterMs(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
            if (asked > m_policy.maxRetryAfterMs) {
                retryable = false;
                problem += QStringLiteral(" (the server asks to wait %1 s)").arg(asked / 1000);
            }
            delay = asked;
        } else if (r.status >= 500) {
            r.failure = HttpResult::Failure::Http;
            unknown = true;
            retryable = call->request.mayRepeat();
        } else {
            r.failure = HttpResult::Failure::Http;
        }
    } else if (r.networkError == QNetworkReply::OperationCanceledError) {
        // QNetworkRequest::setTransferTimeout reports its time-out as OperationCanceledError.
        r.failure = HttpResult::Failure::Timeout;
        problem = QStringLiteral("no answer within %1 s").arg(call->timeoutMs / 1000.0);
        unknown = true;
        retryable = call->request.mayRepeat();
    } else if (isTls(r.networkError) || !call->tlsErrors.isEmpty()) {
        r.failure = HttpResult::Failure::Tls;
        problem = QStringLiteral("TLS error: %1")
                      .arg(call->tlsErrors.isEmpty() ? QStringLiteral("handshake failed")
                                                     : call->tlsErrors.join(QStringLiteral("; ")));
    } else if (r.networkError == QNetworkReply::ConnectionRefusedError ||
               r.networkError == QNetworkReply::HostNotFoundError) {
        r.failure = HttpResult::Failure::Connection;
        problem = networkErrorText(r.networkError);
        retryable = true; // the request never reached the server
    } else {
        r.failure = r.networkError == QNetworkReply::TimeoutError ? HttpResult::Failure::Timeout
                                                                  : HttpResult::Failure::Connection;
        problem = networkErrorText(r.networkError);
        unknown = true;
        retryable = call->request.mayRepeat();
    }

    // One multi-arg call: a URL's own "%2C" must never be taken for a placeholder.
    qCInfo(lcNet).noquote() << QStringLiteral("%1 %2 -> %3 in %4 ms (attempt %5/%6)")
                                   .arg(call->method, call->url,
                                        r.status ? QString::number(r.status)
                                                 : HttpResult::failureName(r.failure),
                                        QString::number(ms), QString::number(r.attempts),
                                        QString::number(call->maxAttempts));
    emit attemptFinished(call->method, call->url, r.status, ms);

    call->anyUnknown = call->anyUnknown || unknown;
    if (r.ok()) {
        r.errorMessage.clear();
        r.outcomeUnknown = false;
    } else {
        r.outcomeUnknown = call->anyUnknown && r.failure != HttpResult::Failure::Cancelled;
        QString message = QStringLiteral("%1 %2: %3").arg(call->method, call->url, problem);
        if (!r.serverMessage.isEmpty())
            message += QStringLiteral(": ") + r.serverMessage;
        if (r.attempts > 1)
            message += QStringLiteral(" (after %1 attempts)").arg(r.attempts);
        r.errorMessage = message;
    }

    if (!r.ok() && retryable && r.attempts < call->maxAttempts) {
        if (delay < 0)
            delay = m_policy.backoffDelayMs(r.attempts, m_random);
        retryLater(call, delay);
    } else {
        finish(call);
    }
    pump();
}

void HttpClient::retryLater(const std::shared_ptr<Call>& call, int delayMs) {
    call->result.retryDelaysMs.append(delayMs);
    m_waiting.append(call);
    // A precise timer: the default coarse one may fire up to 5 % early for waits of 2 s and more,
    // and a retry must never come before the Retry-After the server asked for.
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this, call] {
        if (!m_waiting.removeOne(call))
            return; // cancelled meanwhile
        enqueue(call);
    });
}

void HttpClient::finish(const std::shared_ptr<Call>& call) {
    if (call->delivered)
        return;
    call->delivered = true;
    call->result.elapsedMs = call->total.elapsed();
    QTimer::singleShot(0, this, [call] {
        if (call->hadContext && !call->context)
            return;
        if (call->callback)
            call->callback(call->result);
    });
}

} // namespace linkdesk::net
