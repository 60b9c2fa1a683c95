#include "domainprinters.h"
#include "store/attention.h"
#include "store/auditlog.h"
#include "store/catalogrepository.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "storedata.h"
#include "testdatabase.h"
#include "util/operatorname.h"

#include <QJsonObject>
#include <QSysInfo>
#include <QTest>

using namespace linkdesk;

using namespace linkdesk::storetest;

class TestRepositories : public test::DatabaseTest {
    Q_OBJECT

private slots:

    void customersUpsertByIdentity() {
        CustomerRepository repo(*m_db);
        ShopCustomer a =
            customer(QStringLiteral("7"), QStringLiteral("ann@example.com"), QStringLiteral("Acme"));
        QVERIFY(repo.upsert(a));
        QVERIFY(a.id > 0);
        ShopCustomer again =
            customer(QStringLiteral("7"), QStringLiteral("ann@new.example"), QStringLiteral("Acme"));
        QVERIFY(repo.upsert(again));
        QCOMPARE(again.id, a.id);
        ShopCustomer guest = customer(QString(), QStringLiteral(" Guest@Example.com "));
        QVERIFY(repo.upsert(guest));
        QVERIFY(guest.id != a.id);
        QCOMPARE(guest.key, QStringLiteral("guest:guest@example.com"));

        auto found = repo.find(QStringLiteral("web"), QStringLiteral("7"));
        QVERIFY(found && *found);
        QCOMPARE((*found)->email, QStringLiteral("ann@new.example"));
        QCOMPARE(*repo.count({}), 2);
    }

    void customerPagesFilterAndSort() {
        CustomerRepository repo(*m_db);
        QList<ShopCustomer> all;
        for (int i = 0; i < 30; ++i)
            all.append(customer(QString::number(i),
                                QStringLiteral("c%1@%2.example")
                                    .arg(i, 2, 10, QLatin1Char('0'))
                                    .arg(i % 3 ? QStringLiteral("shop") : QStringLiteral("trade")),
                                QStringLiteral("Company %1").arg(i)));
        QVERIFY(repo.upsertAll(all));
        LinkRepository links(*m_db);
        QVERIFY(
            links.set(all[4].id, QStringLiteral("C00004"), QStringLiteral("Four Ltd"), LinkSource::Email, 0));

        CustomerQuery q;
        q.text = QStringLiteral("TRADE");
        QCOMPARE(*repo.count(q), 10);
        q.text = QStringLiteral("c00004");
        QCOMPARE(*repo.count(q), 1); // by ERP number
        q.text = QStringLiteral("100%_");
        QCOMPARE(*repo.count(q), 0); // LIKE wildcards are literal
        q = {};
        q.status = CustomerQuery::Status::Linked;
        QCOMPARE(*repo.count(q), 1);
        q.status = CustomerQuery::Status::NotLinked;
        QCOMPARE(*repo.count(q), 29);

        q = {};
        q.sort = CustomerQuery::SortColumn::Email;
        q.descending = true;
        auto page = repo.page(q, 0, 5);
        QVERIFY(page);
        QCOMPARE(page->size(), 5);
        QCOMPARE(page->first().customer.email, QStringLiteral("c29@shop.example"));
        auto second = repo.page(q, 5, 5);
        QCOMPARE(second->first().customer.email, QStringLiteral("c24@trade.example"));
    }

    // The customer table sorts as people sort: upper and lower case together, both ways, on both
    // engines (SQLite and PostgreSQL order upper case first by themselves).
    void customersSortWithoutRegardToCase() {
        CustomerRepository repo(*m_db);
        QList<ShopCustomer> all;
        for (const auto& [email, company] : QList<std::pair<QString, QString>>{
                 {QStringLiteral("ORDERS@x.example"), QStringLiteral("beacon")},
                 {QStringLiteral("aisha@x.example"), QStringLiteral("Acme")},
                 {QStringLiteral("Accounts@x.example"), QStringLiteral("Zeta")},
                 {QStringLiteral("bert@x.example"), QStringLiteral("acorn")}}) {
            ShopCustomer c = customer(email, email, company);
            c.shopCode = QStringLiteral("sort");
            all.append(c);
        }
        QVERIFY(repo.upsertAll(all));
        const auto sorted = [&](CustomerQuery::SortColumn column, bool descending, bool company) {
            CustomerQuery q;
            q.shopCode = QStringLiteral("sort");
            q.sort = column;
            q.descending = descending;
            QStringList out;
            const auto rows = repo.page(q, 0, 10);
            for (const CustomerRow& row : rows ? *rows : QList<CustomerRow>())
                out << (company ? row.customer.company : row.customer.email);
            return out;
        };
        const QStringList emails{QStringLiteral("Accounts@x.example"), QStringLiteral("aisha@x.example"),
                                 QStringLiteral("bert@x.example"), QStringLiteral("ORDERS@x.example")};
        QCOMPARE(sorted(CustomerQuery::SortColumn::Email, false, false), emails);
        QStringList reversed = emails;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(sorted(CustomerQuery::SortColumn::Email, true, false), reversed);
        QCOMPARE(sorted(CustomerQuery::SortColumn::Company, false, true),
                 (QStringList{QStringLiteral("Acme"), QStringLiteral("acorn"), QStringLiteral("beacon"),
                              QStringLiteral("Zeta")}));
    }

    void customerSearchIsTheSameThroughTheIndexOrNot() {
        // 2,400 customers: "example" is in every one (read in order and tested), "buyer1234" in a
        // few (found through the search index); both must give exactly what a plain search gives.
        CustomerRepository repo(*m_db);
        QList<ShopCustomer> all;
        for (int i = 0; i < 2400; ++i) {
            ShopCustomer c =
                customer(QString::number(50000 + i), QStringLiteral("Buyer%1@Example.com").arg(i),
                         i % 7 ? QString() : QStringLiteral("O'Brien_Print %1").arg(i % 50));
            c.lastName = QStringLiteral("Müller%1").arg(i % 10);
            all.append(c);
        }
        QVERIFY(repo.upsertAll(all));
        QVERIFY(LinkRepository(*m_db).set(all[12].id, QStringLiteral("C77777"), QString(), LinkSource::Manual,
                                          0));
        const auto expected = [&](const QString& text) {
            QStringList emails;
            for (const ShopCustomer& c : all)
                if (CustomerRepository::searchText(c).contains(text, Qt::CaseInsensitive))
                    emails << c.email;
            emails.sort();
            return emails;
        };
        const auto found = [&](const QString& text) {
            CustomerQuery q;
            q.text = text;
            auto rows = repo.page(q, 0, 5000);
            QStringList emails;
            for (const CustomerRow& row : *rows)
                emails << row.customer.email;
            emails.sort();
            return emails;
        };
        for (const QString& text :
             {QStringLiteral("example"), QStringLiteral("buyer1234"), QStringLiteral("BUYER12"),
              QStringLiteral("ann müller3"), QStringLiteral("o'brien_print 4"), QStringLiteral("52345"),
              QStringLiteral("bu"), QStringLiteral("r_p")}) {
            const QStringList want = expected(text);
            QCOMPARE(found(text), want);
            CustomerQuery q;
            q.text = text;
            QCOMPARE(*repo.count(q), int(want.size()));
        }
        QVERIFY(expected(QStringLiteral("r_p")).isEmpty()); // '_' is a character, not a wildcard
        QCOMPARE(found(QStringLiteral("c77777")), QStringList{all[12].email}); // the whole ERP number

        // A changed email is searched as it is now.
        all[3].email = QStringLiteral("renamed@elsewhere.example");
        QVERIFY(repo.upsert(all[3]));
        QCOMPARE(found(QStringLiteral("elsewhere")),
                 QStringList{QStringLiteral("renamed@elsewhere.example")});
        QCOMPARE(found(QStringLiteral("buyer3@")), QStringList{});

        // Past the middle, pages are read from the end: the same rows as reading from the start.
        CustomerQuery q;
        q.text = QStringLiteral("example");
        const int total = *repo.count(q);
        for (int offset : {0, 1000, 1450, total - 100, total - 30}) {
            auto forward = repo.page(q, offset, 100);
            auto fromEnd = repo.page(q, offset, 100, total);
            QVERIFY(forward && fromEnd);
            QCOMPARE(fromEnd->size(), forward->size());
            for (int i = 0; i < forward->size(); ++i)
                QCOMPARE(fromEnd->at(i).customer.id, forward->at(i).customer.id);
        }
    }

    void customersWaitingForReview() {
        OrderRepository orders(*m_db);
        QList<StagedOrder> batch{order(QStringLiteral("2001"), 1, "{}")};
        QVERIFY(orders.store(batch));
        StagedOrder review = batch.first();
        review.status = OrderStatus::NeedsReview;
        review.reason = QStringLiteral("two ERP customers have this email");
        QVERIFY(orders.saveState(review));
        CustomerRepository customers(*m_db);
        ShopCustomer ann = customer(QStringLiteral("7"), QStringLiteral("ann@example.com"));
        ShopCustomer bob = customer(QStringLiteral("8"), QStringLiteral("bob@example.com"));
        QVERIFY(customers.upsert(ann));
        QVERIFY(customers.upsert(bob));

        CustomerQuery q;
        q.status = CustomerQuery::Status::NeedsReview;
        auto rows = customers.page(q, 0, 10);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().customer.email, QStringLiteral("ann@example.com"));
        QVERIFY(rows->first().needsReview);
        q.status = CustomerQuery::Status::NotLinked;
        QCOMPARE(*customers.count(q), 1); // bob: the statuses do not overlap

        // Once staff link her, she is linked, whatever the order still says.
        QVERIFY(
            LinkRepository(*m_db).set(ann.id, QStringLiteral("C00001"), QString(), LinkSource::Manual, 0));
        q.status = CustomerQuery::Status::NeedsReview;
        QCOMPARE(*customers.count(q), 0);
        rows = customers.page({}, 0, 10);
        QVERIFY(!rows->first().needsReview);
    }

    void linkOptimisticLocking() {
        CustomerRepository customers(*m_db);
        ShopCustomer c = customer(QStringLiteral("7"), QStringLiteral("ann@example.com"));
        QVERIFY(customers.upsert(c));

        LinkRepository mine(*m_db);
        auto first = mine.set(c.id, QStringLiteral("C00001"), QStringLiteral("Acme"), LinkSource::Manual, 0);
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->rowVersion, 1);
        QCOMPARE(first->setBy, QStringLiteral("tester"));

        // A second workstation reads version 1 and changes the link.
        auto otherDb = m_tdb->open();
        QVERIFY(otherDb);
        otherDb->setActor(QStringLiteral("bob"));
        LinkRepository theirs(*otherDb);
        auto read = theirs.get(c.id);
        QCOMPARE(read->rowVersion, 1);
        QVERIFY(theirs.set(c.id, QStringLiteral("C00002"), QStringLiteral("Beta"), LinkSource::Manual, 1));

        // This workstation still holds version 1: its write is refused, the newer value kept.
        auto stale = mine.set(c.id, QStringLiteral("C00003"), QStringLiteral("Gamma"), LinkSource::Manual, 1);
        QVERIFY(!stale);
        QCOMPARE_NAMED(stale.error().kind, ErrorKind::Conflict);
        QVERIFY2(stale.message().contains(QLatin1String("bob")), qPrintable(stale.message()));
        QVERIFY(stale.message().contains(QLatin1String("C00002")));
        QCOMPARE(mine.get(c.id)->erpCustomerNumber, QStringLiteral("C00002"));

        // A first write racing an existing row is a conflict too, never an overwrite.
        auto racing = mine.set(c.id, QStringLiteral("C00009"), {}, LinkSource::Email, 0);
        QVERIFY(!racing);
        QCOMPARE_NAMED(racing.error().kind, ErrorKind::Conflict);

        auto cleared = mine.clear(c.id, 2);
        QVERIFY(cleared);
        QVERIFY(!cleared->isLinked());
        QCOMPARE(cleared->rowVersion, 3);
        // Clearing keeps counting versions, so a stale writer can never sneak in after a clear.
        QVERIFY(!theirs.set(c.id, QStringLiteral("C00002"), {}, LinkSource::Manual, 2));

        auto audit = AuditLog(*m_db).list(QStringLiteral("link"), QStringLiteral("web/7"));
        QVERIFY(audit);
        QCOMPARE(audit->size(), 3);
        QCOMPARE(audit->at(0).oldValue, QStringLiteral("C00002 (manual)"));
        QCOMPARE(audit->at(0).newValue, QStringLiteral("(cleared)"));
        QCOMPARE(audit->at(1).who, QStringLiteral("bob"));
        QCOMPARE(audit->at(2).oldValue, QStringLiteral("(none)"));
        QCOMPARE(audit->at(2).newValue, QStringLiteral("C00001 (manual)"));
        // Each entry names the customer in words, beside the key.
        for (const AuditEntry& e : *audit)
            QCOMPARE(e.subject, QStringLiteral("Ann Smith <ann@example.com>"));
        QCOMPARE(*AuditLog(*m_db).count(QStringLiteral("ann smith")), 3); // the log's filter finds it
    }

    void actorIsTheOperatingSystemUserOnThisWorkstation() {
        test::TestDatabase tdb;
        auto db = Database::open(tdb.url()); // as opened, before a test names its actor
        QVERIFY2(db, qPrintable(db.message()));
        const QString who = (*db)->actor();
        QCOMPARE(who, operatorName());
        QVERIFY2(who.startsWith(qEnvironmentVariable("USER", who.section(QLatin1Char('@'), 0, 0))),
                 qPrintable(who));
        if (!QSysInfo::machineHostName().isEmpty())
            QVERIFY2(who.endsWith(QLatin1Char('@') + QSysInfo::machineHostName()), qPrintable(who));
    }

    void staleLinks() {
        CustomerRepository customers(*m_db);
        ShopCustomer c = customer(QStringLiteral("8"), QStringLiteral("bo@example.com"));
        QVERIFY(customers.upsert(c));
        LinkRepository links(*m_db);
        QVERIFY(links.set(c.id, QStringLiteral("C00005"), {}, LinkSource::Email, 0));
        auto stale = links.markStale(c.id, QStringLiteral("C00005 no longer exists in the ERP"), 1);
        QVERIFY(stale);
        QVERIFY(stale->stale);
        CustomerQuery q;
        q.status = CustomerQuery::Status::Stale;
        QCOMPARE(*customers.count(q), 1);
        const auto attention = readAttention(*m_db); // the sidebar's count
        QVERIFY2(attention, qPrintable(attention.message()));
        QCOMPARE(attention->staleLinks, 1);
        QCOMPARE(attention->waiting(), 1);
    }

    void productMappingsAndContacts() {
        CatalogRepository catalog(*m_db);
        ProductMapping bySku;
        bySku.shopCode = QStringLiteral("web");
        bySku.sku = QStringLiteral("BC-100");
        bySku.erpItemNumber = QStringLiteral("1000");
        ProductMapping byId;
        byId.shopCode = QStringLiteral("web");
        byId.productId = 55;
        byId.variationId = 3;
        byId.erpItemNumber = QStringLiteral("2000");
        QVERIFY(catalog.setMappings({bySku, byId}));
        auto found = catalog.mapping(QStringLiteral("web"), ProductMapping::keyForProduct(55, 3));
        QVERIFY(found && *found);
        QCOMPARE((*found)->erpItemNumber, QStringLiteral("2000"));
        QVERIFY(
            !*catalog.mapping(QStringLiteral("trade"), ProductMapping::keyForSku(QStringLiteral("BC-100"))));
        bySku.erpItemNumber = QStringLiteral("1001");
        QVERIFY(catalog.setMapping(bySku));
        QCOMPARE((*catalog.mapping(QStringLiteral("web"), bySku.matchKey()))->erpItemNumber,
                 QStringLiteral("1001"));
        QVERIFY(catalog.removeMapping(QStringLiteral("web"), byId.matchKey()));
        QCOMPARE(catalog.mappings()->size(), 1);
        ProductMapping empty;
        empty.shopCode = QStringLiteral("web");
        empty.sku = QStringLiteral("X");
        QVERIFY(!catalog.setMapping(empty));
        QCOMPARE(AuditLog(*m_db).list(QStringLiteral("mapping"))->size(), 4);

        QVERIFY(catalog.setContactRelation({QStringLiteral("web"),
                                            QStringLiteral("42"),
                                            QStringLiteral("C00010"),
                                            QStringLiteral("head office"),
                                            {},
                                            {}}));
        auto rel = catalog.contactRelation(QStringLiteral("web"), QStringLiteral("42"));
        QVERIFY(rel && *rel);
        QCOMPARE((*rel)->erpCustomerNumber, QStringLiteral("C00010"));
        QCOMPARE((*rel)->reason, QStringLiteral("head office"));
        QCOMPARE((*rel)->setBy, m_db->actor());
        QVERIFY((*rel)->setAt.isValid());
        const auto audit = AuditLog(*m_db).list(QStringLiteral("contact"));
        QVERIFY(audit && !audit->isEmpty());
        QCOMPARE(audit->first().newValue, QStringLiteral("C00010 (head office)"));
        QVERIFY(!catalog.setContactRelation(
            {QStringLiteral("web"), QStringLiteral("43"), QString(), {}, {}, {}}));
        QVERIFY(catalog.removeContactRelation(QStringLiteral("web"), QStringLiteral("42")));
        QVERIFY(!*catalog.contactRelation(QStringLiteral("web"), QStringLiteral("42")));
        QVERIFY(!catalog.removeContactRelation(QStringLiteral("web"), QStringLiteral("42")));
    }

    void templatesAndOrderMapping() {
        CatalogRepository catalog(*m_db);
        CustomerTemplate t;
        t.name = QStringLiteral("UK trade");
        t.country = QStringLiteral("GB");
        t.vatPresent = 1;
        t.fields = QJsonObject{{QStringLiteral("paymentTermsCode"), QStringLiteral("30D")}};
        QVERIFY(catalog.saveTemplate(t));
        QVERIFY(t.id > 0);
        t.priority = 5;
        QVERIFY(catalog.saveTemplate(t));
        auto all = catalog.templates();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().priority, 5);
        QCOMPARE(all->first().fields.value(QStringLiteral("paymentTermsCode")).toString(),
                 QStringLiteral("30D"));

        auto mapping = catalog.orderMapping();
        QVERIFY(mapping);
        QList<OrderMappingRow> rows = *mapping;
        rows.append(OrderMappingRow{0, 0, QStringLiteral("shipmentMethodCode"), QStringLiteral("constant"),
                                    QStringLiteral("DHL")});
        QVERIFY(catalog.replaceOrderMapping(rows));
        QCOMPARE(catalog.orderMapping()->size(), 2);
        QCOMPARE(catalog.orderMapping()->last().sourceValue, QStringLiteral("DHL"));
        rows.append(OrderMappingRow{0, 0, QString(), QStringLiteral("constant"), QStringLiteral("x")});
        QVERIFY(!catalog.replaceOrderMapping(rows));
        QCOMPARE(catalog.orderMapping()->size(), 2); // nothing half-written
    }

    void linkReasonInAudit() {
        CustomerRepository customers(*m_db);
        ShopCustomer c = customer(QStringLiteral("9"), QStringLiteral("cy@example.com"));
        QVERIFY(customers.upsert(c));
        LinkRepository links(*m_db);
        QVERIFY(links.set(c.id, QStringLiteral("C00010"), {}, LinkSource::Manual, 0,
                          QStringLiteral(" customer phoned ")));
        QVERIFY(links.clear(c.id, 1, QStringLiteral("wrong company")));
        auto audit = AuditLog(*m_db).list(QStringLiteral("link"), QStringLiteral("web/9"));
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->at(0).newValue, QStringLiteral("(cleared); reason: wrong company"));
        QCOMPARE(audit->at(1).newValue, QStringLiteral("C00010 (manual); reason: customer phoned"));
    }

    void auditPagesAndFilter() {
        AuditLog log(*m_db);
        for (int i = 1; i <= 25; ++i)
            QVERIFY(log.record(QStringLiteral("setting"), QStringLiteral("web/key_%1").arg(i),
                               QString::number(i - 1), QString::number(i)));
        QCOMPARE(*log.count(), 25);
        QCOMPARE(*log.count(QStringLiteral("KEY_1")), 11); // key_1, key_10..key_19
        QCOMPARE(*log.count(QStringLiteral("_")), 25);
        QCOMPARE(*log.count(QStringLiteral("%")), 0); // wildcards are literal
        auto page = log.page({}, 20, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 5);
        QCOMPARE(page->first().entityKey, QStringLiteral("web/key_5")); // newest first
        QCOMPARE(page->last().entityKey, QStringLiteral("web/key_1"));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
