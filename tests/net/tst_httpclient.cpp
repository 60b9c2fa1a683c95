// HttpClient against the real linkdesk-sandbox over real HTTP, with its fault injection. The pure
// helpers of app/net are tested in tst_nethelpers.cpp.
#include "domainprinters.h"
#include "net/httpclient.h"
#include "net/retrypolicy.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace linkdesk::net;

namespace {

// The test's own log capture, to check what the "linkdesk.net" category writes.
QStringList g_netLog;
QMutex g_netLogMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureNetLog(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (context.category && qstrcmp(context.category, "linkdesk.net") == 0) {
        QMutexLocker lock(&g_netLogMutex);
        g_netLog << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Collects the results of requests sent through an HttpClient.
struct Results {
    QList<HttpResult> list;
    HttpClient::Callback collector() {
        return [this](const HttpResult& r) { list.append(r); };
    }
};

RetryPolicy fastPolicy(int attempts = 3) {
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelayMs = 50;
    p.maxDelayMs = 400;
    p.jitter = 0;
    p.defaultTimeoutMs = 5000;
    return p;
}

// A loopback port on which nothing listens.
int closedPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;

    // Sends one request and waits for its result.
    HttpResult run(const HttpRequest& request, int timeoutMs = 20000) {
        Results results;
        m_http->send(request, this, results.collector());
        [&] { QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 1, timeoutMs); }();
        return results.list.value(0);
    }
    int serverTotal() { return m_sandbox->requests().value(QStringLiteral("total")).toInt(); }

private slots:
    void initTestCase() {
        QLoggingCategory::setFilterRules(QStringLiteral("linkdesk.net.info=true"));
        g_previousHandler = qInstallMessageHandler(captureNetLog);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init() {
        m_sandbox = std::make_unique<SandboxProcess>();
        if (QByteArray(QTest::currentTestFunction()).startsWith("unit"))
            return;
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(m_nam.get());
        m_http->setRetryPolicy(fastPolicy());
        m_http->setRandomSeed(7);
    }
    void cleanup() {
        m_http.reset();
        m_nam.reset();
        m_sandbox.reset();
    }

    // ---------------------------------------------------------------- over HTTP

    void getSucceedsAndSendsHeaders() {
        const HttpResult r = run(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo?a=1")))
                                     .setBasicAuth(QStringLiteral("ck"), QStringLiteral("cs")));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.errorMessage.isEmpty());
        const QJsonObject echo = r.json.object();
        QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(echo.value(QStringLiteral("query")).toObject().value(QStringLiteral("a")).toString(),
                 QStringLiteral("1"));
        const QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("ck:cs").toBase64()));
        QCOMPARE(headers.value(QStringLiteral("accept")).toString(), QStringLiteral("application/json"));
    }

    void postJsonSendsBody() {
        const HttpResult r = run(HttpRequest::postJson(m_sandbox->url(QStringLiteral("/echo")),
                                                       QJsonObject{{QStringLiteral("x"), 42}}));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        const QJsonObject echo = r.json.object();
        QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(QJsonDocument::fromJson(echo.value(QStringLiteral("body")).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("x"))
                     .toInt(),
                 42);
    }

    void rateLimitedRetryWaitsRetryAfter() {
        // --rate-limit 1/s: the first request passes, the second in the same second gets
        // 429 + Retry-After: 1; the client must wait at least that long, then succeed.
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("rate_limit"), 1}}));
        QElapsedTimer clock;
        clock.start();
        struct Attempt {
            int status;
            qint64 startMs;
            qint64 endMs;
        };
        QList<Attempt> attempts;
        connect(m_http.get(), &HttpClient::attemptFinished, this,
                [&](const QString&, const QString&, int status, qint64 elapsedMs) {
                    attempts.append({status, clock.elapsed() - elapsedMs, clock.elapsed()});
                });
        QVERIFY(run(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo")))).ok());
        // A POST too: a 429 means the server did no work, so even a non-idempotent request is repeated.
        const HttpResult r =
            run(HttpRequest::postJson(m_sandbox->url(QStringLiteral("/echo")), QJsonObject()));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.retryDelaysMs, QList<int>{1000});
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(attempts.at(1).status, 429);
        QCOMPARE(attempts.at(2).status, 200);
        // The retry started no sooner than Retry-After after the 429 arrived.
        const qint64 waited = attempts.at(2).startMs - attempts.at(1).endMs;
        QVERIFY2(waited >= 1000, qPrintable(QStringLiteral("retried after %1 ms").arg(waited)));
        QCOMPARE(m_sandbox->stateAt({"sandbox", "faults", "counts", "rate_limited"}).toInt(), 1);
    }

    void retryAfterOfSecondsIsNeverCutShort() {
        // Retry-After: 2 from the server's own answer; the wait must not be a coarse timer's
        // "about 2 s" (which may fire 100 ms early).
        QElapsedTimer clock;
        clock.start();
        QList<qint64> starts;
        QList<qint64> ends;
        connect(m_http.get(), &HttpClient::attemptFinished, this,
                [&](const QString&, const QString&, int, qint64 elapsedMs) {
                    starts.append(clock.elapsed() - elapsedMs);
                    ends.append(clock.elapsed());
                });
        const HttpResult r =
            run(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo?status=429&retry_after=2")))
                    .setMaxAttempts(2));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.retryDelaysMs, QList<int>{2000});
        QCOMPARE(starts.size(), 2);
        QVERIFY2(starts.at(1) - ends.at(0) >= 2000,
                 qPrintable(QStringLiteral("retried after %1 ms").arg(starts.at(1) - ends.at(0))));
        QVERIFY(!r.outcomeUnknown);
        QCOMPARE_NAMED(r.toError().kind, linkdesk::ErrorKind::Transient);
        QCOMPARE(r.status, 429);
    }

    void retryAfterBeyondLimitGivesUp() {
        RetryPolicy policy = fastPolicy();
        policy.maxRetryAfterMs = 5000;
        m_http->setRetryPolicy(policy);
        const HttpResult r = run(HttpRequest::get(m_sandbox->url(QStringLiteral(
            "/echo?status=429&retry_after=600&body=%7B%22message%22%3A%22Slow%20down%22%7D"))));
        QCOMPARE(r.failure, HttpResult::Failure::Http);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("HTTP 429")), qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("600 s")), qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("Slow down")), qPrintable(r.errorMessage));
        QVERIFY(!r.outcomeUnknown);
    }

    void hungReplyTimesOutAndIsRetried() {
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("hang_next"), 1}}));
        QElapsedTimer clock;
        clock.start();
        const HttpResult r = run(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo"))).setTimeout(500));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.retryDelaysMs.size(), 1);
        QVERIFY(clock.elapsed() >= 500);
        QCOMPARE(serverTotal(), 2);
    }

    void hungReplyEveryTimeIsATimeout() {
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("hang_next"), 5}}));
        const HttpResult r =
            run(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo"))).setTimeout(300).setMaxAttempts(2));
        QCOMPARE(r.failure, HttpResult::Failure::Timeout);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.attempts, 2);
        QVERIFY(r.outcomeUnknown);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("no answer within 0.3 s")),
                 qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("after 2 attempts")), qPrintable(r.errorMessage));
        QVERIFY(r.failure == HttpResult::Failure::Timeout);
        QVERIFY(r.toError().is(linkdesk::ErrorKind::Transient) ||
                r.toError().is(linkdesk::ErrorKind::UnknownOutcome));
    }

    void serverErrorsRetriedWithBackoffThenReadableFailure() {
        m_http->setRetryPolicy(fastPolicy(4));
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("fail_next"), 10}}));
        QElapsedTimer clock;
        clock.start();
        const HttpResult r = run(HttpRequest::get(m_sandbox->url(
            QStringLiteral("/wp-json/wc/v3/orders?consumer_key=ck_123&consumer_secret=cs_456"))));
        QCOMPARE(r.failure, HttpResult::Failure::Http);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.attempts, 4);
        // Exponential back-off without jitter: 50, 100, 200 ms; the bound stops it at 4 attempts.
        QCOMPARE(r.retryDelaysMs, (QList<int>{50, 100, 200}));
        QVERIFY(clock.elapsed() >= 350);
        QCOMPARE(serverTotal(), 4);
        QVERIFY(r.outcomeUnknown);
        QCOMPARE_NAMED(r.toError().kind, linkdesk::ErrorKind::UnknownOutcome);
        QCOMPARE(r.status, 500);
        // Readable: method, redacted URL, status, the server's own message, the attempt count.
        QVERIFY2(r.errorMessage.startsWith(QStringLiteral("GET http://127.0.0.1:")),
                 qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("consumer_key=***&consumer_secret=***")),
                 qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("HTTP 500")), qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("Injected server error")),
                 qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("after 4 attempts")), qPrintable(r.errorMessage));
        QVERIFY(!r.errorMessage.contains(QStringLiteral("ck_123")));
        QVERIFY(!r.errorMessage.contains(QStringLiteral("cs_456")));
    }

    void serverErrorThenSuccess() {
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("fail_next"), 2}}));
        const HttpResult r = run(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo"))));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.attempts, 3);
        QVERIFY(!r.outcomeUnknown);
        QVERIFY(r.errorMessage.isEmpty());
    }

    void clientErrorNotRetried() {
        const HttpResult r = run(HttpRequest::get(m_sandbox->url(QStringLiteral("/no/such/route"))));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.attempts, 1);
        QVERIFY(!r.outcomeUnknown);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("No route was found")), qPrintable(r.errorMessage));
    }

    void postNotRetriedAfterItMayHaveArrived_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("failure");
        QTest::newRow("500") << QStringLiteral("fail_next") << int(HttpResult::Failure::Http);
        QTest::newRow("500 after commit")
            << QStringLiteral("commit_then_fail_next") << int(HttpResult::Failure::Http);
        QTest::newRow("hang") << QStringLiteral("hang_next") << int(HttpResult::Failure::Timeout);
    }
    void postNotRetriedAfterItMayHaveArrived() {
        QFETCH(QString, fault);
        QFETCH(int, failure);
        QVERIFY(m_sandbox->setFaults({{fault, 1}}));
        const HttpResult r = run(
            HttpRequest::postJson(m_sandbox->url(QStringLiteral("/echo")), QJsonObject()).setTimeout(500));
        QCOMPARE(int(r.failure), failure);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.outcomeUnknown);
        QCOMPARE_NAMED(r.toError().kind, linkdesk::ErrorKind::UnknownOutcome);
        QCOMPARE(serverTotal(), 1);
    }

    void postRetriedWhenRetrySafe() {
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("commit_then_fail_next"), 1}}));
        const HttpResult r = run(
            HttpRequest::postJson(m_sandbox->url(QStringLiteral("/echo")), QJsonObject()).setRetrySafe(true));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(serverTotal(), 2);
    }

    void connectionRefusedReportedClearly() {
        const int port = closedPort();
        QVERIFY(port > 0);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/wp-json/wc/v3/orders?token=t0ps3cret").arg(port));
        // A POST too: a refused connection never reached the server, so it is retried.
        const HttpResult r = run(HttpRequest::postJson(url, QJsonObject()));
        QCOMPARE(r.failure, HttpResult::Failure::Connection);
        QCOMPARE(r.networkError, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.attempts, 3);
        QVERIFY(!r.outcomeUnknown);
        QCOMPARE_NAMED(r.toError().kind, linkdesk::ErrorKind::Transient);
        QVERIFY(r.failure == HttpResult::Failure::Connection);
        QCOMPARE(r.errorMessage,
                 QStringLiteral("POST http://127.0.0.1:%1/wp-json/wc/v3/orders?token=***: connection refused "
                                "(after 3 attempts)")
                     .arg(port));
    }

    void transferCutOffAfterHeadersIsATimeout() {
        // The sandbox answers whole or not at all; a server that sends "200 OK" and then stalls in
        // the body needs a raw socket. It must be a time-out (retried for a GET), not "HTTP 200".
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int connections = 0;
        QList<QTcpSocket*> sockets;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                ++connections;
                sockets << socket;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  "100\r\n\r\n{\"a\":");
                });
            }
        });
        const HttpResult r =
            run(HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort())))
                    .setTimeout(300)
                    .setMaxAttempts(2));
        QCOMPARE(r.failure, HttpResult::Failure::Timeout);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(connections, 2);
        QVERIFY(r.outcomeUnknown);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("no answer within 0.3 s")),
                 qPrintable(r.errorMessage));
        QVERIFY2(!r.errorMessage.contains(QStringLiteral("HTTP 200")), qPrintable(r.errorMessage));
    }

    void invalidUrlReported() {
        const HttpResult r = run(HttpRequest::get(QUrl(QStringLiteral("ftp://example.com/x?password=pw"))));
        QCOMPARE(r.failure, HttpResult::Failure::Invalid);
        QCOMPARE(r.attempts, 0);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("not a valid http(s) URL")),
                 qPrintable(r.errorMessage));
        QVERIFY(!r.errorMessage.contains(QStringLiteral("=pw")));
    }

    void parallelLimitRespected_data() {
        QTest::addColumn<int>("limit");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
    }
    void parallelLimitRespected() {
        QFETCH(int, limit);
        m_http->setMaxParallel(limit);
        QCOMPARE(m_http->maxParallel(), limit);
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("latency_ms"), 150}}));
        int mostRunning = 0;
        connect(m_http.get(), &HttpClient::attemptFinished, this,
                [&] { mostRunning = std::max(mostRunning, m_http->runningCount()); });
        Results results;
        const int count = 3 * limit + 1;
        for (int i = 0; i < count; ++i)
            m_http->send(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo?i=%1").arg(i))), this,
                         results.collector());
        QCOMPARE(m_http->runningCount(), limit);
        QCOMPARE(m_http->queuedCount(), count - limit);
        QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), count, 20000);
        for (const HttpResult& r : std::as_const(results.list))
            QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY(mostRunning <= limit);
        // What the server saw on the wire: never more than the limit at once, and the limit was used.
        const QJsonObject requests = m_sandbox->requests();
        QCOMPARE(requests.value(QStringLiteral("total")).toInt(), count);
        QCOMPARE(requests.value(QStringLiteral("max_in_flight")).toInt(), limit);
        QCOMPARE(requests.value(QStringLiteral("in_flight")).toInt(), 0);
    }

    void defaultParallelLimitIsSix() { QCOMPARE(m_http->maxParallel(), 6); }

    void abortAllCancels() {
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("hang_next"), 10}}));
        m_http->setMaxParallel(1);
        Results results;
        for (int i = 0; i < 3; ++i)
            m_http->send(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo"))).setTimeout(10000), this,
                         results.collector());
        QTRY_COMPARE(m_sandbox->requests().value(QStringLiteral("in_flight")).toInt(), 1);
        m_http->abortAll();
        QVERIFY(results.list.isEmpty()); // always asynchronous
        QTRY_COMPARE(results.list.size(), 3);
        for (const HttpResult& r : std::as_const(results.list)) {
            QCOMPARE(r.failure, HttpResult::Failure::Cancelled);
            QVERIFY(!r.outcomeUnknown);
        }
        QCOMPARE(m_http->runningCount(), 0);
        QCOMPARE(m_http->queuedCount(), 0);
    }

    void callbackDroppedWithItsContext() {
        auto context = std::make_unique<QObject>();
        bool called = false;
        m_http->send(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo"))), context.get(),
                     [&](const HttpResult&) { called = true; });
        context.reset();
        QSignalSpy finished(m_http.get(), &HttpClient::attemptFinished);
        QVERIFY(finished.wait(10000));
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void sendAndWaitReturnsResult() {
        const HttpResult r = m_http->sendAndWait(HttpRequest::get(m_sandbox->url(QStringLiteral("/echo"))));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.status, 200);
    }

    void logLineHasNoSecrets() {
        {
            QMutexLocker lock(&g_netLogMutex);
            g_netLog.clear();
        }
        const HttpResult r = run(
            HttpRequest::get(
                m_sandbox->url(QStringLiteral(
                    "/echo?consumer_key=ck_live_abc&consumer_secret=cs_live_def&client_secret=csx&page=2")))
                .setBasicAuth(QStringLiteral("ck_live_abc"), QStringLiteral("cs_live_def")));
        QVERIFY(r.ok());
        QMutexLocker lock(&g_netLogMutex);
        QCOMPARE(g_netLog.size(), 1);
        const QString line = g_netLog.first();
        QVERIFY2(line.startsWith(QStringLiteral("GET http://127.0.0.1:")), qPrintable(line));
        QVERIFY2(
            line.contains(QStringLiteral("consumer_key=***&consumer_secret=***&client_secret=***&page=2")),
            qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("-> 200 in ")), qPrintable(line));
        QVERIFY(!line.contains(QStringLiteral("ck_live_abc")));
        QVERIFY(!line.contains(QStringLiteral("cs_live_def")));
        QVERIFY(!line.contains(QStringLiteral("csx")));
        QVERIFY(!line.contains(QString::fromLatin1(QByteArray("ck_live_abc:cs_live_def").toBase64())));
    }

    void errorBodyOverHttpBecomesMessage() {
        const QByteArray body =
            R"({"error":{"code":"BadRequest_NotFound","message":"The customer 'C9' does not exist."}})";
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("404"));
        query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(body));
        QUrl url = m_sandbox->url(QStringLiteral("/echo"));
        url.setQuery(query);
        const HttpResult r = run(HttpRequest::get(url));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.serverMessage, QStringLiteral("The customer 'C9' does not exist. (BadRequest_NotFound)"));
        QVERIFY2(
            r.errorMessage.endsWith(QStringLiteral("HTTP 404 Not Found: The customer 'C9' does not exist. "
                                                   "(BadRequest_NotFound)")),
            qPrintable(r.errorMessage));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
