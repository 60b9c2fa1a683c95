#include "httperpclient.h"

#include "erplog.h"
#include "net/httpclient.h"
#include "net/httprequest.h"

#include <QStringList>

namespace linkdesk {

HttpErpClient::HttpErpClient(QString systemTitle, int timeoutMs, net::HttpClient* http, QObject* parent)
    : ErpClient(parent)
    , m_http(http)
    , m_systemTitle(std::move(systemTitle))
    , m_timeoutMs(timeoutMs) {}

HttpErpClient::~HttpErpClient() = default;

QString HttpErpClient::baseUrl(const QUrl& url) {
    QString base = url.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

void HttpErpClient::setQuery(QUrl& url, const QList<QPair<QString, QString>>& query,
                             const QByteArray& keySafe, const QByteArray& valueSafe) {
    if (query.isEmpty())
        return;
    QStringList parts;
    for (const auto& [key, value] : query)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key, keySafe)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(value, valueSafe));
    url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
}

// ---- the token -------------------------------------------------------------------------------

void HttpErpClient::withToken(TokenHandler done) {
    if (!m_token.isEmpty() && (!m_tokenExpiry.isValid() || QDateTime::currentDateTimeUtc() < m_tokenExpiry)) {
        const QString token = m_token;
        QMetaObject::invokeMethod(
            this, [done = std::move(done), token] { done(token); }, Qt::QueuedConnection);
        return;
    }
    m_tokenWaiters.append(std::move(done));
    if (!m_tokenPending) {
        m_tokenPending = true;
        fetchToken();
    }
}

void HttpErpClient::storeToken(const QString& token, const QDateTime& expiry) {
    m_token = token;
    m_tokenExpiry = expiry;
    ++m_tokensFetched;
}

void HttpErpClient::finishTokenFetch(const Result<QString>& outcome) {
    m_tokenPending = false;
    const auto waiters = std::exchange(m_tokenWaiters, {});
    for (const auto& waiter : waiters)
        waiter(outcome);
}

// ---- sending ---------------------------------------------------------------------------------

void HttpErpClient::sendSignedIn(net::HttpRequest request, AnswerHandler done) {
    if (m_timeoutMs > 0 && request.timeoutMs == 0)
        request.setTimeout(m_timeoutMs);
    request.setHeader("Accept", "application/json");
    sendWithToken(request, true, std::move(done));
}

void HttpErpClient::sendWithToken(const net::HttpRequest& request, bool mayRefresh, AnswerHandler done) {
    withToken([this, request, mayRefresh, done = std::move(done)](Result<QString> token) {
        if (!token.ok()) {
            done(token.error(), net::HttpResult{});
            return;
        }
        if (!m_http)
            return;
        net::HttpRequest authorised = request;
        authorise(authorised, token.value());
        const QString used = token.value();
        m_http->send(authorised, this, [this, request, mayRefresh, done, used](const net::HttpResult& r) {
            if (r.status == 401 && mayRefresh) {
                // The token expired early or was revoked: a 401 means nothing was done, so the
                // request may be sent again, once, with a new token.
                qCInfo(lcErp).noquote() << m_systemTitle << "answered 401; fetching a new token";
                if (m_token == used)
                    m_token.clear();
                sendWithToken(request, false, done);
                return;
            }
            done(Result<void>(), r);
        });
    });
}

} // namespace linkdesk
