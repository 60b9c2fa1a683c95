// Business Central's JSON $batch: the sandbox's fake of it, and BusinessCentralClient sending the
// calls of an ErpClient::Batch through it, over real HTTP.
#include "businesscentraltest.h"
#include "domainprinters.h"
#include "erp/businesscentralbatch.h"
#include "erp/businesscentralclient.h"
#include "erpclienttest.h"
#include "util/crossthread.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using namespace linkdesk;
using erptest::seedCustomer;
using erptest::seedItem;

namespace {

using erptest::CompanyId;
using erptest::Secret;

QJsonObject seed() {
    QJsonArray customers{seedCustomer("C00001", "Acme Print Ltd", "orders@acme.example", "GBP", "GB"),
                         seedCustomer("C00002", "O'Brien & Sons", "o'brien@example.com", "EUR", "IE"),
                         seedCustomer("C00005", "Stopped Ltd", "stopped@example.com", "GBP", "GB", "All")};
    for (int i = 10; i < 60; ++i)
        customers.append(seedCustomer(qPrintable(QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'))),
                                      "Bulk Ltd", qPrintable(QStringLiteral("bulk%1@example.com").arg(i)),
                                      "GBP", "GB"));
    const QJsonArray items{seedItem(u"1000", u"Business cards", 12.5)};
    return QJsonObject{
        {QStringLiteral("erp"), QJsonObject{{QStringLiteral("client_id"), QStringLiteral("linkdesk")},
                                            {QStringLiteral("client_secret"), Secret},
                                            {QStringLiteral("company_id"), CompanyId},
                                            {QStringLiteral("customers"), customers},
                                            {QStringLiteral("items"), items}}}};
}

ErpSalesOrder order(const QString& number, const QString& customer = QStringLiteral("C00001"),
                    const QString& item = QStringLiteral("1000")) {
    ErpSalesOrder o;
    o.externalDocumentNumber = QStringLiteral("WEB-%1").arg(number);
    o.customerNumber = customer;
    o.lines = {ErpOrderLine{item, 1, std::nullopt, {}}};
    o.firstAttempt = true;
    return o;
}

} // namespace

class TestBusinessCentralBatch : public erptest::ClientTest {
    Q_OBJECT

    std::unique_ptr<BusinessCentralClient> client(bool batch = true, int batchSize = 100,
                                                  int timeoutMs = 5000) {
        BusinessCentralConfig config = erptest::sandboxConfig(m_sandbox->base(), Secret, timeoutMs);
        config.batch = batch;
        config.batchSize = batchSize;
        return std::make_unique<BusinessCentralClient>(config, http());
    }

    // Starts the calls inside one ErpClient::Batch and waits for every answer.
    template <typename T>
    QList<Result<T>> together(ErpClient& erp, const QList<StartCall<T>>& calls) {
        struct State {
            QList<std::optional<Result<T>>> results;
            qsizetype left = 0;
            QEventLoop loop;
        };
        auto state = std::make_shared<State>();
        state->results.resize(calls.size());
        state->left = calls.size();
        {
            ErpClient::Batch batch(&erp);
            for (qsizetype i = 0; i < calls.size(); ++i)
                calls.at(i)([state, i](Result<T> r) {
                    state->results[i].emplace(std::move(r));
                    if (--state->left == 0)
                        state->loop.quit();
                });
        }
        if (state->left > 0) {
            QTimer::singleShot(30000, &state->loop, &QEventLoop::quit);
            state->loop.exec();
        }
        QList<Result<T>> out;
        for (auto& r : state->results)
            out.append(r ? *r : Result<T>(fail(QStringLiteral("no answer"), ErrorKind::Failed)));
        return out;
    }
    QList<Result<ErpSalesOrder>> submitTogether(ErpClient& erp, const QList<ErpSalesOrder>& orders) {
        QList<StartCall<ErpSalesOrder>> calls;
        for (const ErpSalesOrder& o : orders)
            calls.append([&erp, o](auto done) { erp.submitSalesOrder(o, done); });
        return together(erp, calls);
    }
    int batchesSent() {
        int n = 0;
        const QJsonObject routes = m_sandbox->requests().value(QStringLiteral("by_route")).toObject();
        for (auto it = routes.begin(); it != routes.end(); ++it)
            n += it.key().endsWith(QLatin1String("/$batch")) ? it.value().toInt() : 0;
        return n;
    }
    int erpRequests() { return m_sandbox->requests().value(QStringLiteral("total")).toInt(); }
    int counted(const char* kind) {
        return m_sandbox->stateAt({"erp", "counts", "businesscentral", kind}).toInt();
    }
    // POST {api}/$batch as it is, with the client's token; the answer.
    net::HttpResult rawBatch(const QJsonObject& body, bool snapshot) {
        auto bc = client();
        (void)erptest::await<bool>([&](auto done) { bc->itemExists(QStringLiteral("1000"), done); });
        auto token = erptest::await<QString>([&](auto done) {
            // The token endpoint, asked directly (the client keeps its own to itself).
            net::HttpRequest r = net::HttpRequest::post(
                QUrl(m_sandbox->base() + QStringLiteral("/contoso/oauth2/v2.0/token")),
                "grant_type=client_credentials&client_id=linkdesk&client_secret=" + Secret.toUtf8() +
                    "&scope=https%3A%2F%2Fapi.businesscentral.dynamics.com%2F.default",
                "application/x-www-form-urlencoded");
            http()->send(r, this, [done](const net::HttpResult& answer) {
                done(answer.json.object().value(QStringLiteral("access_token")).toString());
            });
        });
        auto request =
            net::HttpRequest::postJson(QUrl(bc->apiRootUrl().toString() + QStringLiteral("/$batch")), body)
                .setBearerToken(token->value());
        if (snapshot)
            request.setHeader("Isolation", "snapshot");
        net::HttpResult out;
        QEventLoop loop;
        http()->send(request, this, [&](const net::HttpResult& r) {
            out = r;
            loop.quit();
        });
        loop.exec();
        return out;
    }
    QJsonObject mixedBatch() {
        auto bc = client();
        const QString root = bc->apiRootUrl().toString(QUrl::FullyEncoded);
        const auto relative = [&root](const QUrl& url) {
            return url.toString(QUrl::FullyEncoded).mid(root.size() + 1);
        };
        return QJsonObject{
            {QStringLiteral("requests"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                             {QStringLiteral("id"), QStringLiteral("good")},
                             {QStringLiteral("url"), relative(bc->resourceUrl(QStringLiteral("customers")))},
                             {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Content-Type"),
                                                                      QStringLiteral("application/json")}}},
                             {QStringLiteral("body"),
                              QJsonObject{{QStringLiteral("displayName"), QStringLiteral("New Ltd")}}}},
                 QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                             {QStringLiteral("id"), QStringLiteral("bad")},
                             {QStringLiteral("url"), relative(bc->resourceUrl(QStringLiteral("customers")))},
                             {QStringLiteral("body"),
                              QJsonObject{{QStringLiteral("nickname"), QStringLiteral("x")}}}},
                 QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                             {QStringLiteral("id"), QStringLiteral("read")},
                             {QStringLiteral("url"),
                              relative(bc->resourceUrl(
                                  QStringLiteral("customers"),
                                  {{QStringLiteral("$filter"), QStringLiteral("number eq 'C00002'")}}))}}}}};
    }
    static QHash<QString, QJsonObject> byId(const net::HttpResult& r) {
        QHash<QString, QJsonObject> out;
        for (const QJsonValue& v : r.json.object().value(QStringLiteral("responses")).toArray())
            out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        return out;
    }
    // The statuses of mixedBatch()'s answers: good, bad, read.
    static QList<int> mixedStatuses(const QHash<QString, QJsonObject>& responses) {
        QList<int> statuses;
        for (const char* id : {"good", "bad", "read"})
            statuses << responses.value(QLatin1String(id)).value(QStringLiteral("status")).toInt();
        return statuses;
    }
    // The answers to mixedBatch() (all or nothing with snapshot) by id; none (and the test failed)
    // when the batch itself failed.
    std::optional<QHash<QString, QJsonObject>> sendMixedBatch(bool snapshot) {
        const net::HttpResult r = rawBatch(mixedBatch(), snapshot);
        if (!r.ok()) {
            QTest::qFail(qPrintable(r.errorMessage), __FILE__, __LINE__);
            return std::nullopt;
        }
        return byId(r);
    }
    int customersInErp() {
        return int(m_sandbox->erpState().value(QStringLiteral("customers")).toArray().size());
    }

private slots:
    void init() { setUp(seed()); }
    void cleanup() { tearDown(); }

    void fakeAnswersEachOperationOnItsOwn() {
        const int before = customersInErp();
        const auto responses = sendMixedBatch(false);
        QVERIFY(responses);
        QCOMPARE(mixedStatuses(*responses), (QList<int>{201, 400, 200}));
        QVERIFY(responses->value(QStringLiteral("bad"))
                    .value(QStringLiteral("body"))
                    .toObject()
                    .contains(QStringLiteral("error")));
        const QJsonArray read = responses->value(QStringLiteral("read"))
                                    .value(QStringLiteral("body"))
                                    .toObject()
                                    .value(QStringLiteral("value"))
                                    .toArray();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.at(0).toObject().value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("O'Brien & Sons"));
        QCOMPARE(customersInErp(), before + 1); // the failing neighbour did not undo the create
    }

    void fakeSnapshotIsolationIsAllOrNothing() {
        const int before = customersInErp();
        const auto responses = sendMixedBatch(true);
        QVERIFY(responses);
        QCOMPARE(mixedStatuses(*responses), (QList<int>{424, 400, 424}));
        QCOMPARE(customersInErp(), before); // rolled back
    }

    void fakeRefusesMoreThanAHundredOperations() {
        QJsonArray requests;
        for (int i = 0; i < 101; ++i)
            requests.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                        {QStringLiteral("id"), QString::number(i)},
                                        {QStringLiteral("url"), QStringLiteral("companies")}});
        const net::HttpResult r = rawBatch(QJsonObject{{QStringLiteral("requests"), requests}}, false);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.serverMessage.contains(QLatin1String("between 1 and 100")), qPrintable(r.serverMessage));
    }

    void lookUpsOfOneBatchTravelTogether() {
        auto bc = client(true, 20);
        QList<StartCall<std::optional<ErpCustomer>>> calls;
        for (int i = 10; i < 60; ++i) // 50 look-ups: three batches of at most 20
            calls.append([&bc, i](auto done) {
                bc->customer(QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0')), done);
            });
        calls.append([&bc](auto done) { bc->customer(QStringLiteral("C99999"), done); });
        const auto found = together(*bc, calls);
        for (qsizetype i = 0; i + 1 < found.size(); ++i) {
            QVERIFY2(found.at(i).ok(), qPrintable(found.at(i).message()));
            QVERIFY(found.at(i).value().has_value());
            QCOMPARE(found.at(i).value()->number, QStringLiteral("C%1").arg(i + 10, 5, 10, QLatin1Char('0')));
        }
        QVERIFY(found.last().ok() && !found.last().value().has_value());
        QCOMPARE(batchesSent(), 3);
        QCOMPARE(erpRequests(), 4); // and the token
        QCOMPARE(counted("customerLookups"), 51);

        // An e-mail search and an item in the same batch, each answered as it would be alone.
        auto email = together<QList<ErpCustomer>>(
            *bc,
            {[&bc](auto done) { bc->findCustomers(byEmail(QStringLiteral("o'brien@example.com")), done); },
             [&bc](auto done) { bc->findCustomers(byEmail(QStringLiteral("nobody@example.com")), done); }});
        QVERIFY(email.at(0).ok() && email.at(1).ok());
        QCOMPARE(numbers(email.at(0).value()), QStringList{QStringLiteral("C00002")});
        QVERIFY(email.at(1).value().isEmpty());
        QCOMPARE(batchesSent(), 4);
    }

    void batchingOffSendsEachCallAlone() {
        auto bc = client(false);
        QList<StartCall<bool>> calls;
        for (int i = 0; i < 5; ++i)
            calls.append([&bc](auto done) { bc->itemExists(QStringLiteral("1000"), done); });
        for (const auto& r : together(*bc, calls))
            QVERIFY(r.ok() && r.value());
        QCOMPARE(batchesSent(), 0);
        QCOMPARE(erpRequests(), 6);
        QCOMPARE(bc->submitWave(), 24);
        QCOMPARE(client(true, 50)->submitWave(), 50 * http()->maxParallel());
    }

    void oneRefusedOrderDoesNotFailItsNeighbours() {
        auto bc = client();
        const auto results = submitTogether(
            *bc, {order(QStringLiteral("1")), order(QStringLiteral("2"), QStringLiteral("C00005")),
                  order(QStringLiteral("3"), QStringLiteral("C00001"), QStringLiteral("9999")),
                  order(QStringLiteral("4"))});
        QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).message()));
        QVERIFY(results.at(1).failedWith(ErrorKind::Refused));
        QVERIFY2(results.at(1).message().contains(QLatin1String("blocked")),
                 qPrintable(results.at(1).message()));
        QVERIFY(results.at(2).failedWith(ErrorKind::Refused));
        QVERIFY2(results.at(2).message().contains(QLatin1String("9999")),
                 qPrintable(results.at(2).message()));
        QVERIFY(results.at(3).ok());
        QCOMPARE(batchesSent(), 1);
        QCOMPARE(counted("orderCreates"), 2);
    }

    void batchCommittedThenFailedIsLookedUpInABatchOfGets() {
        auto bc = client();
        QVERIFY(m_sandbox->post(QStringLiteral("/_sandbox/erp/fail-after-commit"),
                                {{QStringLiteral("system"), QStringLiteral("businesscentral")},
                                 {QStringLiteral("kind"), QStringLiteral("batches")}}));
        QList<ErpSalesOrder> orders;
        for (int i = 1; i <= 30; ++i)
            orders.append(order(QString::number(i)));
        const auto results = submitTogether(*bc, orders);
        for (const auto& r : results) {
            QVERIFY2(r.ok(), qPrintable(r.message()));
            QVERIFY(r.value().alreadyExisted); // found by its external document number
        }
        QCOMPARE(counted("orderCreates"), 30);
        QCOMPARE(counted("orderLookups"), 30);
        QCOMPARE(batchesSent(), 2); // the creates, then one batch of look-ups
        QCOMPARE(m_sandbox->erpState().value(QStringLiteral("salesOrders")).toArray().size(), 30);
    }

    void batchFailedBeforeItsWorkIsSentOnceMore() {
        auto bc = client();
        auto warm = erptest::await<bool>([&](auto done) { bc->itemExists(QStringLiteral("1000"), done); });
        VERIFY_ANSWER_OK(warm); // the token is not the request that fails
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("fail_next"), 1}}));
        const auto results = submitTogether(*bc, {order(QStringLiteral("1")), order(QStringLiteral("2"))});
        for (const auto& r : results) {
            QVERIFY2(r.ok(), qPrintable(r.message()));
            QVERIFY(!r.value().alreadyExisted);
        }
        QCOMPARE(counted("orderLookups"), 2); // asked before sending again
        QCOMPARE(counted("orderCreates"), 2);
        QCOMPARE(batchesSent(), 3);
    }

    void hungBatchIsUnknownOutcomeAndCreatesNothingTwice() {
        auto bc = client(true, 100, 800);
        auto warm = erptest::await<bool>([&](auto done) { bc->itemExists(QStringLiteral("1000"), done); });
        VERIFY_ANSWER_OK(warm);
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("hang_next_post"), 1}}));
        QList<ErpSalesOrder> orders{order(QStringLiteral("1")), order(QStringLiteral("2"))};
        for (const auto& r : submitTogether(*bc, orders)) {
            QVERIFY(!r.ok());
            QCOMPARE_NAMED(r.error().kind, ErrorKind::UnknownOutcome);
        }
        QCOMPARE(counted("orderCreates"), 0);
        // The next attempt asks first (one batch of look-ups), then creates each once.
        for (ErpSalesOrder& o : orders)
            o.firstAttempt = false;
        for (const auto& r : submitTogether(*bc, orders))
            QVERIFY2(r.ok() && !r.value().alreadyExisted, qPrintable(r.message()));
        QCOMPARE(counted("orderCreates"), 2);
    }

    void throttledBatchWaitsForRetryAfter() {
        auto bc = client();
        auto warm = erptest::await<bool>([&](auto done) { bc->itemExists(QStringLiteral("1000"), done); });
        VERIFY_ANSWER_OK(warm);
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("rate_limit"), 1}})); // one request a second
        auto other = erptest::await<bool>([&](auto done) { bc->itemExists(QStringLiteral("1000"), done); });
        VERIFY_ANSWER_OK(other); // this second's request
        QElapsedTimer timer;
        timer.start();
        const auto results = submitTogether(*bc, {order(QStringLiteral("1")), order(QStringLiteral("2"))});
        for (const auto& r : results)
            QVERIFY2(r.ok() && !r.value().alreadyExisted, qPrintable(r.message()));
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed()))); // Retry-After: 1
        QCOMPARE(counted("orderCreates"), 2); // a 429 did nothing: sent again, created once
        QCOMPARE(counted("orderLookups"), 0);
        QVERIFY(m_sandbox->stateAt({"sandbox", "faults", "counts", "rate_limited"}).toInt() >= 1);
    }

    void createsCustomersTogether() {
        auto bc = client();
        QList<StartCall<ErpCustomer>> calls;
        for (int i = 0; i < 3; ++i)
            calls.append([&bc, i](auto done) {
                ErpCustomer c;
                c.name = QStringLiteral("Batch %1").arg(i);
                c.email = QStringLiteral("batch%1@example.com").arg(i);
                bc->createCustomer(c,
                                   i == 1 ? QJsonObject{{QStringLiteral("nickname"), QStringLiteral("x")}}
                                          : QJsonObject{},
                                   done);
            });
        const auto created = together(*bc, calls);
        QVERIFY(created.at(0).ok() && created.at(2).ok());
        QVERIFY(!created.at(0).value().number.isEmpty());
        QVERIFY(created.at(1).failedWith(ErrorKind::Refused)); // the template names a field BC lacks
        QVERIFY2(created.at(1).message().contains(QLatin1String("nickname")),
                 qPrintable(created.at(1).message()));
        QCOMPARE(batchesSent(), 1);
        QCOMPARE(counted("customerCreates"), 2);
    }

    void requestBodyIsRelativeToTheApiRoot() {
        const QString root = QStringLiteral("https://bc.example/v2.0/t/production/api/v2.0");
        const QJsonObject body = BusinessCentralBatch::requestBody(
            {net::HttpRequest::get(
                 QUrl(root + QStringLiteral("/companies(1)/items?$filter=number%20eq%20'A%2BB'"))),
             net::HttpRequest::postJson(QUrl(root + QStringLiteral("/companies(1)/customers")),
                                        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("X")}})},
            root);
        const QJsonArray requests = body.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("companies(1)/items?$filter=number%20eq%20'A%2BB'"));
        QCOMPARE(requests.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("1"));
        QVERIFY(!requests.at(0).toObject().contains(QStringLiteral("body")));
        QCOMPARE(requests.at(1).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("POST"));
        QCOMPARE(requests.at(1)
                     .toObject()
                     .value(QStringLiteral("body"))
                     .toObject()
                     .value(QStringLiteral("displayName")),
                 QJsonValue(QStringLiteral("X")));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCentralBatch)
#include "tst_businesscentralbatch.moc"
