// BusinessCentralClient against linkdesk-sandbox over real HTTP.
#include "businesscentraltest.h"
#include "domainprinters.h"
#include "erp/businesscentralclient.h"
#include "erp/cachederpdirectory.h"
#include "erp/lookupcache.h"
#include "erpclienttest.h"

#include <QTest>

using namespace linkdesk;
using erptest::await;
using erptest::seedCustomer;
using erptest::seedItem;
using erptest::seedPrice;

namespace {

using erptest::CompanyId;
using erptest::Secret;

QJsonObject seed(int tokenLifetimeSeconds = 3600) {
    const QJsonArray customers{
        seedCustomer("C00001", "Acme Print Ltd", "orders@acme.example", "GBP", "GB"),
        seedCustomer("C00002", "O'Brien & Sons", "o'brien@example.com", "EUR", "IE"),
        seedCustomer("C00003", "Shared Europe", "shared@example.com", "EUR", "DE"),
        seedCustomer("C00004", "Shared Britain", "Shared@Example.COM", "GBP", "GB"),
        seedCustomer("C00005", "Stopped Ltd", "stopped@example.com", "GBP", "GB", "All"),
        seedCustomer("C00006", "Tagged", "a+tag@example.com", "GBP", "GB"),
        seedCustomer("C00007", "Not O'Brien", "obrien@example.com", "EUR", "IE"),
    };
    const QJsonArray items{
        seedItem(u"1000", u"Business cards", 12.5),
        seedItem(u"2000", u"Flyers", 0.2),
    };
    const QJsonArray prices{seedPrice(u"C00001", u"1000", 10.0)};
    return QJsonObject{
        {QStringLiteral("erp"),
         QJsonObject{
             {QStringLiteral("client_id"), QStringLiteral("linkdesk")},
             {QStringLiteral("client_secret"), Secret},
             {QStringLiteral("company_id"), CompanyId},
             {QStringLiteral("token_lifetime_seconds"), tokenLifetimeSeconds},
             {QStringLiteral("token_expires_in"), 3600},
             {QStringLiteral("customers"), customers},
             {QStringLiteral("items"), items},
             {QStringLiteral("prices"), prices},
             {QStringLiteral("accounts"),
              QJsonArray{QJsonObject{{QStringLiteral("number"), QStringLiteral("6110")},
                                     {QStringLiteral("displayName"), QStringLiteral("Freight income")}}}}}}};
}

} // namespace

class TestBusinessCentralClient : public erptest::ClientTest {
    Q_OBJECT

    std::unique_ptr<BusinessCentralClient> client(const QString& secret = Secret, int timeoutMs = 5000) {
        return std::make_unique<BusinessCentralClient>(
            erptest::sandboxConfig(m_sandbox->base(), secret, timeoutMs), http());
    }
    // Signed in (an item looked up), so that the next POST is the first request.
    static void warmUp(BusinessCentralClient& bc) {
        auto warm = await<bool>([&](auto done) { bc.itemExists(QStringLiteral("1000"), done); });
        VERIFY_ANSWER_OK(warm);
    }
    // An order of one line: one of item 1000, at the ERP's price.
    static ErpSalesOrder oneItemOrder(const QString& number, const QString& customer) {
        ErpSalesOrder order;
        order.externalDocumentNumber = number;
        order.customerNumber = customer;
        order.lines = {ErpOrderLine{QStringLiteral("1000"), 1, std::nullopt, {}}};
        return order;
    }
    // What a fresh client answers to a search by this e-mail.
    std::optional<Result<QList<ErpCustomer>>> foundByEmail(const QString& email) {
        auto bc = client();
        return await<QList<ErpCustomer>>([&](auto done) { bc->findCustomers(byEmail(email), done); });
    }
    // The sales orders the sandbox holds with this external document number.
    int storedOrders(const QString& number) {
        return erptest::countOrders(m_sandbox->erpState(), QStringLiteral("externalDocumentNumber"), number);
    }

private slots:
    void initTestCase() { erptest::LogCapture::install(); }

    void cleanupTestCase() {
        // The request log was captured (so this check can fail) and names no secret.
        verifyNoSecretLogged({Secret, QStringLiteral("wrong-secret-xyz")});
    }

    void init() { setUp(seed()); }
    void cleanup() { tearDown(); }

    void odataQuotingDoublesQuote() {
        QCOMPARE(BusinessCentralClient::odataString(QStringLiteral("o'brien@example.com")),
                 QStringLiteral("'o''brien@example.com'"));
        auto bc = client();
        const QUrl url = bc->resourceUrl(QStringLiteral("customers"),
                                         {{QStringLiteral("$filter"), QStringLiteral("email eq 'a+b@x'")}});
        QVERIFY2(url.toString(QUrl::FullyEncoded).contains(QLatin1String("a%2Bb")),
                 qPrintable(url.toString(QUrl::FullyEncoded)));
    }

    void findsCustomerByEmail() {
        auto found = foundByEmail(QStringLiteral("orders@acme.example"));
        VERIFY_ANSWER_OK(found);
        QCOMPARE(numbers(found->value()), QStringList{QStringLiteral("C00001")});
        const ErpCustomer& c = found->value().first();
        QCOMPARE(c.name, QStringLiteral("Acme Print Ltd"));
        QCOMPARE(c.currencyCode, QStringLiteral("GBP"));
        QVERIFY(!c.blocked);
    }

    void findsEmailWithApostrophe() {
        // Unquoted, the filter would not parse (400); quoted wrongly it would find nothing or
        // "obrien@example.com".
        auto found = foundByEmail(QStringLiteral("o'brien@example.com"));
        VERIFY_ANSWER_OK(found);
        QCOMPARE(numbers(found->value()), QStringList{QStringLiteral("C00002")});
        QCOMPARE(found->value().first().name, QStringLiteral("O'Brien & Sons"));
    }

    void findsEmailWithPlus() {
        auto found = foundByEmail(QStringLiteral("a+tag@example.com"));
        VERIFY_ANSWER_OK(found);
        QCOMPARE(numbers(found->value()), QStringList{QStringLiteral("C00006")});
    }

    void emailSearchIsCaseInsensitiveAndFiltersMatchFields() {
        auto bc = client();
        auto both = await<QList<ErpCustomer>>(
            [&](auto done) { bc->findCustomers(byEmail(QStringLiteral("shared@example.com")), done); });
        VERIFY_ANSWER_OK(both);
        QCOMPARE(numbers(both->value()), (QStringList{QStringLiteral("C00003"), QStringLiteral("C00004")}));

        auto eur = await<QList<ErpCustomer>>([&](auto done) {
            bc->findCustomers(byEmail(QStringLiteral("shared@example.com"), {QStringLiteral("currency_code")},
                                      QStringLiteral("eur")),
                              done);
        });
        VERIFY_ANSWER_OK(eur);
        QCOMPARE(numbers(eur->value()), QStringList{QStringLiteral("C00003")});

        auto usd = await<QList<ErpCustomer>>([&](auto done) {
            bc->findCustomers(byEmail(QStringLiteral("shared@example.com"), {QStringLiteral("currency_code")},
                                      QStringLiteral("USD")),
                              done);
        });
        VERIFY_ANSWER_OK(usd);
        QVERIFY(usd->value().isEmpty());
    }

    void customerByNumber() {
        auto bc = client();
        auto acme = await<std::optional<ErpCustomer>>(
            [&](auto done) { bc->customer(QStringLiteral("C00001"), done); });
        VERIFY_ANSWER_OK(acme);
        QVERIFY(acme->value().has_value());
        QCOMPARE(acme->value()->email, QStringLiteral("orders@acme.example"));

        auto stopped = await<std::optional<ErpCustomer>>(
            [&](auto done) { bc->customer(QStringLiteral("C00005"), done); });
        QVERIFY(stopped && stopped->ok() && stopped->value().has_value());
        QVERIFY(stopped->value()->blocked);
        QVERIFY(stopped->value()->blockedReason.contains(QLatin1String("All")));

        verifyNoCustomer(*bc, QStringLiteral("C'99"));
    }

    void itemByNumber() { verifyItemLookups(*client(), QStringLiteral("1000"), QStringLiteral("9999")); }

    void wrongSecretGivesClearAuthFailure() {
        auto bc = client(QStringLiteral("wrong-secret-xyz"));
        auto found = await<QList<ErpCustomer>>(
            [&](auto done) { bc->findCustomers(byEmail(QStringLiteral("orders@acme.example")), done); });
        QVERIFY(found);
        QVERIFY(!found->ok());
        QCOMPARE_NAMED(found->error().kind, ErrorKind::Configuration);
        QVERIFY2(found->message().contains(QLatin1String("sign-in failed")), qPrintable(found->message()));
        QVERIFY2(found->message().contains(QLatin1String("Invalid client secret")),
                 qPrintable(found->message()));
        QVERIFY(!found->message().contains(QLatin1String("wrong-secret-xyz")));
        // No API call was made without a token.
        const QJsonObject counts = m_sandbox->stateAt({"erp", "counts", "businesscentral"}).toObject();
        QCOMPARE(counts.value(QStringLiteral("requests")).toInt(), 0);
    }

    void tokenIsCachedAndRefreshedOnceOn401() {
        auto bc = client();
        for (int i = 0; i < 3; ++i) {
            auto r = await<bool>([&](auto done) { bc->itemExists(QStringLiteral("1000"), done); });
            VERIFY_ANSWER_OK(r);
        }
        QCOMPARE(bc->tokensFetched(), 1);

        // The server forgets every token: the next call gets a 401, fetches one new token and
        // succeeds.
        m_sandbox->post(QStringLiteral("/_sandbox/erp/revoke-tokens"), {});
        auto after = await<std::optional<ErpCustomer>>(
            [&](auto done) { bc->customer(QStringLiteral("C00001"), done); });
        VERIFY_ANSWER_OK(after);
        QVERIFY(after->value().has_value());
        QCOMPARE(bc->tokensFetched(), 2);
        const QJsonObject counts = m_sandbox->stateAt({"erp", "counts", "businesscentral"}).toObject();
        QCOMPARE(counts.value(QStringLiteral("unauthorized")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("tokens")).toInt(), 2);
    }

    void concurrentCallsShareOneToken() {
        auto bc = client();
        int answered = 0;
        for (const char* number : {"1000", "2000", "3000", "4000", "5000"}) {
            bc->itemExists(QLatin1String(number),
                           [&answered](Result<bool> r) { answered += r.ok() ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 20000);
        QCOMPARE(bc->tokensFetched(), 1);
    }

    void refreshesOnlyOnceWhenTokensKeepFailing() {
        restartSandbox(seed(0)); // every token is dead on arrival
        auto bc = client();
        auto r = await<bool>([&](auto done) { bc->itemExists(QStringLiteral("1000"), done); });
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE_NAMED(r->error().kind, ErrorKind::Configuration);
        QVERIFY2(r->message().contains(QLatin1String("expired or not valid")), qPrintable(r->message()));
        QCOMPARE(bc->tokensFetched(), 2);
    }

    void expiredTokenIsRefreshed() {
        // The token really works for 1 s although the endpoint announces an hour.
        restartSandbox(seed(1));
        auto bc = client();
        auto first = await<bool>([&](auto done) { bc->itemExists(QStringLiteral("1000"), done); });
        VERIFY_ANSWER_OK(first);
        QTest::qWait(1500);
        auto second = await<bool>([&](auto done) { bc->itemExists(QStringLiteral("2000"), done); });
        VERIFY_ANSWER_OK(second);
        QCOMPARE(second->value(), true);
        QCOMPARE(bc->tokensFetched(), 2);
    }

    void createsCustomerFromTemplate() {
        auto bc = client();
        ErpCustomer c;
        c.name = QStringLiteral("New Client GmbH");
        c.email = QStringLiteral("buyer@new.example");
        c.currencyCode = QStringLiteral("EUR");
        c.country = QStringLiteral("DE");
        c.vatNumber = QStringLiteral("DE999");
        const QJsonObject templ{{QStringLiteral("creditLimit"), 500},
                                {QStringLiteral("currencyCode"), QStringLiteral("GBP")},
                                {QStringLiteral("taxLiable"), true}};
        auto created = await<ErpCustomer>([&](auto done) { bc->createCustomer(c, templ, done); });
        VERIFY_ANSWER_OK(created);
        QVERIFY(created->value().isValid());
        QCOMPARE(created->value().currencyCode, QStringLiteral("EUR")); // the customer's over the template's

        QJsonObject stored;
        for (const QJsonValue& v : m_sandbox->erpState().value(QStringLiteral("customers")).toArray()) {
            if (v.toObject().value(QStringLiteral("number")).toString() == created->value().number)
                stored = v.toObject();
        }
        QCOMPARE(stored.value(QStringLiteral("creditLimit")).toInt(), 500);
        QCOMPARE(stored.value(QStringLiteral("taxRegistrationNumber")).toString(), QStringLiteral("DE999"));

        auto found = await<QList<ErpCustomer>>(
            [&](auto done) { bc->findCustomers(byEmail(QStringLiteral("buyer@new.example")), done); });
        VERIFY_ANSWER_OK(found);
        QCOMPARE(numbers(found->value()), QStringList{created->value().number});
    }

    void createCustomerWithLostAnswerIsUnknownOutcome() {
        auto bc = client();
        warmUp(*bc);
        const int before = m_sandbox->erpState().value(QStringLiteral("customers")).toArray().size();
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("commit_then_fail_next"), 1}});
        ErpCustomer c;
        c.name = QStringLiteral("Lost Answer Ltd");
        c.email = QStringLiteral("lost@example.com");
        auto created = await<ErpCustomer>([&](auto done) { bc->createCustomer(c, {}, done); });
        QVERIFY(created);
        QVERIFY(!created->ok());
        QCOMPARE_NAMED(created->error().kind, ErrorKind::UnknownOutcome);
        // Not repeated: the customer exists exactly once.
        QCOMPARE(m_sandbox->erpState().value(QStringLiteral("customers")).toArray().size(), before + 1);
    }

    void failedSignInBeforeCreateIsNotUnknownOutcome() {
        // The token endpoint fails on every attempt: the create was never sent, so its outcome is
        // known (nothing was created), and the caller may simply try again later.
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("fail_next"), 10}});
        auto bc = client();
        const int before = m_sandbox->erpState().value(QStringLiteral("customers")).toArray().size();
        ErpCustomer c;
        c.name = QStringLiteral("Never Sent Ltd");
        auto created = await<ErpCustomer>([&](auto done) { bc->createCustomer(c, {}, done); });
        QVERIFY(created && !created->ok());
        QCOMPARE_NAMED(created->error().kind, ErrorKind::Transient); // never sent: not unknown
        QVERIFY2(created->message().contains(QLatin1String("sign-in failed")),
                 qPrintable(created->message()));
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("fail_next"), 0}});
        QCOMPARE(m_sandbox->erpState().value(QStringLiteral("customers")).toArray().size(), before);
    }

    void submitsOrderOnceAndFindsItAgain() {
        auto bc = client();
        ErpSalesOrder order;
        order.externalDocumentNumber = QStringLiteral("WEB-1001");
        order.customerNumber = QStringLiteral("C00001");
        order.lines = {ErpOrderLine{QStringLiteral("1000"), 2, std::nullopt, {}},
                       ErpOrderLine{QStringLiteral("2000"), 100, 0.15, QStringLiteral("Flyers A5")}};
        order.extraFields = {{QStringLiteral("yourReference"), QStringLiteral("web order 1001")}};
        auto first = await<ErpSalesOrder>([&](auto done) { bc->submitSalesOrder(order, done); });
        VERIFY_ANSWER_OK(first);
        QVERIFY(!first->value().alreadyExisted);
        QVERIFY(!first->value().number.isEmpty());
        QCOMPARE(first->value().lines.size(), 2);
        QCOMPARE(*first->value().lines.at(0).unitPrice, 10.0); // customer price
        QCOMPARE(*first->value().lines.at(1).unitPrice, 0.15);

        auto again = await<ErpSalesOrder>([&](auto done) { bc->submitSalesOrder(order, done); });
        VERIFY_ANSWER_OK(again);
        QVERIFY(again->value().alreadyExisted);
        QCOMPARE(again->value().number, first->value().number);

        auto found = await<std::optional<ErpSalesOrder>>(
            [&](auto done) { bc->findSalesOrder(QStringLiteral("WEB-1001"), done); });
        QVERIFY(found && found->ok() && found->value().has_value());
        QCOMPARE(found->value()->customerNumber, QStringLiteral("C00001"));
        QCOMPARE(found->value()->lines.size(), 2);

        QCOMPARE(storedOrders(QStringLiteral("WEB-1001")), 1);
    }

    // Shipping as a G/L account line at the shop's amount; a description over Business Central's
    // 100 characters is cut to fit rather than refused; read back with both lines.
    void submitsAccountLinesAndFitsDescriptions() {
        auto bc = client();
        ErpSalesOrder order;
        order.externalDocumentNumber = QStringLiteral("WEB-1003");
        order.customerNumber = QStringLiteral("C00001");
        order.lines = {ErpOrderLine{QStringLiteral("1000"), 1, std::nullopt, QString(130, QLatin1Char('x'))},
                       ErpOrderLine{QStringLiteral("6110"), 1, 4.95, QStringLiteral("Flat rate"),
                                    ErpOrderLine::Type::Account}};
        auto sent = await<ErpSalesOrder>([&](auto done) { bc->submitSalesOrder(order, done); });
        VERIFY_ANSWER_OK(sent);
        QCOMPARE(sent->value().lines.size(), 2);
        QCOMPARE(sent->value().lines.at(0).description, QString(100, QLatin1Char('x')));
        QVERIFY(sent->value().lines.at(1).type == ErpOrderLine::Type::Account);
        QCOMPARE(sent->value().lines.at(1).itemNumber, QStringLiteral("6110"));
        QCOMPARE(*sent->value().lines.at(1).unitPrice, 4.95);

        order.externalDocumentNumber = QStringLiteral("WEB-1004");
        order.lines[1].itemNumber = QStringLiteral("6999");
        auto refused = await<ErpSalesOrder>([&](auto done) { bc->submitSalesOrder(order, done); });
        QVERIFY(refused && !refused->ok());
        QVERIFY2(refused->message().contains(QStringLiteral("(G/L Account)")),
                 qPrintable(refused->message()));
        QVERIFY2(refused->message().startsWith(QStringLiteral("Business Central refused the sales order: ")),
                 qPrintable(refused->message()));
        QVERIFY(refused->error().isPermanent());

        // An item Business Central does not have: said in words; the request and answer in the detail.
        order.externalDocumentNumber = QStringLiteral("WEB-1005");
        order.lines[1].itemNumber = QStringLiteral("6110");
        order.lines[0].itemNumber = QStringLiteral("NOPE-123");
        auto unknown = await<ErpSalesOrder>([&](auto done) { bc->submitSalesOrder(order, done); });
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->message(), QStringLiteral("Business Central does not know item NOPE-123."));
        QCOMPARE_NAMED(unknown->error().kind, ErrorKind::Refused);
        const QString detail = unknown->error().detail;
        for (const char* part : {"POST http://", "/salesOrders?", "HTTP 400", "Internal_RecordNotFound"})
            QVERIFY2(detail.contains(QLatin1String(part)), qPrintable(detail));
        for (const char* secret : {"Bearer", "client_secret", "access_token"})
            QVERIFY2(!detail.contains(QLatin1String(secret)), qPrintable(detail));
    }

    void commitThenFailOnSubmitMakesExactlyOneOrder() {
        auto bc = client();
        warmUp(*bc); // the token POST is not the one that fails
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("commit_then_fail_next"), 1}});
        ErpSalesOrder order = oneItemOrder(QStringLiteral("WEB-O'2002"), QStringLiteral("C00002"));
        auto submitted = await<ErpSalesOrder>([&](auto done) { bc->submitSalesOrder(order, done); });
        VERIFY_ANSWER_OK(submitted);
        QVERIFY(submitted->value().alreadyExisted); // found after the lost answer
        const QJsonObject state = m_sandbox->erpState();
        QCOMPARE(erptest::countOrders(state, QStringLiteral("externalDocumentNumber"),
                                      QStringLiteral("WEB-O'2002")),
                 1);
        QCOMPARE(state.value(QStringLiteral("salesOrders")).toArray().size(), 1);
    }

    void hungSubmitIsUnknownOutcomeAndNeverDoubled() {
        auto bc = client(Secret, 1000);
        warmUp(*bc);
        ErpSalesOrder order = oneItemOrder(QStringLiteral("WEB-4004"), QStringLiteral("C00001"));
        // The look-up passes, the POST is never answered: no second POST, an unknown outcome.
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("hang_next_post"), 1}});
        auto submitted = await<ErpSalesOrder>([&](auto done) { bc->submitSalesOrder(order, done); });
        QVERIFY(submitted);
        QVERIFY(!submitted->ok());
        QCOMPARE_NAMED(submitted->error().kind, ErrorKind::UnknownOutcome);
        QCOMPARE(storedOrders(QStringLiteral("WEB-4004")), 0);
        // The next attempt asks first and creates it once.
        auto retried = await<ErpSalesOrder>([&](auto done) { bc->submitSalesOrder(order, done); });
        VERIFY_ANSWER_OK(retried);
        QCOMPARE(storedOrders(QStringLiteral("WEB-4004")), 1);
    }

    void failedSubmitIsReadable() {
        auto bc = client();
        ErpSalesOrder order = oneItemOrder(QStringLiteral("WEB-3003"), QStringLiteral("C00005")); // blocked
        auto submitted = await<ErpSalesOrder>([&](auto done) { bc->submitSalesOrder(order, done); });
        QVERIFY(submitted && !submitted->ok());
        QVERIFY2(submitted->message().contains(QLatin1String("blocked")), qPrintable(submitted->message()));
        QCOMPARE_NAMED(submitted->error().kind, ErrorKind::Refused);
    }

    void pricesUseCustomerPriceAndLeaveNoQuote() {
        auto bc = client();
        const QList<ErpOrderLine> lines{ErpOrderLine{QStringLiteral("1000"), 2, std::nullopt, {}},
                                        ErpOrderLine{QStringLiteral("2000"), 500, std::nullopt, {}}};
        auto acme =
            await<QList<ErpPrice>>([&](auto done) { bc->prices(QStringLiteral("C00001"), lines, done); });
        VERIFY_ANSWER_OK(acme);
        QCOMPARE(acme->value().size(), 2);
        QCOMPARE(acme->value().at(0).itemNumber, QStringLiteral("1000"));
        QCOMPARE(acme->value().at(0).unitPrice, 10.0);
        QCOMPARE(acme->value().at(1).unitPrice, 0.2);
        QCOMPARE(acme->value().at(1).quantity, 500.0);

        auto other =
            await<QList<ErpPrice>>([&](auto done) { bc->prices(QStringLiteral("C00003"), lines, done); });
        VERIFY_ANSWER_OK(other);
        QCOMPARE(other->value().at(0).unitPrice, 12.5);

        QTRY_COMPARE(m_sandbox->erpState().value(QStringLiteral("openSalesQuotes")).toInt(), 0);
    }

    void cachedDirectoryFetchesThroughTheClient() {
        // The production ErpDirectory over this client: misses fetched once, then known from the
        // cache, including the email with a quote.
        auto bc = client();
        LookupCache cache(600);
        CachedErpDirectory directory(bc.get(), &cache);
        const CustomerSearch search = byEmail(QStringLiteral("o'brien@example.com"));
        QVERIFY(!directory.findCustomers(search).isKnown());
        QVERIFY(!directory.itemExists(QStringLiteral("2000")).isKnown());
        using Kind = MissingLookup::Kind;
        const QList<MissingLookup> misses{{Kind::CustomersByEmail, search, {}},
                                          {Kind::Item, {}, QStringLiteral("2000")},
                                          {Kind::Item, {}, QStringLiteral("9999")},
                                          {Kind::Customer, {}, QStringLiteral("C00005")}};
        std::optional<QList<Error>> errors;
        directory.fetchAsync(misses, [&errors](const QList<Error>& e) { errors = e; });
        QTRY_VERIFY_WITH_TIMEOUT(errors.has_value(), 20000);
        QVERIFY(errors->isEmpty());
        const auto found = directory.findCustomers(search);
        QVERIFY(found.isKnown());
        QCOMPARE(numbers(found.value), QStringList{QStringLiteral("C00002")});
        QCOMPARE(directory.itemExists(QStringLiteral("2000")).value, true);
        QCOMPARE(directory.itemExists(QStringLiteral("9999")).value, false);
        const auto stopped = directory.customer(QStringLiteral("C00005"));
        QVERIFY(stopped.isKnown() && stopped.value.has_value() && stopped.value->blocked);
        QCOMPARE(directory.fetchCallsStarted(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCentralClient)
#include "tst_businesscentralclient.moc"
