// BusinessCentralClient's search by number or name (issue 14, item 5): the $filter it builds and
// quotes, and its pages against linkdesk-sandbox over real HTTP, whose filter refuses what Business
// Central refuses (an "or" across two fields, a property the entity lacks).
#include "businesscentraltest.h"
#include "domainprinters.h"
#include "erp/businesscentralclient.h"
#include "erpclienttest.h"
#include "sandboxseed.h"

#include <QSet>
#include <QTest>

using namespace linkdesk;
using erptest::await;
using erptest::numbersOf;
using test::seedCustomer;

namespace {

QJsonObject item(const char* number, const char* name, bool blocked = false) {
    return {{QStringLiteral("number"), QLatin1String(number)},
            {QStringLiteral("displayName"), QString::fromUtf8(name)},
            {QStringLiteral("blocked"), blocked},
            {QStringLiteral("unitPrice"), 1.0}};
}

QJsonObject seed() {
    // In number order, as Business Central lists them.
    QJsonArray customers{
        seedCustomer("C00001", "Acme Print Ltd", "orders@acme.example", "GBP", "GB"),
        seedCustomer("C00002", "O'Brien & Sons", "o'brien@example.com", "EUR", "IE"),
        seedCustomer("C00005", "Stopped Ltd", "stopped@example.com", "GBP", "GB", "All"),
    };
    for (int i = 0; i < 5; ++i)
        customers.append(seedCustomer(qPrintable(QStringLiteral("C0001%1").arg(i)),
                                      qPrintable(QStringLiteral("Print Shop %1").arg(i + 1)),
                                      qPrintable(QStringLiteral("shop%1@example.com").arg(i)), "EUR", "NL"));
    // By number and by name at once: listed once.
    customers.append(seedCustomer("C00015", "C0001 Holdings", "holdings@example.com", "GBP", "GB"));
    // By name only.
    customers.append(seedCustomer("C00099", "Ref c0001 Trading", "ref@example.com", "GBP", "GB"));
    const QJsonArray items{item("1000", "Business cards"), item("2000", "Flyers"), item("2001", "Flyers A4"),
                           item("3000", "Old flyer stock", true), item("FLY-9", "Fly swatter")};
    return QJsonObject{
        {QStringLiteral("erp"), QJsonObject{{QStringLiteral("client_id"), QStringLiteral("linkdesk")},
                                            {QStringLiteral("client_secret"), erptest::Secret},
                                            {QStringLiteral("company_id"), erptest::CompanyId},
                                            {QStringLiteral("customers"), customers},
                                            {QStringLiteral("items"), items}}}};
}

} // namespace

class TestBusinessCentralSearch : public erptest::ClientTest {
    Q_OBJECT

    std::unique_ptr<BusinessCentralClient> m_client;

    std::optional<Result<ErpSearchPage<ErpCustomer>>> customers(const QString& text, int pageSize = 25,
                                                                const QString& page = {}) {
        return await<ErpSearchPage<ErpCustomer>>([&](auto done) {
            m_client->searchCustomers(ErpSearch{text, pageSize, page}, done);
        });
    }
    std::optional<Result<ErpSearchPage<ErpItem>>> items(const QString& text, int pageSize = 25,
                                                        const QString& page = {}) {
        return await<ErpSearchPage<ErpItem>>([&](auto done) {
            m_client->searchItems(ErpSearch{text, pageSize, page}, done);
        });
    }
    // Every page of a customer search, in order; each page's size on the side.
    QList<QStringList> allPages(const QString& text, int pageSize) {
        QList<QStringList> pages;
        QString page;
        do {
            auto r = customers(text, pageSize, page);
            if (!r || !r->ok()) {
                pages << QStringList{QStringLiteral("<failed: %1>").arg(r ? r->message() : QString())};
                break;
            }
            pages << numbersOf(r->value().rows);
            page = r->value().next;
        } while (!page.isEmpty() && pages.size() < 20);
        return pages;
    }

private slots:
    void init() {
        setUp(seed());
        m_client = std::make_unique<BusinessCentralClient>(erptest::sandboxConfig(m_sandbox->base()), http());
    }
    void cleanup() {
        m_client.reset();
        tearDown();
    }

    void filtersAreQuotedAndCased() {
        // Numbers are Code fields, upper case in Business Central; names are compared in lower case.
        QCOMPARE(BusinessCentralClient::numberFilter(QStringLiteral(" c0'01 ")),
                 QStringLiteral("startswith(number,'C0''01')"));
        QCOMPARE(BusinessCentralClient::nameFilter(QStringLiteral("O'Brien & Sons")),
                 QStringLiteral("contains(tolower(displayName),'o''brien & sons')"));
        QCOMPARE(BusinessCentralClient::nameFilter(QStringLiteral("''")),
                 QStringLiteral("contains(tolower(displayName),'''''')"));
    }

    void findsCustomersByNumberThenByName() {
        auto r = customers(QStringLiteral("c0001"));
        VERIFY_ANSWER_OK(r);
        // By number (C00010…C00015) first, then by name: C00015's name matches too, listed once.
        QCOMPARE(numbersOf(r->value().rows),
                 (QStringList{QStringLiteral("C00010"), QStringLiteral("C00011"), QStringLiteral("C00012"),
                              QStringLiteral("C00013"), QStringLiteral("C00014"), QStringLiteral("C00015"),
                              QStringLiteral("C00099")}));
        QVERIFY(!r->value().hasMore());
    }

    void nameSearchDoesNotMindCaseAndKeepsQuotes() {
        auto r = customers(QStringLiteral("PRINT"));
        VERIFY_ANSWER_OK(r);
        QCOMPARE(numbersOf(r->value().rows),
                 (QStringList{QStringLiteral("C00001"), QStringLiteral("C00010"), QStringLiteral("C00011"),
                              QStringLiteral("C00012"), QStringLiteral("C00013"), QStringLiteral("C00014")}));
        auto obrien = customers(QStringLiteral("o'brien &"));
        VERIFY_ANSWER_OK(obrien);
        QCOMPARE(numbersOf(obrien->value().rows), QStringList{QStringLiteral("C00002")});
        QCOMPARE(obrien->value().rows.first().name, QStringLiteral("O'Brien & Sons"));
        auto stopped = customers(QStringLiteral("stopped"));
        QVERIFY(stopped && stopped->ok() && stopped->value().rows.size() == 1);
        QVERIFY(stopped->value().rows.first().blocked);
        auto none = customers(QStringLiteral("nobody at all"));
        VERIFY_ANSWER_OK(none);
        QVERIFY(none->value().rows.isEmpty() && !none->value().hasMore());
    }

    void pagesAreCappedAndGoOnWithoutRepeats() {
        // By name only: three pages of two.
        QCOMPARE(allPages(QStringLiteral("print"), 2),
                 (QList<QStringList>{{QStringLiteral("C00001"), QStringLiteral("C00010")},
                                     {QStringLiteral("C00011"), QStringLiteral("C00012")},
                                     {QStringLiteral("C00013"), QStringLiteral("C00014")}}));
        // By number, then by name across a page break; the customer found both ways once.
        QCOMPARE(allPages(QStringLiteral("C0001"), 4),
                 (QList<QStringList>{
                     {QStringLiteral("C00010"), QStringLiteral("C00011"), QStringLiteral("C00012"),
                      QStringLiteral("C00013")},
                     {QStringLiteral("C00014"), QStringLiteral("C00015"), QStringLiteral("C00099")}}));
        // Every row once, whatever the page size.
        for (int size : {1, 3, 5, 7}) {
            QStringList all;
            for (const QStringList& page : allPages(QStringLiteral("c0001"), size)) {
                QVERIFY2(page.size() <= size, qPrintable(page.join(QLatin1Char(' '))));
                all += page;
            }
            QCOMPARE(all.size(), 7);
            QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 7);
        }
    }

    void findsItemsByNumberOrName() {
        auto r = items(QStringLiteral("fly"));
        VERIFY_ANSWER_OK(r);
        QCOMPARE(numbersOf(r->value().rows), (QStringList{QStringLiteral("FLY-9"), QStringLiteral("2000"),
                                                          QStringLiteral("2001"), QStringLiteral("3000")}));
        QCOMPARE(r->value().rows.at(1).name, QStringLiteral("Flyers"));
        QVERIFY(!r->value().rows.at(1).blocked);
        QVERIFY(r->value().rows.at(3).blocked);
        auto byNumber = items(QStringLiteral("100"));
        VERIFY_ANSWER_OK(byNumber);
        QCOMPARE(numbersOf(byNumber->value().rows), QStringList{QStringLiteral("1000")});
        auto paged = items(QStringLiteral("fly"), 3);
        QVERIFY(paged && paged->ok() && paged->value().hasMore());
        QCOMPARE(paged->value().rows.size(), 3);
        auto rest = items(QStringLiteral("fly"), 3, paged->value().next);
        VERIFY_ANSWER_OK(rest);
        QCOMPARE(numbersOf(rest->value().rows), QStringList{QStringLiteral("3000")});
        QVERIFY(!rest->value().hasMore());
    }

    void refusesWhatIsNoSearch() {
        auto empty = customers(QStringLiteral("  "));
        QVERIFY(empty && !empty->ok());
        QCOMPARE_NAMED(empty->error().kind, ErrorKind::Invalid);
        auto page = items(QStringLiteral("fly"), 5, QStringLiteral("not a page"));
        QVERIFY(page && !page->ok());
        QCOMPARE_NAMED(page->error().kind, ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCentralSearch)
#include "tst_businesscentralsearch.moc"
