// TharsternClient's search by code or name (issue 14, item 5) against linkdesk-sandbox: the public
// look-up by code first, then the site's own search by name (customer_name_search_path and
// _parameter, product_search_path and _parameter), whose answer is checked so that a server which
// ignores the parameter is a configuration error, never a list of "matches"; customers in the
// directory where customer_search=contacts.
#include "domainprinters.h"
#include "erpclienttest.h"
#include "tharsterntest.h"

#include <QTest>

using namespace linkdesk;
using erptest::await;
using erptest::numbersOf;

namespace {

// The site of tharsterntest, with a search by name on customers and products.
QJsonObject siteWithNameSearch() {
    QJsonObject site = tharsterntest::siteWithSearch();
    site.insert(QStringLiteral("name_search_parameter"), QStringLiteral("name"));
    site.insert(QStringLiteral("product_search_parameter"), QStringLiteral("name"));
    return site;
}

} // namespace

class TestTharsternNameSearch : public erptest::ClientTest {
    Q_OBJECT

    std::optional<Result<ErpSearchPage<ErpCustomer>>> customers(TharsternClient& th, const QString& text,
                                                                int pageSize = 25, const QString& page = {}) {
        return await<ErpSearchPage<ErpCustomer>>([&](auto done) {
            th.searchCustomers(ErpSearch{text, pageSize, page}, done);
        });
    }
    std::optional<Result<ErpSearchPage<ErpItem>>> products(TharsternClient& th, const QString& text,
                                                           int pageSize = 25, const QString& page = {}) {
        return await<ErpSearchPage<ErpItem>>([&](auto done) {
            th.searchItems(ErpSearch{text, pageSize, page}, done);
        });
    }

private slots:
    void init() { setUp(tharsterntest::seed(siteWithNameSearch())); }
    void cleanup() { tearDown(); }

    void findsCustomersByCodeThenName() {
        TharsternClient th(tharsterntest::config(m_sandbox->base()), http());
        auto shared = customers(th, QStringLiteral("SHARED"));
        VERIFY_ANSWER_OK(shared);
        QCOMPARE(numbersOf(shared->value().rows),
                 (QStringList{QStringLiteral("C00003"), QStringLiteral("C00004")}));
        QCOMPARE(shared->value().rows.first().name, QStringLiteral("Shared Europe"));
        // A code: that customer first (the public look-up), not again from the search by name.
        auto code = customers(th, QStringLiteral("c00002"));
        VERIFY_ANSWER_OK(code);
        QCOMPARE(numbersOf(code->value().rows), QStringList{QStringLiteral("C00002")});
        auto stopped = customers(th, QStringLiteral("stopped"));
        QVERIFY(stopped && stopped->ok() && stopped->value().rows.size() == 1);
        QVERIFY(stopped->value().rows.first().blocked);
    }

    void pagesThroughTheSitesSearch() {
        TharsternClient th(tharsterntest::config(m_sandbox->base()), http());
        QStringList all;
        QString page;
        int pages = 0;
        do {
            auto r = customers(th, QStringLiteral("C0000"), 2, page);
            VERIFY_ANSWER_OK(r);
            QVERIFY(r->value().rows.size() <= 2);
            all += numbersOf(r->value().rows);
            page = r->value().next;
        } while (++pages < 10 && !page.isEmpty());
        QCOMPARE(all,
                 (QStringList{QStringLiteral("C00001"), QStringLiteral("C00002"), QStringLiteral("C00003"),
                              QStringLiteral("C00004"), QStringLiteral("C00005")}));
        QCOMPARE(pages, 3);
    }

    void ignoredNameParameterIsAConfigurationError() {
        restartSandbox(tharsterntest::seed()); // a site without a search by name
        TharsternClient th(tharsterntest::config(m_sandbox->base()), http());
        auto r = customers(th, QStringLiteral("shared"));
        QVERIFY(r && !r->ok());
        QCOMPARE_NAMED(r->error().kind, ErrorKind::Configuration);
        QVERIFY2(r->message().contains(QLatin1String("ignores the parameter name")),
                 qPrintable(r->message()));
        QVERIFY2(r->message().contains(QLatin1String("customer_name_search_path")), qPrintable(r->message()));
        auto p = products(th, QStringLiteral("flyer"));
        QVERIFY(p && !p->ok());
        QCOMPARE_NAMED(p->error().kind, ErrorKind::Configuration);
        QVERIFY2(p->message().contains(QLatin1String("product_search_parameter")), qPrintable(p->message()));
    }

    void missingSearchPathIsAConfigurationError() {
        TharsternConfig c = tharsterntest::config(m_sandbox->base());
        c.customerNameSearchPath = QStringLiteral("no/such/search");
        TharsternClient th(c, http());
        auto r = customers(th, QStringLiteral("shared"));
        QVERIFY(r && !r->ok());
        QCOMPARE_NAMED(r->error().kind, ErrorKind::Configuration);
        QVERIFY2(r->message().contains(QLatin1String("customer_name_search_path")), qPrintable(r->message()));
    }

    void findsProductsByCodeOrName() {
        TharsternClient th(tharsterntest::config(m_sandbox->base()), http());
        auto flyers = products(th, QStringLiteral("flyer"));
        VERIFY_ANSWER_OK(flyers);
        QCOMPARE(numbersOf(flyers->value().rows), QStringList{QStringLiteral("FLY-A5")});
        QCOMPARE(flyers->value().rows.first().name, QStringLiteral("Flyers"));
        auto code = products(th, QStringLiteral("BC-85x55"));
        VERIFY_ANSWER_OK(code);
        QCOMPARE(numbersOf(code->value().rows), QStringList{QStringLiteral("BC-85x55")});
        auto none = products(th, QStringLiteral("NOPE-123"));
        VERIFY_ANSWER_OK(none);
        QVERIFY(none->value().rows.isEmpty() && !none->value().hasMore());
    }

    void searchesTheDirectoryWithContacts() {
        restartSandbox(tharsterntest::seed()); // no search by name: the directory does not need one
        TharsternConfig c = tharsterntest::config(m_sandbox->base());
        c.customerSearch = TharsternConfig::Search::Contacts;
        TharsternClient th(c, http());
        auto shared = customers(th, QStringLiteral("shared"));
        VERIFY_ANSWER_OK(shared);
        // By name, in name order.
        QCOMPARE(numbersOf(shared->value().rows),
                 (QStringList{QStringLiteral("C00004"), QStringLiteral("C00003")}));
        // Codes first, then names; paged here.
        auto first = customers(th, QStringLiteral("c0000"), 3);
        QVERIFY(first && first->ok() && first->value().hasMore());
        QCOMPARE(numbersOf(first->value().rows),
                 (QStringList{QStringLiteral("C00001"), QStringLiteral("C00002"), QStringLiteral("C00003")}));
        auto rest = customers(th, QStringLiteral("c0000"), 3, first->value().next);
        QVERIFY(rest && rest->ok() && !rest->value().hasMore());
        QCOMPARE(numbersOf(rest->value().rows),
                 (QStringList{QStringLiteral("C00004"), QStringLiteral("C00005")}));
        QCOMPARE(th.directoryLoads(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTharsternNameSearch)
#include "tst_tharsternnamesearch.moc"
