// TharsternClient against linkdesk-sandbox over real HTTP.
#include "domainprinters.h"
#include "erp/tharsternclient.h"
#include "erpclienttest.h"

#include <QTest>

using namespace linkdesk;
using erptest::await;
using erptest::customerJson;

namespace {

const QString User = QStringLiteral("api@example.com");
const QString Password = QStringLiteral("th-pa55+word&x");

QJsonObject seed() {
    QJsonObject acme = customerJson("C00001", "Acme Print Ltd", "orders@acme.example", "GBP", "GB");
    acme.insert(QStringLiteral("contacts"),
                QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("Buyer@Acme.example")},
                                       {QStringLiteral("firstName"), QStringLiteral("Bea")},
                                       {QStringLiteral("lastName"), QStringLiteral("Buyer")}}});
    const QJsonArray customers{
        acme,
        customerJson("C00002", "O'Brien & Sons", "o'brien@example.com", "EUR", "IE"),
        customerJson("C00003", "Shared Europe", "shared@example.com", "EUR", "DE"),
        customerJson("C00004", "Shared Britain", "Shared@Example.COM", "GBP", "GB"),
        customerJson("C00005", "Stopped Ltd", "stopped@example.com", "GBP", "GB", "All"),
    };
    const QJsonArray items{
        QJsonObject{{QStringLiteral("number"), QStringLiteral("BC-85x55")},
                    {QStringLiteral("displayName"), QStringLiteral("Business cards")},
                    {QStringLiteral("unitPrice"), 12.5}},
        QJsonObject{{QStringLiteral("number"), QStringLiteral("FLY-A5")},
                    {QStringLiteral("displayName"), QStringLiteral("Flyers")},
                    {QStringLiteral("unitPrice"), 0.2}},
    };
    const QJsonArray prices{QJsonObject{{QStringLiteral("customerNumber"), QStringLiteral("C00001")},
                                        {QStringLiteral("itemNumber"), QStringLiteral("BC-85x55")},
                                        {QStringLiteral("unitPrice"), 10.0}}};
    return QJsonObject{{QStringLiteral("erp"), QJsonObject{{QStringLiteral("tharstern_user"), User},
                                                           {QStringLiteral("tharstern_password"), Password},
                                                           {QStringLiteral("customers"), customers},
                                                           {QStringLiteral("items"), items},
                                                           {QStringLiteral("prices"), prices}}}};
}

QJsonObject tharsternCounts(const QJsonObject& state) {
    return state.value(QStringLiteral("counts")).toObject().value(QStringLiteral("tharstern")).toObject();
}

} // namespace

class TestTharsternClient : public erptest::ClientTest {
    Q_OBJECT

    std::unique_ptr<TharsternClient> client(const QString& password = Password, int timeoutMs = 5000) {
        TharsternConfig config;
        config.apiUrl = QUrl(m_sandbox->base() + QStringLiteral("/tharstern"));
        config.user = User;
        config.password = password;
        config.timeoutMs = timeoutMs;
        return std::make_unique<TharsternClient>(config, http());
    }

    static ErpSalesOrder order(const QString& id, const QString& customer) {
        ErpSalesOrder o;
        o.externalDocumentNumber = id;
        o.customerNumber = customer;
        o.lines = {ErpOrderLine{QStringLiteral("BC-85x55"), 250, std::nullopt, {}},
                   ErpOrderLine{QStringLiteral("FLY-A5"), 1000, 0.18, QStringLiteral("Flyers, A5")}};
        return o;
    }

private slots:
    void initTestCase() { erptest::LogCapture::install(); }

    void cleanupTestCase() { verifyNoSecretLogged({Password, QStringLiteral("not-the-pa55word")}); }

    void init() { setUp(seed()); }
    void cleanup() { tearDown(); }

    void problemsAreReadable() {
        const QJsonArray problems{
            QJsonObject{{QStringLiteral("Code"), QStringLiteral("Validation")},
                        {QStringLiteral("Message"), QStringLiteral("Name is required.")}},
            QStringLiteral("Second problem")};
        QCOMPARE(TharsternClient::problemsText(problems),
                 QStringLiteral("Name is required. (Validation); Second problem"));
    }

    void findsCustomerByCode() {
        auto th = client();
        auto acme = await<std::optional<ErpCustomer>>(
            [&](auto done) { th->customer(QStringLiteral("C00001"), done); });
        QVERIFY(acme);
        QVERIFY2(acme->ok(), qPrintable(acme->message()));
        QVERIFY(acme->value().has_value());
        QCOMPARE(acme->value()->name, QStringLiteral("Acme Print Ltd"));
        QCOMPARE(acme->value()->email, QStringLiteral("orders@acme.example"));

        auto stopped = await<std::optional<ErpCustomer>>(
            [&](auto done) { th->customer(QStringLiteral("C00005"), done); });
        QVERIFY(stopped && stopped->ok() && stopped->value().has_value());
        QVERIFY(stopped->value()->blocked);

        auto missing =
            await<std::optional<ErpCustomer>>([&](auto done) { th->customer(QStringLiteral("NOPE"), done); });
        QVERIFY(missing && missing->ok());
        QVERIFY(!missing->value().has_value());
    }

    void findsCustomersByEmailWithMatchFields() {
        auto th = client();
        auto obrien = await<QList<ErpCustomer>>(
            [&](auto done) { th->findCustomers(byEmail(QStringLiteral("o'brien@example.com")), done); });
        QVERIFY(obrien);
        QVERIFY2(obrien->ok(), qPrintable(obrien->message()));
        QCOMPARE(numbers(obrien->value()), QStringList{QStringLiteral("C00002")});

        auto both = await<QList<ErpCustomer>>(
            [&](auto done) { th->findCustomers(byEmail(QStringLiteral("shared@example.com")), done); });
        QVERIFY(both && both->ok());
        QCOMPARE(numbers(both->value()), (QStringList{QStringLiteral("C00003"), QStringLiteral("C00004")}));

        auto gbp = await<QList<ErpCustomer>>([&](auto done) {
            th->findCustomers(byEmail(QStringLiteral("shared@example.com"), {QStringLiteral("currency_code")},
                                      QStringLiteral("GBP")),
                              done);
        });
        QVERIFY(gbp && gbp->ok());
        QCOMPARE(numbers(gbp->value()), QStringList{QStringLiteral("C00004")});
    }

    void productExists() {
        auto th = client();
        auto yes = await<bool>([&](auto done) { th->itemExists(QStringLiteral("FLY-A5"), done); });
        QVERIFY(yes && yes->ok());
        QCOMPARE(yes->value(), true);
        auto no = await<bool>([&](auto done) { th->itemExists(QStringLiteral("NOPE"), done); });
        QVERIFY(no && no->ok());
        QCOMPARE(no->value(), false);
    }

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
        QCOMPARE(tharsternCounts(m_sandbox->erpState()).value(QStringLiteral("requests")).toInt(), 0);
    }

    void tokenIsReusedAndRefreshedOnceOn401() {
        auto th = client();
        for (int i = 0; i < 3; ++i) {
            auto r = await<bool>([&](auto done) { th->itemExists(QStringLiteral("FLY-A5"), done); });
            QVERIFY(r && r->ok());
        }
        QCOMPARE(th->tokensFetched(), 1);
        m_sandbox->post(QStringLiteral("/_sandbox/erp/revoke-tokens"), {});
        auto after = await<std::optional<ErpCustomer>>(
            [&](auto done) { th->customer(QStringLiteral("C00001"), done); });
        QVERIFY(after);
        QVERIFY2(after->ok(), qPrintable(after->message()));
        QVERIFY(after->value().has_value());
        QCOMPARE(th->tokensFetched(), 2);
        const QJsonObject counts = tharsternCounts(m_sandbox->erpState());
        QCOMPARE(counts.value(QStringLiteral("unauthorized")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("tokens")).toInt(), 2);
    }

    void createsCustomerFromTemplate() {
        auto th = client();
        ErpCustomer c;
        c.name = QStringLiteral("New Client GmbH");
        c.email = QStringLiteral("buyer@new.example");
        c.currencyCode = QStringLiteral("EUR");
        c.country = QStringLiteral("DE");
        auto created = await<ErpCustomer>([&](auto done) {
            th->createCustomer(c, {{QStringLiteral("CurrencyCode"), QStringLiteral("GBP")}}, done);
        });
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->message()));
        QVERIFY(created->value().isValid());
        QCOMPARE(created->value().currencyCode, QStringLiteral("EUR"));
        auto found = await<QList<ErpCustomer>>(
            [&](auto done) { th->findCustomers(byEmail(QStringLiteral("buyer@new.example")), done); });
        QVERIFY(found && found->ok());
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

    void createCustomerWithLostAnswerIsUnknownOutcome() {
        auto th = client();
        auto warm = await<bool>([&](auto done) { th->itemExists(QStringLiteral("FLY-A5"), done); });
        QVERIFY(warm && warm->ok());
        const int before = m_sandbox->erpState().value(QStringLiteral("customers")).toArray().size();
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("commit_then_fail_next"), 1}});
        ErpCustomer c;
        c.name = QStringLiteral("Lost Answer Ltd");
        auto created = await<ErpCustomer>([&](auto done) { th->createCustomer(c, {}, done); });
        QVERIFY(created && !created->ok());
        QCOMPARE_NAMED(created->error().kind, ErrorKind::UnknownOutcome);
        QCOMPARE(m_sandbox->erpState().value(QStringLiteral("customers")).toArray().size(), before + 1);
    }

    void pricesUseCustomerPriceThroughEstimates() {
        auto th = client();
        const QList<ErpOrderLine> lines{ErpOrderLine{QStringLiteral("BC-85x55"), 250, std::nullopt, {}},
                                        ErpOrderLine{QStringLiteral("FLY-A5"), 1000, std::nullopt, {}}};
        auto acme =
            await<QList<ErpPrice>>([&](auto done) { th->prices(QStringLiteral("C00001"), lines, done); });
        QVERIFY(acme);
        QVERIFY2(acme->ok(), qPrintable(acme->message()));
        QCOMPARE(acme->value().size(), 2);
        QCOMPARE(acme->value().at(0).itemNumber, QStringLiteral("BC-85x55"));
        QCOMPARE(acme->value().at(0).unitPrice, 10.0);
        QCOMPARE(acme->value().at(0).quantity, 250.0);
        QCOMPARE(acme->value().at(1).unitPrice, 0.2);

        auto other =
            await<QList<ErpPrice>>([&](auto done) { th->prices(QStringLiteral("C00003"), lines, done); });
        QVERIFY(other && other->ok());
        QCOMPARE(other->value().at(0).unitPrice, 12.5);
        QCOMPARE(m_sandbox->erpState().value(QStringLiteral("estimates")).toInt(), 4);

        auto unknown =
            await<QList<ErpPrice>>([&](auto done) { th->prices(QStringLiteral("NOPE"), lines, done); });
        QVERIFY(unknown && !unknown->ok());
        QVERIFY2(unknown->message().contains(QLatin1String("Customer 'NOPE' was not found.")),
                 qPrintable(unknown->message()));
    }

    void submitsOrderOnce() {
        auto th = client();
        auto first = await<ErpSalesOrder>([&](auto done) {
            th->submitSalesOrder(order(QStringLiteral("web-1001"), QStringLiteral("C00001")), done);
        });
        QVERIFY(first);
        QVERIFY2(first->ok(), qPrintable(first->message()));
        QVERIFY(!first->value().alreadyExisted);
        QVERIFY(!first->value().number.isEmpty());
        auto again = await<ErpSalesOrder>([&](auto done) {
            th->submitSalesOrder(order(QStringLiteral("web-1001"), QStringLiteral("C00001")), done);
        });
        QVERIFY(again && again->ok());
        QVERIFY(again->value().alreadyExisted);
        QCOMPARE(again->value().number, first->value().number);
        const QJsonObject state = m_sandbox->erpState();
        QCOMPARE(
            erptest::countOrders(state, QStringLiteral("uniqueSubmitOrderId"), QStringLiteral("web-1001")),
            1);
        // The customer price where there is one, the given price where the line has one.
        const QJsonArray lines = state.value(QStringLiteral("salesOrders"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("lines"))
                                     .toArray();
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("unitPrice")).toDouble(), 10.0);
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("unitPrice")).toDouble(), 0.18);
    }

    void commitThenFailOnSubmitMakesExactlyOneOrder() {
        auto th = client();
        auto warm = await<bool>([&](auto done) { th->itemExists(QStringLiteral("FLY-A5"), done); });
        QVERIFY(warm && warm->ok());
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("commit_then_fail_next"), 1}});
        auto submitted = await<ErpSalesOrder>([&](auto done) {
            th->submitSalesOrder(order(QStringLiteral("web-2002"), QStringLiteral("C00002")), done);
        });
        QVERIFY(submitted);
        QVERIFY2(submitted->ok(), qPrintable(submitted->message()));
        QVERIFY(submitted->value().alreadyExisted);
        const QJsonObject state = m_sandbox->erpState();
        QCOMPARE(
            erptest::countOrders(state, QStringLiteral("uniqueSubmitOrderId"), QStringLiteral("web-2002")),
            1);
        QCOMPARE(state.value(QStringLiteral("salesOrders")).toArray().size(), 1);
        QCOMPARE(tharsternCounts(state).value(QStringLiteral("orderCreates")).toInt(), 1);
    }

    void submitProblemsAreReported() {
        auto th = client();
        auto stopped = await<ErpSalesOrder>([&](auto done) {
            th->submitSalesOrder(order(QStringLiteral("web-3003"), QStringLiteral("C00005")), done);
        });
        QVERIFY(stopped && !stopped->ok());
        QVERIFY2(stopped->message().contains(QLatin1String("Customer 'C00005' is on stop.")),
                 qPrintable(stopped->message()));
        QCOMPARE_NAMED(stopped->error().kind, ErrorKind::Refused);

        auto unsupported = await<std::optional<ErpSalesOrder>>(
            [&](auto done) { th->findSalesOrder(QStringLiteral("web-1"), done); });
        QVERIFY(unsupported && !unsupported->ok());
        QCOMPARE_NAMED(unsupported->error().kind, ErrorKind::NotFound);
    }

    void findsCustomersThroughContactDirectory() {
        TharsternConfig config;
        config.apiUrl = QUrl(m_sandbox->base() + QStringLiteral("/tharstern"));
        config.user = User;
        config.password = Password;
        config.emailSearchByContacts = true;
        TharsternClient th(config, http());

        auto buyer = await<QList<ErpCustomer>>(
            [&](auto done) { th.findCustomers(byEmail(QStringLiteral("buyer@acme.example")), done); });
        QVERIFY(buyer);
        QVERIFY2(buyer->ok(), qPrintable(buyer->message()));
        QCOMPARE(numbers(buyer->value()), QStringList{QStringLiteral("C00001")});
        QCOMPARE(buyer->value().first().email, QStringLiteral("Buyer@Acme.example")); // the contact's

        auto obrien = await<QList<ErpCustomer>>(
            [&](auto done) { th.findCustomers(byEmail(QStringLiteral("o'brien@example.com")), done); });
        QVERIFY(obrien && obrien->ok());
        QCOMPARE(numbers(obrien->value()), QStringList{QStringLiteral("C00002")});

        auto gbp = await<QList<ErpCustomer>>([&](auto done) {
            th.findCustomers(byEmail(QStringLiteral("shared@example.com"), {QStringLiteral("currency_code")},
                                     QStringLiteral("GBP")),
                             done);
        });
        QVERIFY(gbp && gbp->ok());
        QCOMPARE(numbers(gbp->value()), QStringList{QStringLiteral("C00004")});

        // A customer Linkdesk creates is in the directory at once, without a reload.
        ErpCustomer c;
        c.name = QStringLiteral("Fresh Ltd");
        c.email = QStringLiteral("fresh@example.com");
        auto created = await<ErpCustomer>([&](auto done) { th.createCustomer(c, {}, done); });
        QVERIFY(created && created->ok());
        auto fresh = await<QList<ErpCustomer>>(
            [&](auto done) { th.findCustomers(byEmail(QStringLiteral("fresh@example.com")), done); });
        QVERIFY(fresh && fresh->ok());
        QCOMPARE(numbers(fresh->value()), QStringList{created->value().number});
        QCOMPARE(th.contactDirectoryLoads(), 1);
        QCOMPARE(tharsternCounts(m_sandbox->erpState()).value(QStringLiteral("contactLookups")).toInt(), 1);

        th.clearContactDirectory();
        auto again = await<QList<ErpCustomer>>(
            [&](auto done) { th.findCustomers(byEmail(QStringLiteral("fresh@example.com")), done); });
        QVERIFY(again && again->ok());
        QCOMPARE(again->value().size(), 1);
        QCOMPARE(th.contactDirectoryLoads(), 2);
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

    void hungSubmitIsSentAgainAndStillOneOrder() {
        // A submit whose answer never comes is sent again: UniqueSubmitOrderID makes that safe.
        auto th = client(Password, 1000);
        auto warm = await<bool>([&](auto done) { th->itemExists(QStringLiteral("FLY-A5"), done); });
        QVERIFY(warm && warm->ok());
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("hang_next_post"), 1}});
        auto submitted = await<ErpSalesOrder>([&](auto done) {
            th->submitSalesOrder(order(QStringLiteral("web-5005"), QStringLiteral("C00003")), done);
        });
        QVERIFY(submitted);
        QVERIFY2(submitted->ok(), qPrintable(submitted->message()));
        QCOMPARE(erptest::countOrders(m_sandbox->erpState(), QStringLiteral("uniqueSubmitOrderId"),
                                      QStringLiteral("web-5005")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestTharsternClient)
#include "tst_tharsternclient.moc"
