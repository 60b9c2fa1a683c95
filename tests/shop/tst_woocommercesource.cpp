// WooCommerceSource against a real linkdesk-sandbox process over HTTP.
#include "net/httpclient.h"
#include "shop/woocommercesource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace linkdesk;
using namespace linkdesk::shop;

namespace {
// One linkdesk-sandbox process on an ephemeral port, stopped with the object.
class Sandbox {
public:
    explicit Sandbox(const QStringList& arguments) {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(qEnvironmentVariable("LINKDESK_SANDBOX"),
                        QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!m_process.waitForStarted(10000))
            return;
        QDeadlineTimer deadline(15000);
        while (!m_process.canReadLine() && !deadline.hasExpired())
            m_process.waitForReadyRead(200);
        const QString line = QString::fromUtf8(m_process.readLine());
        const auto m = QRegularExpression(QStringLiteral("http://127.0.0.1:\\d+")).match(line);
        if (m.hasMatch())
            m_url = QUrl(m.captured(0));
    }
    ~Sandbox() {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    bool ok() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }

    QJsonObject request(QNetworkAccessManager& nam, const QByteArray& method, const QString& path,
                        const QByteArray& body = {}) {
        QNetworkRequest request(m_url.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

private:
    QProcess m_process;
    QUrl m_url;
};

QJsonObject order(qint64 id, const QString& modified, const QJsonArray& lines = {}) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("number"), QString::number(id)},
                       {QStringLiteral("status"), QStringLiteral("processing")},
                       {QStringLiteral("currency"), QStringLiteral("GBP")},
                       {QStringLiteral("date_modified_gmt"), modified},
                       {QStringLiteral("customer_id"), 0},
                       {QStringLiteral("billing"),
                        QJsonObject{{QStringLiteral("email"), QStringLiteral("o%1@example.com").arg(id)}}},
                       {QStringLiteral("line_items"),
                        lines.isEmpty()
                            ? QJsonArray{QJsonObject{{QStringLiteral("product_id"), 5},
                                                     {QStringLiteral("sku"), QStringLiteral("SKU-1")},
                                                     {QStringLiteral("quantity"), 1},
                                                     {QStringLiteral("price"), 2.5}}}
                            : lines}};
}

// Collects every log line while alive, to check that no secret is ever logged.
QStringList* g_log = nullptr;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (g_log)
        g_log->append(message);
    g_previous(type, context, message);
}
struct LogCapture {
    QStringList lines;
    LogCapture() {
        g_log = &lines;
        g_previous = qInstallMessageHandler(capture);
    }
    ~LogCapture() {
        qInstallMessageHandler(g_previous);
        g_log = nullptr;
    }
};

const QString kKey = QStringLiteral("ck_demo");
const QString kSecret = QStringLiteral("cs_demo");
} // namespace

class TestWooCommerceSource : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<net::HttpClient> m_http;

    std::unique_ptr<WooCommerceSource> source(const QUrl& url, const QString& key = kKey,
                                              const QString& secret = kSecret) {
        WooCommerceSource::Options options;
        options.shopCode = QStringLiteral("web");
        options.url = url;
        options.consumerKey = key;
        options.consumerSecret = secret;
        return std::make_unique<WooCommerceSource>(m_http.get(), options);
    }

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariable("LINKDESK_SANDBOX").isEmpty(), "LINKDESK_SANDBOX is not set");
        QLoggingCategory::setFilterRules(QStringLiteral("linkdesk.*.info=true"));
        m_http = std::make_unique<net::HttpClient>(&m_nam);
    }

    void pagesThroughManyPages() {
        Sandbox sandbox(
            {QStringLiteral("--generate"), QStringLiteral("orders=350,customers=40,items=12,guests=30")});
        QVERIFY(sandbox.ok());
        LogCapture log;
        auto woo = source(sandbox.url());
        QSignalSpy pages(woo.get(), &WooCommerceSource::pageFetched);
        const WooFetchResult result = woo->fetchAndWait(QDateTime());
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        QCOMPARE(result.parsed.errors.size(), 0);
        QCOMPARE(result.parsed.orders.size(), 350);
        QCOMPARE(result.totalOrders, 350);
        QCOMPARE(result.pages, 4);
        QCOMPARE(result.totalPages, 4);
        QCOMPARE(pages.size(), 4);
        QCOMPARE(pages.at(0).at(0).toInt(), 1);
        QCOMPARE(pages.at(0).at(1).toInt(), 4);
        QCOMPARE(pages.at(3).at(2).toInt(), 350);
        QSet<QString> ids;
        QDateTime latest;
        for (const StagedOrder& o : result.parsed.orders) {
            ids.insert(o.shopOrderId);
            QVERIFY(!o.lines.isEmpty());
            QCOMPARE(o.shopCode, QStringLiteral("web"));
            latest = std::max(latest, o.modifiedAt);
        }
        QCOMPARE(ids.size(), 350);
        QVERIFY(ids.contains(QStringLiteral("1001")) && ids.contains(QStringLiteral("1350")));
        QCOMPARE(result.cursor, latest);
        // Guests and customers both came through.
        const auto guests = std::count_if(result.parsed.orders.cbegin(), result.parsed.orders.cend(),
                                          [](const StagedOrder& o) { return o.customer.isGuest(); });
        QCOMPARE(guests, 30);

        const QJsonObject state = sandbox.request(m_nam, "GET", QStringLiteral("/_sandbox/state"));
        const QJsonObject wooState = state.value(QStringLiteral("woocommerce")).toObject();
        QCOMPARE(wooState.value(QStringLiteral("list_requests")).toInt(), 4);
        QCOMPARE(wooState.value(QStringLiteral("unauthorised_requests")).toInt(), 0);
        QCOMPARE(
            wooState.value(QStringLiteral("last_query")).toObject().value(QStringLiteral("per_page")).toInt(),
            100);
        const QString all = log.lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("/wp-json/wc/v3/orders")),
                 "the request log must show the calls");
        QVERIFY(!all.contains(kSecret));
        QVERIFY(!all.contains(
            QString::fromLatin1(QStringLiteral("%1:%2").arg(kKey, kSecret).toUtf8().toBase64())));
    }

    void anOrderChangedDuringTheFetchSkipsNothing() {
        Sandbox sandbox({QStringLiteral("--generate"), QStringLiteral("orders=350,customers=40,items=12")});
        QVERIFY(sandbox.ok());
        auto woo = source(sandbox.url());
        // Once page 1 is read, its first order changes: it moves to the end, and every later order
        // shifts one place forward, so the first order of page 2 slips onto page 1.
        connect(woo.get(), &WooCommerceSource::pageFetched, this, [&](int page) {
            static bool changed = false;
            if (page == 1 && !changed) {
                changed = true;
                QJsonObject first = order(1001, QStringLiteral("2025-06-01T00:00:00"));
                first.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
                sandbox.request(m_nam, "POST", QStringLiteral("/_sandbox/woocommerce/orders"),
                                QJsonDocument(first).toJson());
            }
        });
        const WooFetchResult result = woo->fetchAndWait(QDateTime());
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        QSet<QString> ids;
        for (const StagedOrder& o : result.parsed.orders)
            ids.insert(o.shopOrderId);
        QCOMPARE(ids.size(), 350);
        QCOMPARE(result.parsed.orders.size(), 350);
        QCOMPARE(result.pages, 8); // a second pass
        const auto changedCopy =
            std::find_if(result.parsed.orders.cbegin(), result.parsed.orders.cend(),
                         [](const StagedOrder& o) { return o.shopOrderId == QLatin1String("1001"); });
        QCOMPARE(changedCopy->shopStatus, QStringLiteral("cancelled"));
        QCOMPARE(result.cursor, QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC));
    }

    void resumesFromTheCursor() {
        Sandbox sandbox(
            {QStringLiteral("--generate"), QStringLiteral("orders=350,customers=40,items=12,guests=30")});
        QVERIFY(sandbox.ok());
        auto woo = source(sandbox.url());
        const WooFetchResult first = woo->fetchAndWait(QDateTime());
        QVERIFY2(first.ok, qPrintable(first.errorMessage));
        QCOMPARE(first.parsed.orders.size(), 350);
        const QDateTime cursor = first.cursor;
        QVERIFY(cursor.isValid());

        // After the first fetch: a new order, an existing order changed, and an order modified in the
        // very second of the cursor (which the overlap must catch).
        const QString at = cursor.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const QString later = cursor.addSecs(30).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        QJsonObject changed = order(1005, later);
        changed.insert(QStringLiteral("status"), QStringLiteral("completed"));
        const QJsonArray updates{order(5000, later), changed, order(5001, at)};
        const QJsonObject answer = sandbox.request(
            m_nam, "POST", QStringLiteral("/_sandbox/woocommerce/orders"), QJsonDocument(updates).toJson());
        QCOMPARE(answer.value(QStringLiteral("orders")).toInt(), 352);

        const WooFetchResult second = woo->fetchAndWait(cursor);
        QVERIFY2(second.ok, qPrintable(second.errorMessage));
        QCOMPARE(woo->modifiedAfter(), cursor.addSecs(-60));
        QCOMPARE(second.pages, 1);
        QSet<QString> ids;
        for (const StagedOrder& o : second.parsed.orders) {
            ids.insert(o.shopOrderId);
            QVERIFY2(o.modifiedAt > cursor.addSecs(-60), qPrintable(o.shopOrderId));
        }
        QVERIFY(ids.contains(QStringLiteral("5000")));
        QVERIFY(ids.contains(QStringLiteral("5001"))); // same second as the cursor
        QVERIFY(ids.contains(QStringLiteral("1005")));
        QVERIFY2(ids.size() < 40, "only the overlap and the changes, not the whole shop");
        const auto changedCopy =
            std::find_if(second.parsed.orders.cbegin(), second.parsed.orders.cend(),
                         [](const StagedOrder& o) { return o.shopOrderId == QLatin1String("1005"); });
        QCOMPARE(changedCopy->shopStatus, QStringLiteral("completed"));
        QCOMPARE(second.cursor, cursor.addSecs(30));

        const QJsonObject query = sandbox.request(m_nam, "GET", QStringLiteral("/_sandbox/state"))
                                      .value(QStringLiteral("woocommerce"))
                                      .toObject()
                                      .value(QStringLiteral("last_query"))
                                      .toObject();
        QCOMPARE(query.value(QStringLiteral("modified_after")).toString(),
                 cursor.addSecs(-60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));

        // Nothing new: the cursor stays where it is.
        sandbox.request(m_nam, "POST", QStringLiteral("/_sandbox/woocommerce/orders"), "[]");
        const WooFetchResult third = woo->fetchAndWait(second.cursor.addSecs(3600));
        QVERIFY(third.ok);
        QCOMPARE(third.parsed.orders.size(), 0);
        QCOMPARE(third.cursor, second.cursor.addSecs(3600));
    }

    void wrongKeyIsAClearMessage() {
        Sandbox sandbox({QStringLiteral("--generate"), QStringLiteral("orders=5")});
        QVERIFY(sandbox.ok());
        LogCapture log;
        const QString badSecret = QStringLiteral("cs_wrong_secret_4711");
        auto woo = source(sandbox.url(), QStringLiteral("ck_wrong_key_0815"), badSecret);
        const WooFetchResult result = woo->fetchAndWait(QDateTime());
        QVERIFY(!result.ok);
        QVERIFY2(result.errorMessage.startsWith(QStringLiteral(
                     "WooCommerce refused the consumer key (401): Sorry, you cannot list resources.")),
                 qPrintable(result.errorMessage));
        QVERIFY(result.errorMessage.contains(QStringLiteral("shop web")));
        QVERIFY(!result.errorMessage.contains(badSecret));
        QVERIFY(!result.errorMessage.contains(QStringLiteral("ck_wrong_key_0815")));
        QCOMPARE(result.parsed.orders.size(), 0);
        QVERIFY(!result.cursor.isValid());
        const QString all = log.lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("401")), qPrintable(all));
        QVERIFY(!all.contains(badSecret));
        QVERIFY(!all.contains(QStringLiteral("ck_wrong_key_0815")));
    }

    void malformedOrderIsReportedPerOrder() {
        QJsonObject negative = order(3, QStringLiteral("2024-05-01T10:00:03"));
        QJsonObject line = negative.value(QStringLiteral("line_items")).toArray().first().toObject();
        line.insert(QStringLiteral("quantity"), -4);
        negative.insert(QStringLiteral("line_items"), QJsonArray{line});
        QJsonObject noLines = order(5, QStringLiteral("2024-05-01T10:00:05"));
        noLines.insert(QStringLiteral("line_items"), QStringLiteral("none"));
        QJsonObject huge = order(6, QStringLiteral("2024-05-01T10:00:06"));
        huge.insert(QStringLiteral("billing"),
                    QJsonObject{{QStringLiteral("email"), QString(2 * 1024 * 1024, QLatin1Char('e'))}});
        const QJsonArray orders{order(1, QStringLiteral("2024-05-01T10:00:01")),
                                order(2, QStringLiteral("2024-05-01T10:00:02")),
                                negative,
                                order(4, QStringLiteral("2024-05-01T10:00:04")),
                                noLines,
                                huge,
                                order(7, QStringLiteral("2024-05-01T10:00:00")),
                                order(8, QStringLiteral("9999-01-01T00:00:00"), QJsonArray{QJsonValue(1)})};
        const QJsonObject seed{
            {QStringLiteral("woocommerce"), QJsonObject{{QStringLiteral("consumer_key"), kKey},
                                                        {QStringLiteral("consumer_secret"), kSecret},
                                                        {QStringLiteral("orders"), orders}}}};
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("seed.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(seed).toJson());
        file.close();
        Sandbox sandbox({QStringLiteral("--seed"), file.fileName()});
        QVERIFY(sandbox.ok());

        WooCommerceSource::Options options;
        options.shopCode = QStringLiteral("web");
        options.url = sandbox.url();
        options.consumerKey = kKey;
        options.consumerSecret = kSecret;
        options.perPage = 2; // the bad orders sit on different pages
        WooCommerceSource woo(m_http.get(), options);
        const WooFetchResult result = woo.fetchAndWait(QDateTime());
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        QCOMPARE(result.pages, 4);
        QStringList good;
        for (const StagedOrder& o : result.parsed.orders)
            good << o.shopOrderId;
        QCOMPARE(good, (QStringList{QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("2"),
                                    QStringLiteral("4")}));
        QCOMPARE(result.parsed.errors.size(), 4);
        const OrderParseError& e3 = result.parsed.errors[0];
        QVERIFY2(e3.message.contains(QStringLiteral("WooCommerce order 3 [shop web, page 2, item 2]: "
                                                    "line_items[0].quantity must not be negative (got -4)")),
                 qPrintable(e3.message));
        QCOMPARE(QJsonDocument::fromJson(e3.raw).object(), negative);
        QCOMPARE(e3.orderNumber, QStringLiteral("3"));
        QVERIFY2(
            result.parsed.errors[1].message.contains(QStringLiteral(
                "WooCommerce order 5 [shop web, page 3, item 2]: line_items must be an array, not a string")),
            qPrintable(result.parsed.errors[1].message));
        QVERIFY2(
            result.parsed.errors[2].message.contains(QStringLiteral(
                "WooCommerce order 6 [shop web, page 4, item 1]: billing.email is 2097152 characters long")),
            qPrintable(result.parsed.errors[2].message.left(300)));
        QVERIFY(result.parsed.errors[2].rawTruncated);
        QVERIFY2(result.parsed.errors[3].message.contains(
                     QStringLiteral("WooCommerce order 8 [shop web, page 4, item 2]: line_items[0] must be "
                                    "an object, not a number")),
                 qPrintable(result.parsed.errors[3].message));
        // The quarantined orders count for the cursor too, so the next fetch does not re-read them
        // forever; but not a date in the future, which would hide every later order.
        QCOMPARE(result.cursor, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 6), Qt::UTC));
        const QList<StagedOrder> toStore = result.parsed.allForStore(QStringLiteral("web"));
        QCOMPARE(toStore.size(), 8);
        QCOMPARE(std::count_if(toStore.cbegin(), toStore.cend(),
                               [](const StagedOrder& o) { return o.status == OrderStatus::Quarantined; }),
                 4);
    }

    void aFailureHalfWayKeepsWhatWasRead() {
        Sandbox sandbox({QStringLiteral("--generate"), QStringLiteral("orders=350,customers=40,items=12")});
        QVERIFY(sandbox.ok());
        net::HttpClient http(&m_nam);
        net::RetryPolicy policy = http.retryPolicy();
        policy.maxAttempts = 2;
        policy.baseDelayMs = 10;
        http.setRetryPolicy(policy);
        WooCommerceSource::Options options;
        options.shopCode = QStringLiteral("web");
        options.url = sandbox.url();
        options.consumerKey = kKey;
        options.consumerSecret = kSecret;
        WooCommerceSource woo(&http, options);
        // Page 1 fails once (retried transparently); once page 2 is in, the shop goes down.
        sandbox.request(m_nam, "POST", QStringLiteral("/_sandbox/faults"), R"({"fail_next": 1})");
        connect(&woo, &WooCommerceSource::pageFetched, this, [&](int page) {
            if (page == 2)
                sandbox.request(m_nam, "POST", QStringLiteral("/_sandbox/faults"), R"({"fail_next": 5})");
        });
        const WooFetchResult result = woo.fetchAndWait(QDateTime());
        QVERIFY(!result.ok);
        QVERIFY2(result.errorMessage.startsWith(
                     QStringLiteral("Fetching WooCommerce orders of shop web failed on page 3")),
                 qPrintable(result.errorMessage));
        QCOMPARE(result.pages, 2);
        QCOMPARE(result.parsed.orders.size(), 200);
        // Oldest change first: the cursor may move past the two pages that were read.
        QDateTime latest;
        for (const StagedOrder& o : result.parsed.orders)
            latest = std::max(latest, o.modifiedAt);
        QCOMPARE(result.cursor, latest);

        // The next run resumes from there and gets the rest.
        sandbox.request(m_nam, "POST", QStringLiteral("/_sandbox/faults"), R"({"fail_next": 0})");
        const WooFetchResult rest = woo.fetchAndWait(result.cursor);
        QVERIFY2(rest.ok, qPrintable(rest.errorMessage));
        QSet<QString> ids;
        for (const StagedOrder& o : result.parsed.orders + rest.parsed.orders)
            ids.insert(o.shopOrderId);
        QCOMPARE(ids.size(), 350);
        QVERIFY(rest.parsed.orders.size() < 200);
    }

    void cancelStopsTheFetch() {
        Sandbox sandbox({QStringLiteral("--generate"), QStringLiteral("orders=350"),
                         QStringLiteral("--latency-ms"), QStringLiteral("200")});
        QVERIFY(sandbox.ok());
        auto woo = source(sandbox.url());
        QSignalSpy finished(woo.get(), &WooCommerceSource::finished);
        QSignalSpy pages(woo.get(), &WooCommerceSource::pageFetched);
        woo->fetch(QDateTime());
        QVERIFY(woo->isRunning());
        QVERIFY(pages.wait(10000));
        woo->cancel();
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<WooFetchResult>();
        QVERIFY(!result.ok);
        QVERIFY(result.errorMessage.contains(QStringLiteral("cancelled")));
        QVERIFY(!woo->isRunning());
        QTest::qWait(600); // the answer still on its way is ignored
        QCOMPARE(pages.size(), 1);
        QCOMPARE(finished.size(), 1);
    }

    void unreachableShopIsAClearMessage() {
        // A shop that is not there: a readable message naming the shop, nothing invented.
        WooCommerceSource::Options options;
        options.shopCode = QStringLiteral("web");
        options.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
        options.consumerKey = kKey;
        options.consumerSecret = kSecret;
        net::HttpClient http(&m_nam);
        net::RetryPolicy policy = http.retryPolicy();
        policy.maxAttempts = 1;
        http.setRetryPolicy(policy);
        WooCommerceSource woo(&http, options);
        const QDateTime cursor(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        const WooFetchResult result = woo.fetchAndWait(cursor);
        QVERIFY(!result.ok);
        QVERIFY2(result.errorMessage.startsWith(
                     QStringLiteral("Fetching WooCommerce orders of shop web failed on page 1")),
                 qPrintable(result.errorMessage));
        QCOMPARE(result.cursor, cursor);
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceSource)
#include "tst_woocommercesource.moc"
