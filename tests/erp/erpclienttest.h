#pragma once

// What the ERP client tests share: the fixture (linkdesk-sandbox with the test's seed, an HttpClient
// with short retry delays), a wait for an ErpClient callback, and a capture of every log message.

#include "domain/erpcustomer.h"
#include "domain/erpdirectory.h"
#include "erp/erpclient.h"
#include "net/httpclient.h"
#include "sandboxprocess.h"
#include "sandboxseed.h"
#include "util/result.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace erptest {

// Runs an asynchronous client call and waits (at most timeoutMs) for its callback.
template <typename T>
std::optional<linkdesk::Result<T>>
await(const std::function<void(std::function<void(linkdesk::Result<T>)>)>& start, int timeoutMs = 20000) {
    auto out = std::make_shared<std::optional<linkdesk::Result<T>>>();
    auto loop = std::make_shared<QEventLoop>();
    start([out, loop](linkdesk::Result<T> result) {
        out->emplace(std::move(result));
        loop->quit();
    });
    if (!out->has_value()) {
        QTimer::singleShot(timeoutMs, loop.get(), &QEventLoop::quit);
        loop->exec();
    }
    return *out;
}

// Fails the test unless the awaited call answered and its answer is ok; the failure says the answer.
#define VERIFY_ANSWER_OK(answer)                                                                             \
    QVERIFY2((answer) && (answer)->ok(), (answer) ? qPrintable((answer)->message()) : "no answer")

// Every log message of the test process, for asserting that no secret is ever logged.
class LogCapture {
public:
    static void install() { previous() = qInstallMessageHandler(&LogCapture::handle); }
    static const QStringList& messages() { return lines(); }
    // The messages containing any of these texts (also percent- or base64-encoded).
    static QStringList containing(const QStringList& secrets) {
        QStringList hits;
        for (const QString& line : lines()) {
            for (const QString& secret : secrets) {
                if (line.contains(secret) ||
                    line.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))) ||
                    line.contains(QString::fromLatin1(secret.toUtf8().toBase64())))
                    hits << line;
            }
        }
        return hits;
    }

private:
    static QStringList& lines() {
        static QStringList list;
        return list;
    }
    static QtMessageHandler& previous() {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
        lines().append(message);
        if (previous())
            previous()(type, context, message);
    }
};

// The numbers of these customers or items, in their order (a page of a search, say).
template <typename T>
QStringList numbersOf(const QList<T>& rows) {
    QStringList out;
    for (const T& row : rows)
        out << row.number;
    return out;
}

inline int countOrders(const QJsonObject& erpState, const QString& field, const QString& value) {
    int n = 0;
    for (const QJsonValue& order : erpState.value(QStringLiteral("salesOrders")).toArray())
        n += order.toObject().value(field).toString() == value ? 1 : 0;
    return n;
}

using linkdesk::test::seedCustomer;
using linkdesk::test::seedItem;
using linkdesk::test::seedPrice;

// The base of an ERP client test: init() calls setUp(seed()), cleanup() tearDown().
class ClientTest : public QObject {
protected:
    // A fresh sandbox with this seed, then a new HttpClient.
    void setUp(const QJsonObject& seed) {
        restartSandbox(seed);
        if (QTest::currentTestFailed())
            return;
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<linkdesk::net::HttpClient>(m_nam.get());
        linkdesk::net::RetryPolicy policy;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 50;
        m_http->setRetryPolicy(policy);
    }
    void tearDown() {
        m_http.reset();
        m_nam.reset();
        m_sandbox.reset();
    }
    void restartSandbox(const QJsonObject& seed) {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->startWithSeed(seed), qPrintable(m_sandbox->error()));
    }
    linkdesk::net::HttpClient* http() const { return m_http.get(); }

    // For cleanupTestCase(): the log was captured (so this check can fail) and names none of these.
    static void verifyNoSecretLogged(const QStringList& secrets) {
        QVERIFY(LogCapture::messages().size() > 10);
        const QStringList leaks = LogCapture::containing(secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    static linkdesk::CustomerSearch byEmail(const QString& email, const QStringList& fields = {},
                                            const QString& currency = {}) {
        linkdesk::CustomerSearch search;
        search.email = email;
        search.matchFields = fields;
        search.currencyCode = currency;
        return search;
    }

    // The client finds no customer with this number, and says so without failing.
    static void verifyNoCustomer(linkdesk::ErpClient& erp, const QString& number) {
        auto missing =
            await<std::optional<linkdesk::ErpCustomer>>([&](auto done) { erp.customer(number, done); });
        QVERIFY(missing && missing->ok());
        QVERIFY(!missing->value().has_value());
    }
    // The client finds the item known and, without failing, not the item unknown.
    static void verifyItemLookups(linkdesk::ErpClient& erp, const QString& known, const QString& unknown) {
        auto yes = await<bool>([&](auto done) { erp.itemExists(known, done); });
        QVERIFY(yes && yes->ok());
        QCOMPARE(yes->value(), true);
        auto no = await<bool>([&](auto done) { erp.itemExists(unknown, done); });
        QVERIFY(no && no->ok());
        QCOMPARE(no->value(), false);
    }

    // The customers' numbers, sorted.
    static QStringList numbers(const QList<linkdesk::ErpCustomer>& customers) {
        QStringList out;
        for (const linkdesk::ErpCustomer& c : customers)
            out << c.number;
        out.sort();
        return out;
    }

    std::unique_ptr<SandboxProcess> m_sandbox;

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<linkdesk::net::HttpClient> m_http;
};

} // namespace erptest
