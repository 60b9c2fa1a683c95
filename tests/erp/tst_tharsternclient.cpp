// TharsternClient against linkdesk-sandbox over real HTTP: sign-in, the envelope, customers by
// code, products, customer creation (customer, contact, address), prices through estimates and
// orders/submit, sent once unless the site de-duplicates. The e-mail search is tst_tharsternsearch.
#include "domainprinters.h"
#include "erpclienttest.h"
#include "tharsterntest.h"

#include <QTest>

using namespace linkdesk;
using erptest::await;
using tharsterntest::counts;
using tharsterntest::Password;
using tharsterntest::User;

class TestTharsternClient : public erptest::ClientTest {
    Q_OBJECT

    TharsternConfig config() const { return tharsterntest::config(m_sandbox->base()); }
    std::unique_ptr<TharsternClient> client(const QString& password = Password, int timeoutMs = 5000) {
        TharsternConfig c = config();
        c.password = password;
        c.timeoutMs = timeoutMs;
        return std::make_unique<TharsternClient>(c, http());
    }

    static ErpSalesOrder order(const QString& id, const QString& customer) {
        ErpSalesOrder o;
        o.externalDocumentNumber = id;
        o.customerNumber = customer;
        o.lines = {ErpOrderLine{QStringLiteral("BC-85x55"), 250, std::nullopt, {}},
                   ErpOrderLine{QStringLiteral("FLY-A5"), 1000, 0.18, QStringLiteral("Flyers, A5")}};
        return o;
    }
    int storedOrders(const QString& id) {
        return erptest::countOrders(m_sandbox->erpState(), QStringLiteral("uniqueSubmitOrderId"), id);
    }
    // Signed in and the products known, so that the next POST is the first request; then, where
    // given, this fault armed for that POST.
    void warmUp(TharsternClient& th, const char* nextPostFault = nullptr) {
        for (const char* code : {"FLY-A5", "BC-85x55"}) {
            auto r = await<bool>([&](auto done) { th.itemExists(QLatin1String(code), done); });
            VERIFY_ANSWER_OK(r);
        }
        if (nextPostFault)
            QVERIFY(m_sandbox->setFaults({{QLatin1String(nextPostFault), 1}}));
    }
    // Submits order(number, customer) and waits for the answer.
    std::optional<Result<ErpSalesOrder>> submit(TharsternClient& th, const QString& number,
                                                const QString& customer) {
        return await<ErpSalesOrder>([&](auto done) { th.submitSalesOrder(order(number, customer), done); });
    }

private slots:
    void initTestCase() { erptest::LogCapture::install(); }

    void cleanupTestCase() { verifyNoSecretLogged({Password, QStringLiteral("not-the-pa55word")}); }

    void init() { setUp(tharsterntest::seed()); }
    void cleanup() { tearDown(); }

    // Tharstern's orders take products only: an order with a G/L account line is refused before
    // anything is sent.
    void refusesAccountLinesWithoutSending() {
        auto th = client();
        ErpSalesOrder o = order(QStringLiteral("WEB-1201"), QStringLiteral("C00001"));
        o.lines.append(ErpOrderLine{QStringLiteral("6110"), 1, 4.95, QStringLiteral("Flat rate"),
                                    ErpOrderLine::Type::Account});
        auto r = await<ErpSalesOrder>([&](auto done) { th->submitSalesOrder(o, done); });
        QVERIFY(r && !r->ok());
        QVERIFY2(r->message().contains(QStringLiteral("take products only")), qPrintable(r->message()));
        QVERIFY(r->error().isPermanent());
        QCOMPARE(storedOrders(QStringLiteral("WEB-1201")), 0);
        QCOMPARE(m_sandbox->stateAt({"sandbox", "requests", "by_route", "POST /tharstern/api/orders/submit"})
                     .toInt(),
                 0);
    }

    void problemsAreReadable() {
        const QJsonArray problems{
            QJsonObject{{QStringLiteral("Code"), QStringLiteral("Validation")},
                        {QStringLiteral("Message"), QStringLiteral("Name is required.")}},
            QStringLiteral("Second problem")};
        QCOMPARE(TharsternClient::problemsText(problems),
                 QStringLiteral("Name is required. (Validation); Second problem"));
        // Where the public clients find problems too: under Details.Result, and ASP.NET's ModelState.
        const QJsonObject estimate{
            {QStringLiteral("Status"), QJsonObject{{QStringLiteral("Success"), false}}},
            {QStringLiteral("Details"),
             QJsonObject{
                 {QStringLiteral("Result"),
                  QJsonObject{{QStringLiteral("Problems"), QJsonArray{QStringLiteral("No paper.")}}}}}}};
        QCOMPARE(TharsternClient::answerProblems(estimate), QStringLiteral("No paper."));
        const QJsonObject invalid{
            {QStringLiteral("Message"), QStringLiteral("The request is invalid.")},
            {QStringLiteral("ModelState"), QJsonObject{{QStringLiteral("estRequestProduct.Quantity"),
                                                        QJsonArray{QStringLiteral("Too few.")}}}}};
        QCOMPARE(TharsternClient::answerProblems(invalid),
                 QStringLiteral("estRequestProduct.Quantity: Too few."));
    }

    void configuredPathsMayCarryAQuery() {
        TharsternConfig c = config();
        c.apiUrl = QUrl(QStringLiteral("https://mis.example/TharsternAPI/"));
        TharsternClient th(c, http());
        QCOMPARE(
            th.endpoint(QStringLiteral("/search/customers?active=true"),
                        {{QStringLiteral("mail"), QStringLiteral("a+b@x.example")}})
                .toString(),
            QStringLiteral(
                "https://mis.example/TharsternAPI/api/search/customers?active=true&mail=a%2Bb%40x.example"));
    }

    void findsCustomerByCode() {
        auto th = client();
        auto acme = await<std::optional<ErpCustomer>>(
            [&](auto done) { th->customer(QStringLiteral("C00001"), done); });
        VERIFY_ANSWER_OK(acme);
        QVERIFY(acme->value().has_value());
        QCOMPARE(acme->value()->name, QStringLiteral("Acme Print Ltd"));
        QCOMPARE(acme->value()->email, QStringLiteral("orders@acme.example"));

        auto stopped = await<std::optional<ErpCustomer>>(
            [&](auto done) { th->customer(QStringLiteral("C00005"), done); });
        QVERIFY(stopped && stopped->ok() && stopped->value().has_value());
        QVERIFY(stopped->value()->blocked);

        verifyNoCustomer(*th, QStringLiteral("NOPE"));
    }

    void productExists() { verifyItemLookups(*client(), QStringLiteral("FLY-A5"), QStringLiteral("NOPE")); }

    void wrongPasswordGivesClearAuthFailure() {
        auto th = client(QStringLiteral("not-the-pa55word"));
        auto r = await<std::optional<ErpCustomer>>(
            [&](auto done) { th->customer(QStringLiteral("C00001"), done); });
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE_NAMED(r->error().kind, ErrorKind::Configuration);
        QVERIFY2(r->message().contains(QLatin1String("sign-in failed")), qPrintable(r->message()));
        QVERIFY2(r->message().contains(QLatin1String("email address or password is incorrect")),
                 qPrintable(r->message()));
        QVERIFY(!r->message().contains(QLatin1String("not-the-pa55word")));
        QCOMPARE(counts(m_sandbox->erpState()).value(QStringLiteral("requests")).toInt(), 0);
    }

    void tokenIsReusedAndRefreshedOnceOn401() {
        auto th = client();
        for (int i = 0; i < 3; ++i) {
            auto r = await<bool>([&](auto done) { th->itemExists(QStringLiteral("FLY-A5"), done); });
            VERIFY_ANSWER_OK(r);
        }
        QCOMPARE(th->tokensFetched(), 1);
        m_sandbox->post(QStringLiteral("/_sandbox/erp/revoke-tokens"), {});
        auto after = await<std::optional<ErpCustomer>>(
            [&](auto done) { th->customer(QStringLiteral("C00001"), done); });
        VERIFY_ANSWER_OK(after);
        QVERIFY(after->value().has_value());
        QCOMPARE(th->tokensFetched(), 2);
        const QJsonObject c = counts(m_sandbox->erpState());
        QCOMPARE(c.value(QStringLiteral("unauthorized")).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("tokens")).toInt(), 2);
    }

    void concurrentCallsShareOneToken() {
        auto th = client();
        int answered = 0;
        for (const char* code : {"C00001", "C00002", "C00003", "C00004"})
            th->customer(QLatin1String(code), [&answered](Result<std::optional<ErpCustomer>> r) {
                answered += r.ok() && r.value() ? 1 : 0;
            });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 4, 20000);
        QCOMPARE(th->tokensFetched(), 1);
    }

    // ---- creating customers ----

    void createsCustomerWithContactAndAddress() {
        auto th = client();
        ErpCustomer c;
        c.name = QStringLiteral("New Client GmbH");
        c.email = QStringLiteral("buyer@new.example");
        c.currencyCode = QStringLiteral("EUR");
        c.country = QStringLiteral("DE");
        c.firstName = QStringLiteral("Nina");
        c.lastName = QStringLiteral("Neu");
        const QJsonObject templateFields{
            {QStringLiteral("CurrencyCode"), QStringLiteral("GBP")},
            {QStringLiteral("Address"),
             QJsonObject{{QStringLiteral("Address1"), QStringLiteral("Hauptstr. 1")}}}};
        auto created = await<ErpCustomer>([&](auto done) { th->createCustomer(c, templateFields, done); });
        VERIFY_ANSWER_OK(created);
        QVERIFY(created->value().isValid());
        QCOMPARE(created->value().currencyCode, QStringLiteral("EUR"));
        QCOMPARE(created->value().email, QStringLiteral("buyer@new.example"));

        const QJsonObject state = m_sandbox->erpState();
        const QJsonObject stored = tharsterntest::customerOf(state, created->value().number);
        QCOMPARE(stored.value(QStringLiteral("displayName")).toString(), QStringLiteral("New Client GmbH"));
        const QJsonArray contacts = stored.value(QStringLiteral("contacts")).toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(test::firstText(contacts, QStringLiteral("email")), QStringLiteral("buyer@new.example"));
        QCOMPARE(test::firstText(contacts, QStringLiteral("firstName")), QStringLiteral("Nina"));
        const QJsonArray addresses = stored.value(QStringLiteral("addresses")).toArray();
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(test::firstText(addresses, QStringLiteral("Address1")), QStringLiteral("Hauptstr. 1"));
        QCOMPARE(test::firstText(addresses, QStringLiteral("Country")), QStringLiteral("DE"));

        // The next search finds it.
        auto found = await<QList<ErpCustomer>>(
            [&](auto done) { th->findCustomers(byEmail(QStringLiteral("buyer@new.example")), done); });
        VERIFY_ANSWER_OK(found);
        QCOMPARE(numbers(found->value()), QStringList{created->value().number});
    }

    void createCustomerProblemIsReported() {
        auto th = client();
        ErpCustomer c;
        c.number = QStringLiteral("C00001");
        c.name = QStringLiteral("Duplicate");
        auto created = await<ErpCustomer>([&](auto done) { th->createCustomer(c, {}, done); });
        QVERIFY(created && !created->ok());
        QVERIFY2(created->message().contains(QLatin1String("A customer with code 'C00001' already exists.")),
                 qPrintable(created->message()));
    }

    void createWithoutSiteCreateIsAConfigurationError() {
        restartSandbox(tharsterntest::seed(QJsonObject{}));
        auto th = client();
        ErpCustomer c;
        c.name = QStringLiteral("Nowhere Ltd");
        auto created = await<ErpCustomer>([&](auto done) { th->createCustomer(c, {}, done); });
        QVERIFY(created && !created->ok());
        QCOMPARE_NAMED(created->error().kind, ErrorKind::Configuration);
        QVERIFY2(created->message().contains(QLatin1String("customer_create_path")),
                 qPrintable(created->message()));
    }

    void createCustomerWithLostAnswerIsUnknownOutcome() {
        auto th = client();
        warmUp(*th);
        const int before = int(m_sandbox->erpState().value(QStringLiteral("customers")).toArray().size());
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("commit_then_fail_next"), 1}});
        ErpCustomer c;
        c.name = QStringLiteral("Lost Answer Ltd");
        c.email = QStringLiteral("lost@answer.example");
        auto created = await<ErpCustomer>([&](auto done) { th->createCustomer(c, {}, done); });
        QVERIFY(created && !created->ok());
        QCOMPARE_NAMED(created->error().kind, ErrorKind::UnknownOutcome);
        const QJsonObject state = m_sandbox->erpState();
        QCOMPARE(state.value(QStringLiteral("customers")).toArray().size(), before + 1);
        QCOMPARE(counts(state).value(QStringLiteral("customerCreates")).toInt(), 1); // never sent again
        // A search (what a recorded intent makes the matcher do) finds it: no second customer.
        auto found = await<QList<ErpCustomer>>(
            [&](auto done) { th->findCustomers(byEmail(QStringLiteral("lost@answer.example")), done); });
        VERIFY_ANSWER_OK(found);
        QCOMPARE(found->value().size(), 1);
    }

    void contactWithLostAnswerIsLookedUpNotDuplicated() {
        auto th = client();
        warmUp(*th);
        // The contact is stored and answered 500: looked up by customerCode, found, not sent again.
        QVERIFY(m_sandbox->post(QStringLiteral("/_sandbox/erp/fail-after-commit"),
                                {{QStringLiteral("system"), QStringLiteral("tharstern")},
                                 {QStringLiteral("kind"), QStringLiteral("contactCreates")}}));
        ErpCustomer c;
        c.name = QStringLiteral("Contact Lost Ltd");
        c.email = QStringLiteral("contact@lost.example");
        auto created = await<ErpCustomer>([&](auto done) { th->createCustomer(c, {}, done); });
        VERIFY_ANSWER_OK(created);
        const QJsonObject state = m_sandbox->erpState();
        const QJsonObject stored = tharsterntest::customerOf(state, created->value().number);
        QCOMPARE(stored.value(QStringLiteral("contacts")).toArray().size(), 1);
        QCOMPARE(counts(state).value(QStringLiteral("contactCreates")).toInt(), 1);
        QCOMPARE(stored.value(QStringLiteral("addresses")).toArray().size(), 1);
    }

    // ---- prices ----

    void pricesUseCustomerPriceThroughEstimates() {
        auto th = client();
        const QList<ErpOrderLine> lines{ErpOrderLine{QStringLiteral("BC-85x55"), 250, std::nullopt, {}},
                                        ErpOrderLine{QStringLiteral("FLY-A5"), 1000, std::nullopt, {}}};
        auto acme =
            await<QList<ErpPrice>>([&](auto done) { th->prices(QStringLiteral("C00001"), lines, done); });
        VERIFY_ANSWER_OK(acme);
        QCOMPARE(acme->value().size(), 2);
        QCOMPARE(acme->value().at(0).itemNumber, QStringLiteral("BC-85x55"));
        QCOMPARE(acme->value().at(0).unitPrice, 10.0);
        QCOMPARE(acme->value().at(0).quantity, 250.0);
        QCOMPARE(acme->value().at(1).unitPrice, 0.2);

        auto other =
            await<QList<ErpPrice>>([&](auto done) { th->prices(QStringLiteral("C00003"), lines, done); });
        VERIFY_ANSWER_OK(other);
        QCOMPARE(other->value().at(0).unitPrice, 12.5);
        const QJsonObject state = m_sandbox->erpState();
        QCOMPARE(state.value(QStringLiteral("estimates")).toInt(), 4);
        QCOMPARE(counts(state).value(QStringLiteral("estimateExamples")).toInt(), 2); // one per product type

        auto unknown =
            await<QList<ErpPrice>>([&](auto done) { th->prices(QStringLiteral("NOPE"), lines, done); });
        QVERIFY(unknown && !unknown->ok());
        QVERIFY2(unknown->message().contains(QLatin1String("Customer 'NOPE' was not found.")),
                 qPrintable(unknown->message()));
    }

    // ---- orders/submit ----

    void submitsOrderInThePublicShape() {
        auto th = client();
        auto first = submit(*th, QStringLiteral("WEB-1001"), QStringLiteral("C00001"));
        VERIFY_ANSWER_OK(first);
        QVERIFY(!first->value().alreadyExisted);
        QVERIFY(!first->value().number.isEmpty());
        QVERIFY(!first->value().id.isEmpty());
        QCOMPARE(storedOrders(QStringLiteral("WEB-1001")), 1);
        // The customer price where there is one, the given price where the line has one.
        const QJsonArray lines = m_sandbox->erpState()
                                     .value(QStringLiteral("salesOrders"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("lines"))
                                     .toArray();
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("itemNumber")).toString(),
                 QStringLiteral("BC-85x55"));
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("unitPrice")).toDouble(), 10.0);
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("unitPrice")).toDouble(), 0.18);
        QVERIFY(!th->resubmitIsSafe());
        QCOMPARE(th->mayAlreadyHave(QStringLiteral("WEB-1001")),
                 QStringLiteral("Tharstern may already have this order: UniqueSubmitOrderID WEB-1001"));
    }

    void submitProblemsAreReported() {
        auto th = client();
        auto stopped = submit(*th, QStringLiteral("WEB-3003"), QStringLiteral("C00005"));
        QVERIFY(stopped && !stopped->ok());
        QVERIFY2(stopped->message().contains(QLatin1String("Customer 'C00005' is on stop.")),
                 qPrintable(stopped->message()));
        QCOMPARE_NAMED(stopped->error().kind, ErrorKind::Refused);

        ErpSalesOrder unknownProduct = order(QStringLiteral("WEB-3004"), QStringLiteral("C00001"));
        unknownProduct.lines.first().itemNumber = QStringLiteral("NOPE");
        auto notFound = await<ErpSalesOrder>([&](auto done) { th->submitSalesOrder(unknownProduct, done); });
        QVERIFY(notFound && !notFound->ok());
        QCOMPARE_NAMED(notFound->error().kind, ErrorKind::NotFound);
        QCOMPARE(counts(m_sandbox->erpState()).value(QStringLiteral("orderSubmits")).toInt(), 1);

        auto unsupported = await<std::optional<ErpSalesOrder>>(
            [&](auto done) { th->findSalesOrder(QStringLiteral("WEB-1"), done); });
        QVERIFY(unsupported && !unsupported->ok());
        QCOMPARE_NAMED(unsupported->error().kind, ErrorKind::NotFound);
    }

    void lostSubmitAnswerIsUnknownAndNotSentAgain() {
        auto th = client();
        warmUp(*th, "commit_then_fail_next");
        auto submitted = submit(*th, QStringLiteral("WEB-2002"), QStringLiteral("C00002"));
        QVERIFY(submitted && !submitted->ok());
        QCOMPARE_NAMED(submitted->error().kind, ErrorKind::UnknownOutcome);
        QVERIFY2(submitted->message().startsWith(
                     QLatin1String("Tharstern may already have this order: UniqueSubmitOrderID WEB-2002")),
                 qPrintable(submitted->message()));
        const QJsonObject state = m_sandbox->erpState();
        QCOMPARE(storedOrders(QStringLiteral("WEB-2002")), 1);
        QCOMPARE(counts(state).value(QStringLiteral("orderSubmits")).toInt(), 1);
    }

    void hungSubmitIsNotSentAgain() {
        auto th = client(Password, 1000);
        warmUp(*th, "hang_next_post");
        auto submitted = submit(*th, QStringLiteral("WEB-5005"), QStringLiteral("C00003"));
        QVERIFY(submitted && !submitted->ok());
        QCOMPARE_NAMED(submitted->error().kind, ErrorKind::UnknownOutcome);
        // The hung request never reached the fake's handler; a second attempt would have.
        QCOMPARE(counts(m_sandbox->erpState()).value(QStringLiteral("orderSubmits")).toInt(), 0);
        QCOMPARE(m_sandbox->stateAt({"sandbox", "requests", "by_route", "POST /tharstern/api/orders/submit"})
                     .toInt(),
                 1);
    }

    void deduplicatingSiteMakesResendsSafe() {
        QJsonObject site = tharsterntest::siteWithSearch();
        site.insert(QStringLiteral("submit_deduplicates"), true);
        restartSandbox(tharsterntest::seed(site));
        TharsternConfig c = config();
        c.submitDeduplicates = true;
        TharsternClient th(c, http());
        QVERIFY(th.resubmitIsSafe());
        warmUp(th, "commit_then_fail_next");
        auto submitted = submit(th, QStringLiteral("WEB-6006"), QStringLiteral("C00002"));
        VERIFY_ANSWER_OK(submitted);
        QVERIFY(
            submitted->value().alreadyExisted); // the HTTP layer sent it again; the site answered the first
        QCOMPARE(storedOrders(QStringLiteral("WEB-6006")), 1);
        QCOMPARE(counts(m_sandbox->erpState()).value(QStringLiteral("orderSubmits")).toInt(), 2);
    }

    void nonDeduplicatingSiteStoresEverySubmit() {
        // What makes the pipeline hold orders whose outcome is unknown: the fake stores them all.
        auto th = client();
        for (int i = 0; i < 2; ++i) {
            auto r = submit(*th, QStringLiteral("WEB-7007"), QStringLiteral("C00001"));
            VERIFY_ANSWER_OK(r);
            QVERIFY(!r->value().alreadyExisted);
        }
        QCOMPARE(storedOrders(QStringLiteral("WEB-7007")), 2);
    }

    // ---- Test connection ----

    void checksEachEndpoint() {
        auto th = client();
        auto checks = await<QList<EndpointCheck>>([&](auto done) { th->checkEndpoints(done); });
        VERIFY_ANSWER_OK(checks);
        QHash<QString, EndpointCheck> byName;
        for (const EndpointCheck& c : checks->value())
            byName.insert(c.endpoint, c);
        for (const char* worked : {"GET Authentication/GenerateAPIToken", "GET customers?customerCode=",
                                   "GET api-ext/customers/by-email?emailAddress=",
                                   "GET contacts?customerCode=", "GET products?productCode="})
            QVERIFY2(byName.value(QLatin1String(worked)).state == EndpointCheck::State::Worked,
                     qPrintable(QLatin1String(worked) + QStringLiteral(": ") +
                                byName.value(QLatin1String(worked)).detail));
        QCOMPARE(byName.value(QStringLiteral("POST api-ext/customers/create")).state,
                 EndpointCheck::State::NotTried);
        QCOMPARE(counts(m_sandbox->erpState()).value(QStringLiteral("customerCreates")).toInt(), 0);

        // Where the site has no e-mail search, the default path answers every customer: named.
        restartSandbox(tharsterntest::seed(QJsonObject{}));
        TharsternConfig plain = config();
        plain.customerSearchPath = QStringLiteral("customers");
        plain.customerSearchParameter = QStringLiteral("email");
        TharsternClient defaults(plain, http());
        auto again = await<QList<EndpointCheck>>([&](auto done) { defaults.checkEndpoints(done); });
        VERIFY_ANSWER_OK(again);
        bool named = false;
        for (const EndpointCheck& c : again->value())
            if (c.endpoint == QLatin1String("GET customers?email=")) {
                named = c.state == EndpointCheck::State::Failed &&
                        c.detail.contains(QLatin1String("ignores email"));
                QVERIFY2(named, qPrintable(c.detail));
            }
        QVERIFY(named);

        // A wrong password: the sign-in fails with the server's message, nothing else is tried.
        auto wrong = client(QStringLiteral("not-the-pa55word"));
        auto refused = await<QList<EndpointCheck>>([&](auto done) { wrong->checkEndpoints(done); });
        VERIFY_ANSWER_OK(refused);
        QCOMPARE(refused->value().size(), 1);
        QCOMPARE(refused->value().first().state, EndpointCheck::State::Failed);
        QVERIFY2(
            refused->value().first().detail.contains(QLatin1String("email address or password is incorrect")),
            qPrintable(refused->value().first().detail));
    }
};

QTEST_GUILESS_MAIN(TestTharsternClient)
#include "tst_tharsternclient.moc"
