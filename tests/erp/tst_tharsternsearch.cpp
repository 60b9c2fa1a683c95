// TharsternClient's e-mail search against linkdesk-sandbox: a site's own search endpoint (its
// answer checked, so a server ignoring the parameter is a configuration error, never "no
// customer"), and the directory of every customer and contact, read page by page, kept in the
// look-up cache for its TTL and read again for a search that must be fresh.
#include "domainprinters.h"
#include "erp/lookupcache.h"
#include "erpclienttest.h"
#include "tharsterntest.h"

#include <QTest>

using namespace linkdesk;
using erptest::await;
using tharsterntest::counts;

class TestTharsternSearch : public erptest::ClientTest {
    Q_OBJECT

    std::optional<Result<QList<ErpCustomer>>> search(TharsternClient& th, const CustomerSearch& s) {
        return await<QList<ErpCustomer>>([&](auto done) { th.findCustomers(s, done); });
    }
    QStringList found(TharsternClient& th, const QString& email) {
        auto r = search(th, byEmail(email));
        if (!r || !r->ok()) {
            qWarning("%s", r ? qPrintable(r->message()) : "no answer");
            return {QStringLiteral("<failed>")};
        }
        return numbers(r->value());
    }
    // A search for email through a client on c fails as a configuration error whose message holds
    // each of these texts.
    void verifyConfigurationError(const TharsternConfig& c, const QString& email,
                                  const QStringList& says = {}) {
        TharsternClient th(c, http());
        auto r = search(th, byEmail(email));
        QVERIFY(r && !r->ok());
        QCOMPARE_NAMED(r->error().kind, ErrorKind::Configuration);
        for (const QString& text : says)
            QVERIFY2(r->message().contains(text), qPrintable(r->message()));
    }
    TharsternConfig directoryConfig() const {
        TharsternConfig c = tharsterntest::config(m_sandbox->base());
        c.customerSearch = TharsternConfig::Search::Contacts;
        return c;
    }

private slots:
    void init() { setUp(tharsterntest::seed()); }
    void cleanup() { tearDown(); }

    // ---- customer_search=endpoint ----

    void siteSearchFindsCustomersAndTheirContacts() {
        TharsternClient th(tharsterntest::config(m_sandbox->base()), http());
        QCOMPARE(found(th, QStringLiteral("o'brien@example.com")), QStringList{QStringLiteral("C00002")});
        QCOMPARE(found(th, QStringLiteral("shared@example.com")),
                 (QStringList{QStringLiteral("C00003"), QStringLiteral("C00004")}));
        auto gbp = search(th, byEmail(QStringLiteral("shared@example.com"), {QStringLiteral("currency_code")},
                                      QStringLiteral("GBP")));
        VERIFY_ANSWER_OK(gbp);
        QCOMPARE(numbers(gbp->value()), QStringList{QStringLiteral("C00004")});
        // Found only through a secondary contact: that contact's customer, with the contact's e-mail.
        auto buyer = search(th, byEmail(QStringLiteral("buyer@acme.example")));
        VERIFY_ANSWER_OK(buyer);
        QCOMPARE(numbers(buyer->value()), QStringList{QStringLiteral("C00001")});
        QCOMPARE(buyer->value().first().email, QStringLiteral("Buyer@Acme.example"));
        auto stopped = search(th, byEmail(QStringLiteral("stopped@example.com")));
        QVERIFY(stopped && stopped->ok() && stopped->value().size() == 1);
        QVERIFY(stopped->value().first().blocked);
        QCOMPARE(found(th, QStringLiteral("nobody@example.com")), QStringList());
        QCOMPARE(counts(m_sandbox->erpState()).value(QStringLiteral("emailSearches")).toInt(), 6);
    }

    void siteSearchOverContactRows() {
        QJsonObject site = tharsterntest::siteWithSearch();
        site.insert(QStringLiteral("search_path"), QStringLiteral("contacts"));
        site.insert(QStringLiteral("search_parameter"), QStringLiteral("email"));
        restartSandbox(tharsterntest::seed(site));
        TharsternConfig c = tharsterntest::config(m_sandbox->base());
        c.customerSearchPath = QStringLiteral("contacts");
        c.customerSearchParameter = QStringLiteral("email");
        TharsternClient th(c, http());
        auto buyer = search(th, byEmail(QStringLiteral("buyer@acme.example")));
        VERIFY_ANSWER_OK(buyer);
        QCOMPARE(numbers(buyer->value()), QStringList{QStringLiteral("C00001")});
        QCOMPARE(buyer->value().first().name, QStringLiteral("Acme Print Ltd"));
    }

    void ignoredParameterIsAConfigurationErrorNotNoCustomer() {
        // No e-mail search on this site: GET customers?email= answers its first page of everything.
        restartSandbox(tharsterntest::seed(QJsonObject{}));
        TharsternConfig c = tharsterntest::config(m_sandbox->base());
        c.customerSearchPath = QStringLiteral("customers");
        c.customerSearchParameter = QStringLiteral("email");
        verifyConfigurationError(
            c, QStringLiteral("new.customer@example.com"),
            {QStringLiteral("ignores the parameter email"), QStringLiteral("customer_search_path")});
    }

    void rowsWithoutEmailCannotBeTrusted() {
        TharsternConfig c = tharsterntest::config(m_sandbox->base());
        c.customerSearchPath = QStringLiteral("products"); // answers rows, none with an e-mail
        verifyConfigurationError(c, QStringLiteral("orders@acme.example"),
                                 {QStringLiteral("carry no e-mail")});
    }

    void missingSearchPathIsAConfigurationError() {
        TharsternConfig c = tharsterntest::config(m_sandbox->base());
        c.customerSearchPath = QStringLiteral("no/such/search");
        verifyConfigurationError(c, QStringLiteral("orders@acme.example"));
    }

    // ---- customer_search=contacts ----

    void directoryIsReadPageByPage() {
        QJsonObject site = tharsterntest::siteWithSearch();
        site.insert(QStringLiteral("page_size"), 2);
        restartSandbox(tharsterntest::seed(site));
        TharsternClient th(directoryConfig(), http());
        QCOMPARE(found(th, QStringLiteral("o'brien@example.com")), QStringList{QStringLiteral("C00002")});
        QCOMPARE(found(th, QStringLiteral("buyer@acme.example")), QStringList{QStringLiteral("C00001")});
        QCOMPARE(found(th, QStringLiteral("shared@example.com")),
                 (QStringList{QStringLiteral("C00003"), QStringLiteral("C00004")}));
        auto stopped = search(th, byEmail(QStringLiteral("stopped@example.com")));
        QVERIFY(stopped && stopped->ok() && stopped->value().size() == 1);
        QVERIFY(stopped->value().first().blocked);
        QCOMPARE(th.directoryLoads(), 1);
        const QJsonObject c = counts(m_sandbox->erpState());
        QCOMPARE(c.value(QStringLiteral("customerLookups")).toInt(), 3); // 5 customers, 2 a page
        QCOMPARE(c.value(QStringLiteral("contactLookups")).toInt(), 3);  // 6 contacts
        QCOMPARE(c.value(QStringLiteral("emailSearches")).toInt(), 0);
    }

    void serverIgnoringPagingIsAConfigurationError() {
        QJsonObject site = tharsterntest::siteWithSearch();
        site.insert(QStringLiteral("page_size"), 2);
        restartSandbox(tharsterntest::seed(site));
        TharsternConfig c = directoryConfig();
        c.pageParameter = QStringLiteral("pageNumber"); // not what the server reads
        verifyConfigurationError(c, QStringLiteral("o'brien@example.com"), {QStringLiteral("does not page")});
    }

    void directoryLivesInTheLookupCache() {
        LookupCache cache(600);
        {
            TharsternClient th(directoryConfig(), http());
            th.setLookupCache(&cache);
            QCOMPARE(found(th, QStringLiteral("o'brien@example.com")), QStringList{QStringLiteral("C00002")});
            QCOMPARE(th.directoryLoads(), 1);
            QVERIFY(cache.document(QStringLiteral("tharstern.directory")).has_value());
        }
        // Another client (the next CLI process restores the saved cache): no reload within the TTL.
        const CacheSnapshot saved = cache.snapshot();
        LookupCache restored(600);
        restored.restore(saved);
        TharsternClient next(directoryConfig(), http());
        next.setLookupCache(&restored);
        QCOMPARE(found(next, QStringLiteral("buyer@acme.example")), QStringList{QStringLiteral("C00001")});
        QCOMPARE(next.directoryLoads(), 0);

        // Clear cache: read again.
        restored.clear();
        QCOMPARE(found(next, QStringLiteral("buyer@acme.example")), QStringList{QStringLiteral("C00001")});
        QCOMPARE(next.directoryLoads(), 1);

        // A created customer is found at once (write-through), without a reload.
        ErpCustomer c;
        c.name = QStringLiteral("Fresh Ltd");
        c.email = QStringLiteral("fresh@example.com");
        auto created = await<ErpCustomer>([&](auto done) { next.createCustomer(c, {}, done); });
        VERIFY_ANSWER_OK(created);
        QCOMPARE(found(next, QStringLiteral("fresh@example.com")), QStringList{created->value().number});
        QCOMPARE(next.directoryLoads(), 1);
        // A search that must be fresh (a creation's answer may have been lost) reads the server.
        CustomerSearch fresh = byEmail(QStringLiteral("fresh@example.com"));
        fresh.fresh = true;
        auto again = search(next, fresh);
        VERIFY_ANSWER_OK(again);
        QCOMPARE(numbers(again->value()), QStringList{created->value().number});
        QCOMPARE(next.directoryLoads(), 2);
        auto stillFresh = search(next, fresh); // nothing created since: that read will do
        VERIFY_ANSWER_OK(stillFresh);
        QCOMPARE(next.directoryLoads(), 2);
    }

    // Clear cache empties the directory the client holds too, even one read for a fresh search; with
    // the cache's TTL at 0 the directory serves one session only.
    void clearEmptiesTheDirectoryTheClientHolds() {
        LookupCache cache(600);
        TharsternClient th(directoryConfig(), http());
        th.setLookupCache(&cache);
        CustomerSearch fresh = byEmail(QStringLiteral("o'brien@example.com"));
        fresh.fresh = true;
        auto first = search(th, fresh);
        VERIFY_ANSWER_OK(first);
        QCOMPARE(th.directoryLoads(), 1);
        QVERIFY(search(th, fresh));
        QCOMPARE(th.directoryLoads(), 1); // read since the last create: it will do
        cache.clear();
        auto again = search(th, fresh);
        VERIFY_ANSWER_OK(again);
        QCOMPARE(numbers(again->value()), QStringList{QStringLiteral("C00002")});
        QCOMPARE(th.directoryLoads(), 2);

        LookupCache none(0);
        TharsternClient uncached(directoryConfig(), http());
        uncached.setLookupCache(&none);
        {
            const LookupCache::Session session(&none);
            QCOMPARE(found(uncached, QStringLiteral("o'brien@example.com")),
                     QStringList{QStringLiteral("C00002")});
            QCOMPARE(found(uncached, QStringLiteral("buyer@acme.example")),
                     QStringList{QStringLiteral("C00001")});
            QCOMPARE(uncached.directoryLoads(), 1);
        }
        QCOMPARE(found(uncached, QStringLiteral("buyer@acme.example")),
                 QStringList{QStringLiteral("C00001")});
        QCOMPARE(uncached.directoryLoads(), 2);
    }

    void lostCreationIsFoundByAFreshSearch() {
        TharsternClient th(directoryConfig(), http());
        QCOMPARE(found(th, QStringLiteral("lost@example.com")), QStringList());
        m_sandbox->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("commit_then_fail_next"), 1}});
        ErpCustomer c;
        c.name = QStringLiteral("Lost Ltd");
        c.email = QStringLiteral("lost@example.com");
        auto created = await<ErpCustomer>([&](auto done) { th.createCustomer(c, {}, done); });
        QVERIFY(created && !created->ok());
        QCOMPARE_NAMED(created->error().kind, ErrorKind::UnknownOutcome);
        // The customer exists without its contact; its own e-mail still leads to it.
        CustomerSearch fresh = byEmail(QStringLiteral("lost@example.com"));
        fresh.fresh = true;
        auto r = search(th, fresh);
        VERIFY_ANSWER_OK(r);
        QCOMPARE(r->value().size(), 1);
        QCOMPARE(th.directoryLoads(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTharsternSearch)
#include "tst_tharsternsearch.moc"
