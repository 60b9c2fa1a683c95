#pragma once

#include "httprequest.h"
#include "httpresult.h"
#include "retrypolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace linkdesk::net {

// Linkdesk's one HTTP layer, over a QNetworkAccessManager that the caller owns and passes in.
//
//   HttpClient http(&nam);
//   http.send(HttpRequest::get(url).setBasicAuth(key, secret), this, [](const HttpResult& r) {
//       if (!r.ok()) return report(r.errorMessage);
//       use(r.json);
//   });
//
// - Per-attempt time-out (HttpRequest::timeoutMs, else RetryPolicy::defaultTimeoutMs).
// - Bounded retry with exponential back-off and jitter on connection errors, time-outs and 5xx;
//   429 waits what Retry-After says. A POST/PATCH is repeated only when it surely did not reach
//   the server, unless HttpRequest::retrySafe (see HttpRequest).
// - TLS errors are never ignored and never retried.
// - JSON error bodies become readable messages (jsonErrorMessage: OData, WooCommerce, Tharstern).
// - One "linkdesk.net" info line per attempt: method, redacted URL, status, time. Headers and
//   bodies are never logged.
// - At most maxParallel() requests on the wire (default 6); the rest wait in FIFO order.
//
// Threading: the client lives in the manager's thread; call it, and get callbacks, there.
// The callback is always invoked asynchronously (never from inside send()), exactly once, unless
// `context` was destroyed first (then it is dropped).
class HttpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    using Callback = std::function<void(const HttpResult& result)>;

    explicit HttpClient(QNetworkAccessManager* manager, QObject* parent = nullptr);
    ~HttpClient() override;

    void send(const HttpRequest& request, QObject* context, Callback callback);

    // Sends and waits on a private event loop. For the CLI and worker threads only: never call it
    // on the GUI thread.
    HttpResult sendAndWait(const HttpRequest& request);

    // Cancels every queued, running or back-off-waiting request; their callbacks get
    // Failure::Cancelled (asynchronously).
    void abortAll();

    void setMaxParallel(int limit);
    int maxParallel() const { return m_maxParallel; }
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    const RetryPolicy& retryPolicy() const { return m_policy; }
    // For reproducible jitter in tests.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_queue.size()); }

signals:
    // After every attempt, for progress displays and tests.
    void attemptFinished(const QString& method, const QString& redactedUrl, int status, qint64 elapsedMs);

private:
    struct Call;
    void enqueue(const std::shared_ptr<Call>& call);
    void pump();
    void start(const std::shared_ptr<Call>& call);
    void onFinished(QNetworkReply* reply);
    void retryLater(const std::shared_ptr<Call>& call, int delayMs);
    void finish(const std::shared_ptr<Call>& call);

    QPointer<QNetworkAccessManager> m_manager;
    RetryPolicy m_policy;
    QRandomGenerator m_random;
    int m_maxParallel = 6;
    QList<std::shared_ptr<Call>> m_queue;
    QHash<QNetworkReply*, std::shared_ptr<Call>> m_running;
    QList<std::shared_ptr<Call>> m_waiting; // in back-off
};

} // namespace linkdesk::net
