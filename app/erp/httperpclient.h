#pragma once

#include "erpclient.h"
#include "net/httpresult.h"

#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace linkdesk {

namespace net {
class HttpClient;
struct HttpRequest;
} // namespace net

// The plumbing the Business Central and Tharstern clients share: the HTTP client, one sign-in token
// fetched once for every call waiting on it and reused until it expires, and requests sent with it,
// once more with a new token when the ERP answers 401. How a token is fetched and put on a request
// is the subclass's; every user-visible message is the subclass's too.
class HttpErpClient : public ErpClient {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpErpClient)
public:
    ~HttpErpClient() override;

    // Tokens fetched so far (for tests and diagnostics).
    int tokensFetched() const { return m_tokensFetched; }

protected:
    using TokenHandler = std::function<void(Result<QString>)>;
    // The ERP's answer, or (signIn not ok) why the request was never sent.
    using AnswerHandler = std::function<void(const Result<void>& signIn, const net::HttpResult& answer)>;

    // systemTitle names the ERP in log lines; timeoutMs > 0 is the time-out of a request without one.
    HttpErpClient(QString systemTitle, int timeoutMs, net::HttpClient* http, QObject* parent);

    // Asks the ERP for a token; ends, on every path, with finishTokenFetch().
    virtual void fetchToken() = 0;
    // Puts the token on a request.
    virtual void authorise(net::HttpRequest& request, const QString& token) const = 0;

    // Keeps a new token until expiry (invalid: until the ERP answers 401).
    void storeToken(const QString& token, const QDateTime& expiry);
    // Hands the outcome of a token fetch to every call waiting for it.
    void finishTokenFetch(const Result<QString>& outcome);

    // Sends a request (Accept: application/json, the default time-out) with the token; when the
    // ERP answers 401, fetches a new token and sends it once more.
    void sendSignedIn(net::HttpRequest request, AnswerHandler done);

    // The URL without trailing slashes, encoded.
    static QString baseUrl(const QUrl& url);
    // Sets the query, built by hand: QUrlQuery leaves '+' as it is, which servers read as a space.
    // Keys and values are percent-encoded but for the characters in keySafe and valueSafe.
    static void setQuery(QUrl& url, const QList<QPair<QString, QString>>& query,
                         const QByteArray& keySafe = {}, const QByteArray& valueSafe = {});

    // Answers asynchronously, as ErpClient promises, when there is nothing to ask the ERP.
    template <typename T>
    void later(Callback<T> done, Result<T> result) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
            Qt::QueuedConnection);
    }

    QPointer<net::HttpClient> m_http;

private:
    void withToken(TokenHandler done);
    void sendWithToken(const net::HttpRequest& request, bool mayRefresh, AnswerHandler done);

    QString m_systemTitle;
    int m_timeoutMs = 0;
    QString m_token;
    QDateTime m_tokenExpiry; // invalid: until a 401 says otherwise
    bool m_tokenPending = false;
    QList<TokenHandler> m_tokenWaiters;
    int m_tokensFetched = 0;
};

} // namespace linkdesk
