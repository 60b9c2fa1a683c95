// The pure helpers of app/net: readable JSON error messages, URL redaction, Retry-After and back-off.
#include "net/errormessage.h"
#include "net/httpresult.h"
#include "net/redact.h"
#include "net/retrypolicy.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

using namespace linkdesk::net;

class TestNetHelpers : public QObject {
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------- readable JSON errors

    void errorMessage_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("odata")
            << QByteArray(
                   R"({"error":{"code":"Internal_EntityNotFound","message":"The customer does not exist."}})")
            << QStringLiteral("The customer does not exist. (Internal_EntityNotFound)");
        QTest::newRow("odata without code")
            << QByteArray(R"({"error":{"message":"Bad filter"}})") << QStringLiteral("Bad filter");
        QTest::newRow("odata code only")
            << QByteArray(R"({"error":{"code":"Unauthorized"}})") << QStringLiteral("Unauthorized");
        QTest::newRow("oauth2")
            << QByteArray(
                   R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."})")
            << QStringLiteral("AADSTS7000215: Invalid client secret provided.");
        QTest::newRow("oauth2 without description")
            << QByteArray(R"({"error":"invalid_grant"})") << QStringLiteral("invalid_grant");
        QTest::newRow("woocommerce")
            << QByteArray(
                   R"({"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}})")
            << QStringLiteral("Sorry, you cannot list resources. (woocommerce_rest_cannot_view)");
        QTest::newRow("woocommerce html in message")
            << QByteArray(R"({"code":"x","message":"Line one\n   line two"})")
            << QStringLiteral("Line one line two (x)");
        QTest::newRow("tharstern status")
            << QByteArray(R"({"Status":{"Success":false,"Message":"Invalid token"},"Details":null})")
            << QStringLiteral("Invalid token");
        QTest::newRow("tharstern problems")
            << QByteArray(
                   R"({"Status":{"Success":false},"Problems":[{"Field":"Customer.Code","Message":"Unknown customer"},"Order rejected"]})")
            << QStringLiteral("Customer.Code: Unknown customer; Order rejected");
        QTest::newRow("tharstern status and problems")
            << QByteArray(
                   R"({"Status":{"Success":false,"Message":"Submit failed"},"Problems":[{"Description":"No price"},{"Description":"No price"}]})")
            << QStringLiteral("Submit failed; No price");
        QTest::newRow("tharstern lower case")
            << QByteArray(R"({"status":{"success":false,"message":"Expired"}})") << QStringLiteral("Expired");
        QTest::newRow("problem details")
            << QByteArray(R"({"title":"Not Found","status":404})") << QStringLiteral("Not Found");
        QTest::newRow("not json") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << QString();
        QTest::newRow("no message") << QByteArray(R"({"id":5})") << QString();
        QTest::newRow("tharstern success")
            << QByteArray(R"({"Status":{"Success":true},"Details":{"Items":[]}})") << QString();
    }
    void errorMessage() {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(jsonErrorMessage(body), message);
    }

    void errorMessageClipped() {
        const QByteArray body = "{\"message\":\"" + QByteArray(100000, 'x') + "\"}";
        const QString m = jsonErrorMessage(body);
        QVERIFY(m.size() <= 1001);
        QVERIFY(m.endsWith(QStringLiteral("…")));
    }

    void errorReasonWithoutCode() {
        QCOMPARE(jsonErrorReason(R"({"error":{"code":"Internal_RecordNotFound","message":"No item."}})"),
                 QStringLiteral("No item."));
        QCOMPARE(jsonErrorReason(R"({"code":"woocommerce_rest_cannot_view","message":"Sorry."})"),
                 QStringLiteral("Sorry."));
        QCOMPARE(jsonErrorReason(R"({"error":"invalid_client"})"), QString()); // a code alone
    }

    // ---------------------------------------------------------------- errors in words

    // The plain sentence for people, the raw request and answer in the detail.
    void toErrorSentences_data() {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        const QByteArray bc =
            R"({"error":{"code":"Internal_RecordNotFound","message":"The field lineObjectNumber contains NOPE-123."}})";
        const auto http = int(HttpResult::Failure::Http);
        QTest::newRow("400 with BC's message")
            << http << 400 << bc
            << QStringLiteral("Business Central refused the request: The field lineObjectNumber contains "
                              "NOPE-123.")
            << int(linkdesk::ErrorKind::Refused);
        QTest::newRow("400 without a message")
            << http << 400 << QByteArray("oops") << QStringLiteral("Business Central refused the request.")
            << int(linkdesk::ErrorKind::Refused);
        QTest::newRow("404 WooCommerce")
            << http << 404 << QByteArray(R"({"code":"rest_no_route","message":"No route was found."})")
            << QStringLiteral("Business Central does not know what was asked for: No route was found.")
            << int(linkdesk::ErrorKind::NotFound);
        QTest::newRow("401") << http << 401 << QByteArray()
                             << QStringLiteral("Business Central did not accept the sign-in.")
                             << int(linkdesk::ErrorKind::Configuration);
        QTest::newRow("429") << http << 429 << QByteArray()
                             << QStringLiteral(
                                    "Business Central is busy (too many requests); try again later.")
                             << int(linkdesk::ErrorKind::Transient);
        QTest::newRow("500") << http << 500 << QByteArray(R"({"message":"Boom"})")
                             << QStringLiteral("Business Central had an internal error: Boom")
                             << int(linkdesk::ErrorKind::Transient);
        QTest::newRow("503") << http << 503 << QByteArray()
                             << QStringLiteral("Business Central is not available right now.")
                             << int(linkdesk::ErrorKind::Transient);
        QTest::newRow("time-out") << int(HttpResult::Failure::Timeout) << 0 << QByteArray()
                                  << QStringLiteral("Business Central did not answer in time.")
                                  << int(linkdesk::ErrorKind::Transient);
        QTest::newRow("refused") << int(HttpResult::Failure::Connection) << 0 << QByteArray()
                                 << QStringLiteral("Could not reach Business Central: connection refused")
                                 << int(linkdesk::ErrorKind::Transient);
    }
    void toErrorSentences() {
        QFETCH(int, failure);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(int, kind);
        HttpResult r;
        r.failure = HttpResult::Failure(failure);
        r.status = status;
        r.body = body;
        r.networkError = QNetworkReply::ConnectionRefusedError;
        r.errorMessage =
            QStringLiteral("POST http://erp.test/api/salesOrders?$expand=salesOrderLines: HTTP %1")
                .arg(status);
        const linkdesk::Error e = r.toError(QStringLiteral("Business Central"));
        QCOMPARE(e.message, message);
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(!e.message.contains(QLatin1String("http://")), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QLatin1String("Internal_RecordNotFound")), qPrintable(e.message));
        // The detail: the request line, the status, the answer.
        QVERIFY2(e.detail.startsWith(
                     QLatin1String("POST http://erp.test/api/salesOrders?$expand=salesOrderLines")),
                 qPrintable(e.detail));
        if (!body.isEmpty())
            QVERIFY2(e.detail.contains(QString::fromUtf8(body)), qPrintable(e.detail));
        // Without a system: "the server".
        QVERIFY2(r.plainMessage().contains(QLatin1String("server")), qPrintable(r.plainMessage()));
    }

    // The detail shows the answer, never a secret in it.
    void detailHasNoSecret() {
        HttpResult r;
        r.failure = HttpResult::Failure::Http;
        r.status = 400;
        r.errorMessage = QStringLiteral("POST https://login.test/token: HTTP 400");
        r.body = R"({"error":"invalid_grant","access_token":"tok-SECRET-1","client_secret":"cs-SECRET-2",)"
                 R"("nested":{"password":"pw-SECRET-3"},"code":"E42"})";
        const QString detail = r.toError().detail;
        QVERIFY2(detail.contains(QLatin1String("invalid_grant")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("E42")), qPrintable(detail)); // an error code is no secret
        for (const char* secret : {"tok-SECRET-1", "cs-SECRET-2", "pw-SECRET-3"})
            QVERIFY2(!detail.contains(QLatin1String(secret)), qPrintable(detail));

        // Not JSON: a form echoed back, a bearer token in a text answer.
        r.body = "grant_type=client_credentials&client_id=abc&client_secret=cs-SECRET-4\n"
                 "Authorization: Bearer eyJ-SECRET-5";
        const QString text = r.toError().detail;
        QVERIFY2(text.contains(QLatin1String("client_id=abc")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("cs-SECRET-4")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("eyJ-SECRET-5")), qPrintable(text));
    }

    void detailExcerptIsCut() {
        const QString body = redactedBody("{\"message\":\"" + QByteArray(10000, 'x') + "\"}", 500);
        QCOMPARE(body.size(), 501);
        QVERIFY(body.endsWith(QStringLiteral("…")));
    }

    // ---------------------------------------------------------------- redaction

    void redactsUrl_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("woocommerce keys")
            << QStringLiteral(
                   "https://shop.example/wp-json/wc/v3/orders?consumer_key=ck_1&consumer_secret=cs_2&page=3")
            << QStringLiteral(
                   "https://shop.example/wp-json/wc/v3/orders?consumer_key=***&consumer_secret=***&page=3");
        QTest::newRow("token") << QStringLiteral("https://x.example/api?token=abc&id=1")
                               << QStringLiteral("https://x.example/api?token=***&id=1");
        QTest::newRow("access_token") << QStringLiteral("https://x.example/api?access_token=abc")
                                      << QStringLiteral("https://x.example/api?access_token=***");
        QTest::newRow("password") << QStringLiteral(
                                         "https://x.example/api/Authentication/"
                                         "GenerateAPIToken?email=a%40b.c&password=p%26w&applicationId=api")
                                  << QStringLiteral(
                                         "https://x.example/api/Authentication/"
                                         "GenerateAPIToken?email=a%40b.c&password=***&applicationId=api");
        QTest::newRow("client_secret")
            << QStringLiteral("https://login.example/t/oauth2/v2.0/token?client_id=id&client_secret=s3")
            << QStringLiteral("https://login.example/t/oauth2/v2.0/token?client_id=id&client_secret=***");
        QTest::newRow("upper case name") << QStringLiteral("https://x.example/?Consumer_Secret=a")
                                         << QStringLiteral("https://x.example/?Consumer_Secret=***");
        QTest::newRow("encoded name") << QStringLiteral("https://x.example/?pass%77ord=a")
                                      << QStringLiteral("https://x.example/?password=***");
        QTest::newRow("user info") << QStringLiteral("https://user:pw@x.example/path")
                                   << QStringLiteral("https://x.example/path");
        QTest::newRow("fragment") << QStringLiteral("https://x.example/p#access_token=abc")
                                  << QStringLiteral("https://x.example/p");
        QTest::newRow("nothing secret")
            << QStringLiteral(
                   "https://x.example/orders?page=2&per_page=100&modified_after=2024-01-01T00:00:00")
            << QStringLiteral(
                   "https://x.example/orders?page=2&per_page=100&modified_after=2024-01-01T00:00:00");
        QTest::newRow("odata filter kept")
            << QStringLiteral("https://x.example/customers?$filter=tolower(email)%20eq%20'a@b.c'")
            << QStringLiteral("https://x.example/customers?$filter=tolower(email)%20eq%20'a@b.c'");
        QTest::newRow("repeated") << QStringLiteral("https://x.example/?token=a&token=b")
                                  << QStringLiteral("https://x.example/?token=***&token=***");
    }
    void redactsUrl() {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(redactedUrl(QUrl(url)), expected);
    }

    void secretParameterNames() {
        for (const char* name : {"consumer_key", "consumer_secret", "token", "access_token", "refresh_token",
                                 "password", "client_secret", "api_key", "apikey", "key", "signature"})
            QVERIFY2(isSecretParameterName(QLatin1String(name)), name);
        for (const char* name :
             {"page", "per_page", "email", "customerCode", "client_id", "status", "number"})
            QVERIFY2(!isSecretParameterName(QLatin1String(name)), name);
    }

    // ---------------------------------------------------------------- retry policy

    void retryAfter() {
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::retryAfterMs("1", now), 1000);
        QCOMPARE(RetryPolicy::retryAfterMs(" 30 ", now), 30000);
        QCOMPARE(RetryPolicy::retryAfterMs("0", now), 0);
        QCOMPARE(RetryPolicy::retryAfterMs("Mon, 23 Nov 2026 12:00:05 GMT", now), 5000);
        QCOMPARE(RetryPolicy::retryAfterMs("Mon, 23 Nov 2026 11:00:00 GMT", now), 0);
        QCOMPARE(RetryPolicy::retryAfterMs("", now), -1);
        QCOMPARE(RetryPolicy::retryAfterMs("-3", now), -1);
        QCOMPARE(RetryPolicy::retryAfterMs("soon", now), -1);
    }

    void backoff() {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.jitter = 0;
        QRandomGenerator random(1);
        QCOMPARE(p.backoffDelayMs(1, random), 100);
        QCOMPARE(p.backoffDelayMs(2, random), 200);
        QCOMPARE(p.backoffDelayMs(4, random), 800);
        QCOMPARE(p.backoffDelayMs(5, random), 1000);
        QCOMPARE(p.backoffDelayMs(60, random), 1000);
        p.jitter = 0.5;
        for (int i = 0; i < 200; ++i) {
            const int d = p.backoffDelayMs(3, random);
            QVERIFY(d >= 200 && d <= 400);
        }
    }
};

QTEST_GUILESS_MAIN(TestNetHelpers)
#include "tst_nethelpers.moc"
