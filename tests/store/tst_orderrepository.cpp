#include "domainprinters.h"
#include "store/attention.h"
#include "store/auditlog.h"
#include "store/catalogrepository.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "storedata.h"
#include "testdatabase.h"

#include <QTest>

using namespace linkdesk;
using namespace linkdesk::storetest;

// Staged orders: storing fetched ones, re-fetches before and after submission, requeues by staff,
// a customer's latest order, the import cursor.
class TestOrderRepository : public test::DatabaseTest {
    Q_OBJECT

private slots:

    void attentionCountsWhatWaits() {
        OrderRepository repo(*m_db);
        QList<StagedOrder> batch;
        for (int i = 0; i < 6; ++i)
            batch << order(QStringLiteral("20%1").arg(i), 1, "{}");
        QVERIFY(repo.store(batch));
        const QList<OrderStatus> states{OrderStatus::NeedsReview, OrderStatus::NeedsReview,
                                        OrderStatus::Blocked,     OrderStatus::Failed,
                                        OrderStatus::Quarantined, OrderStatus::Submitted};
        for (int i = 0; i < states.size(); ++i) {
            batch[i].status = states.at(i);
            QVERIFY(repo.saveState(batch[i]));
        }
        const auto attention = readAttention(*m_db);
        QVERIFY2(attention, qPrintable(attention.message()));
        const Attention& a = *attention;
        QCOMPARE((QList<int>{a.needsReview, a.blocked, a.failed, a.quarantined, a.staleLinks, a.orders}),
                 (QList<int>{2, 1, 1, 1, 0, 6}));
        QCOMPARE(a.waiting(), 5);
    }

    void ordersStoreUpdateAndFlag() {
        OrderRepository repo(*m_db);
        QList<StagedOrder> batch{order(QStringLiteral("1001"), 2, "{\"v\":1}"),
                                 order(QStringLiteral("1002"), 1, "{}")};
        auto counts = repo.store(batch);
        QVERIFY2(counts, qPrintable(counts.message()));
        QCOMPARE(counts->inserted, 2);
        QVERIFY(batch[0].id > 0);

        auto stored = repo.find(QStringLiteral("web"), QStringLiteral("1001"));
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->lines.size(), 2);
        QCOMPARE((*stored)->lines[1].sku, QStringLiteral("SKU-2"));
        QCOMPARE((*stored)->lines[1].quantity, 2.0);
        QCOMPARE((*stored)->modifiedAt, batch[0].modifiedAt);
        QCOMPARE((*stored)->externalDocumentNumber(), QStringLiteral("WEB-1001"));

        // Same payload: unchanged. Changed before submission: taken over with its new lines.
        QList<StagedOrder> again{order(QStringLiteral("1001"), 2, "{\"v\":1}"),
                                 order(QStringLiteral("1002"), 3, "{\"v\":2}")};
        counts = repo.store(again);
        QCOMPARE(counts->unchanged, 1);
        QCOMPARE(counts->updated, 1);
        QCOMPARE((*repo.find(QStringLiteral("web"), QStringLiteral("1002")))->lines.size(), 3);

        // Submitted, then changed in the shop: flagged, not reopened.
        StagedOrder submitted = **repo.find(QStringLiteral("web"), QStringLiteral("1001"));
        submitted.status = OrderStatus::Submitted;
        submitted.erpOrderNumber = QStringLiteral("SO-1");
        submitted.lines[0].erpItemNumber = QStringLiteral("1000");
        QVERIFY(repo.saveState(submitted));
        QList<StagedOrder> changed{order(QStringLiteral("1001"), 1, "{\"v\":3}")};
        counts = repo.store(changed);
        QCOMPARE(counts->flagged, 1);
        auto after = **repo.find(QStringLiteral("web"), QStringLiteral("1001"));
        QCOMPARE(toString(after.status), toString(OrderStatus::Submitted));
        QVERIFY(after.changedAfterSubmit);
        QCOMPARE(after.lines.size(), 2);
        QCOMPARE(after.lines[0].erpItemNumber, QStringLiteral("1000"));

        auto byStatus = repo.countByStatus();
        QCOMPARE(byStatus->value(OrderStatus::Submitted), 1);
        QCOMPARE(byStatus->value(OrderStatus::New), 1);
        QCOMPARE(repo.list({OrderStatus::New})->size(), 1);
    }

    // Shipping and fees are kept with the order, and replaced with it when the shop changes it.
    void chargesAreKeptWithTheOrder() {
        OrderRepository repo(*m_db);
        StagedOrder o = order(QStringLiteral("3001"), 1, "{\"v\":1}");
        o.charges = {
            OrderCharge{OrderCharge::Kind::Shipping, QStringLiteral("Flat rate"), QStringLiteral("4.95")},
            OrderCharge{OrderCharge::Kind::Fee, QStringLiteral("Rush fee, \"same day\""),
                        QStringLiteral("-1.50")}};
        QList<StagedOrder> batch{o};
        QVERIFY(repo.store(batch));
        StagedOrder stored = **repo.find(QStringLiteral("web"), QStringLiteral("3001"));
        QCOMPARE(stored.charges.size(), 2);
        QCOMPARE(toString(stored.charges[0].kind), QStringLiteral("shipping"));
        QCOMPARE(stored.charges[0].description, QStringLiteral("Flat rate"));
        QCOMPARE(stored.charges[0].amount, QStringLiteral("4.95"));
        QCOMPARE(toString(stored.charges[1].kind), QStringLiteral("fee"));
        QCOMPARE(stored.charges[1].description, QStringLiteral("Rush fee, \"same day\""));
        QCOMPARE(stored.charges[1].amount, QStringLiteral("-1.50"));
        QVERIFY(repo.saveState(stored)); // a state change keeps them
        QCOMPARE((*repo.find(QStringLiteral("web"), QStringLiteral("3001")))->charges.size(), 2);

        QList<StagedOrder> changed{order(QStringLiteral("3001"), 1, "{\"v\":2}")}; // no charges now
        QCOMPARE(repo.store(changed)->updated, 1);
        QVERIFY((*repo.find(QStringLiteral("web"), QStringLiteral("3001")))->charges.isEmpty());
    }

    // The plain sentence and the request and answer behind it (migration 12), kept with the order
    // and cleared with the error.
    void lastErrorDetailIsKept() {
        OrderRepository repo(*m_db);
        QList<StagedOrder> batch{order(QStringLiteral("2101"), 1, "{}")};
        QVERIFY(repo.store(batch));
        StagedOrder failed = **repo.find(QStringLiteral("web"), QStringLiteral("2101"));
        QVERIFY(failed.lastErrorDetail.isEmpty());
        failed.status = OrderStatus::Failed;
        failed.lastError = QStringLiteral("Business Central is not available right now.");
        const QString detail =
            QStringLiteral("POST http://erp.test/salesOrders: HTTP 503 Service Unavailable\n"
                           "Answer (HTTP 503, 27 bytes): {\"message\":\"Down for 'maintenance'\"}");
        failed.lastErrorDetail = detail;
        QVERIFY(repo.saveState(failed));

        const StagedOrder read = **repo.find(QStringLiteral("web"), QStringLiteral("2101"));
        QCOMPARE(read.lastError, failed.lastError);
        QCOMPARE(read.lastErrorDetail, detail);

        auto retried =
            repo.requeue(failed.id, OrderRepository::Requeue::Retry, QStringLiteral("queued by test"));
        QVERIFY2(retried, qPrintable(retried.message()));
        QVERIFY(retried->lastError.isEmpty());
        QVERIFY(retried->lastErrorDetail.isEmpty());
    }

    void requeueIsConditionalAndKeepsWhatWasSent() {
        OrderRepository repo(*m_db);
        QList<StagedOrder> batch{order(QStringLiteral("2001"), 2, "{}")};
        QVERIFY(repo.store(batch));
        StagedOrder failed = **repo.find(QStringLiteral("web"), QStringLiteral("2001"));
        failed.status = OrderStatus::Failed;
        failed.erpCustomerNumber = QStringLiteral("C00001");
        failed.attempts = 5;
        failed.sends = 5;
        failed.lastError = QStringLiteral("HTTP 503");
        failed.lines[0].erpItemNumber = QStringLiteral("1000");
        QVERIFY(repo.saveState(failed));

        using Requeue = OrderRepository::Requeue;
        auto retried = repo.requeue(failed.id, Requeue::Retry, QStringLiteral("queued by test"));
        QVERIFY2(retried, qPrintable(retried.message()));
        QCOMPARE_NAMED(retried->status, OrderStatus::Failed);
        QCOMPARE(retried->attempts, 0);
        QCOMPARE(retried->sends, 5); // still looked up in the ERP before it is sent again
        QVERIFY(retried->lastError.isEmpty());
        QCOMPARE(retried->erpCustomerNumber, QStringLiteral("C00001"));

        auto rematched = repo.requeue(failed.id, Requeue::Rematch, QStringLiteral("queued by test"));
        QVERIFY2(rematched, qPrintable(rematched.message()));
        QCOMPARE_NAMED(rematched->status, OrderStatus::New);
        QVERIFY(rematched->erpCustomerNumber.isEmpty());
        QVERIFY(rematched->lines[0].erpItemNumber.isEmpty());
        QCOMPARE(rematched->sends, 5);

        // Only a failed order can be retried: a new one is refused, and nothing changes.
        auto refused = repo.requeue(failed.id, Requeue::Retry, QStringLiteral("queued by test"));
        QVERIFY(!refused);
        QCOMPARE_NAMED(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.message().contains(QStringLiteral("is new now")), qPrintable(refused.message()));

        // Submitted meanwhile (by the import): a re-match is refused too.
        StagedOrder submitted = **repo.get(failed.id);
        submitted.status = OrderStatus::Submitted;
        QVERIFY(repo.saveState(submitted));
        auto late = repo.requeue(failed.id, Requeue::Rematch, QStringLiteral("queued by test"));
        QCOMPARE_NAMED(late.error().kind, ErrorKind::Conflict);
        QCOMPARE_NAMED((*repo.get(failed.id))->status, OrderStatus::Submitted);
        QCOMPARE_NAMED(repo.requeue(987654, Requeue::Retry, QString()).error().kind, ErrorKind::NotFound);

        auto audit = AuditLog(*m_db).list(QStringLiteral("order"), QStringLiteral("WEB-2001"));
        QVERIFY(audit);
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->first().newValue, QStringLiteral("new (queued by test)"));
        QCOMPARE(audit->first().oldValue, QStringLiteral("failed"));
    }

    // Saving a mapping releases every order blocked on it (by SKU or by product), once each; an
    // order blocked on something else, or not blocked, stays.
    void mappingReleasesEveryOrderBlockedOnIt() {
        OrderRepository repo(*m_db);
        QList<StagedOrder> batch{
            order(QStringLiteral("3001"), 2, "{}"), order(QStringLiteral("3002"), 1, "{}"),
            order(QStringLiteral("3003"), 1, "{}"), order(QStringLiteral("3004"), 3, "{}")};
        QVERIFY(repo.store(batch));
        const QList<OrderStatus> statuses{OrderStatus::Blocked, OrderStatus::Blocked, OrderStatus::Matched,
                                          OrderStatus::Blocked};
        for (int i = 0; i < batch.size(); ++i) {
            StagedOrder o = **repo.find(QStringLiteral("web"), batch[i].orderNumber);
            o.status = statuses[i];
            if (i == 3) { // blocked on SKU-3 only: SKU-1 and SKU-2 are mapped
                o.lines[0].erpItemNumber = QStringLiteral("1000");
                o.lines[1].erpItemNumber = QStringLiteral("1001");
            }
            QVERIFY(repo.saveState(o));
        }
        ProductMapping bySku;
        bySku.shopCode = QStringLiteral("web");
        bySku.sku = QStringLiteral("SKU-1");
        bySku.erpItemNumber = QStringLiteral("1000");
        auto released = repo.requeueBlockedOn({bySku}, QStringLiteral("mapped by test"));
        QVERIFY2(released, qPrintable(released.message()));
        QCOMPARE(*released, 2); // 3001 and 3002; 3003 is not blocked, 3004 waits for SKU-3
        QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QStringLiteral("3001")))->status, OrderStatus::New);
        QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QStringLiteral("3002")))->status, OrderStatus::New);
        QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QStringLiteral("3003")))->status,
                       OrderStatus::Matched);
        QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QStringLiteral("3004")))->status,
                       OrderStatus::Blocked);

        ProductMapping byProduct; // SKU-3 is product 103
        byProduct.shopCode = QStringLiteral("web");
        byProduct.productId = 103;
        byProduct.erpItemNumber = QStringLiteral("1003");
        QCOMPARE(*repo.requeueBlockedOn({byProduct}, QStringLiteral("mapped by test")), 1);
        QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QStringLiteral("3004")))->status, OrderStatus::New);
        QCOMPARE(*repo.requeueBlockedOn({bySku, byProduct}, QStringLiteral("again")), 0);
    }

    // CatalogRepository::saveMappings, what every way of saving a mapping calls (Map a SKU, the
    // Products page, its CSV import): the mappings and the release of the orders blocked on them
    // are one transaction, so a mapping that cannot be saved releases nothing either.
    void savingMappingsReleasesInTheSameTransaction() {
        OrderRepository repo(*m_db);
        QList<StagedOrder> batch{order(QStringLiteral("3101"), 1, "{}"),
                                 order(QStringLiteral("3102"), 1, "{}")};
        for (StagedOrder& o : batch)
            o.lines[0].sku = QStringLiteral("SKU-TX");
        QVERIFY(repo.store(batch));
        for (const StagedOrder& b : batch) {
            StagedOrder o = **repo.find(QStringLiteral("web"), b.orderNumber);
            o.status = OrderStatus::Blocked;
            QVERIFY(repo.saveState(o));
        }
        ProductMapping good;
        good.shopCode = QStringLiteral("web");
        good.sku = QStringLiteral("SKU-TX");
        good.erpItemNumber = QStringLiteral("1000");
        good.source = QStringLiteral("manual");
        ProductMapping bad = good;
        bad.sku = QStringLiteral("SKU-OTHER");
        bad.erpItemNumber.clear(); // refused: no ERP item
        CatalogRepository catalog(*m_db);
        auto refused = catalog.saveMappings({good, bad}, QStringLiteral("mapped by test"));
        QVERIFY(!refused);
        QVERIFY(!*catalog.mapping(QStringLiteral("web"), QStringLiteral("sku:SKU-TX")));
        QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QStringLiteral("3101")))->status,
                       OrderStatus::Blocked);

        auto released = catalog.saveMappings({good}, QStringLiteral("mapped by test"));
        QVERIFY2(released, qPrintable(released.message()));
        QCOMPARE(*released, 2);
        QCOMPARE((*catalog.mapping(QStringLiteral("web"), QStringLiteral("sku:SKU-TX")))->erpItemNumber,
                 QStringLiteral("1000"));
        for (const char* number : {"3101", "3102"})
            QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QLatin1String(number)))->status,
                           OrderStatus::New);
    }

    // A person's link change puts the identity's orders waiting for review or failed back in the
    // queue in the same transaction; a change refused (someone else changed the link first) leaves
    // both the link and the orders as they were.
    void linkChangeRequeuesTheCustomersWaitingOrders() {
        OrderRepository repo(*m_db);
        QList<StagedOrder> batch{
            order(QStringLiteral("4001"), 1, "{}"), order(QStringLiteral("4002"), 1, "{}"),
            order(QStringLiteral("4003"), 1, "{}"), order(QStringLiteral("4004"), 1, "{}")};
        batch[3].customer = customer(QStringLiteral("8"), QStringLiteral("bob@example.com"));
        QVERIFY(repo.store(batch));
        const QList<OrderStatus> statuses{OrderStatus::NeedsReview, OrderStatus::Failed, OrderStatus::Blocked,
                                          OrderStatus::NeedsReview};
        for (int i = 0; i < batch.size(); ++i) {
            StagedOrder o = **repo.find(QStringLiteral("web"), batch[i].orderNumber);
            o.status = statuses[i];
            QVERIFY(repo.saveState(o));
        }
        ShopCustomer ann = customer(QStringLiteral("7"), QStringLiteral("ann@example.com"));
        QVERIFY(CustomerRepository(*m_db).upsert(ann));

        LinkRepository links(*m_db);
        auto refused =
            links.change(ann, QStringLiteral("C00075"), QStringLiteral("Ann BV"), LinkSource::Manual, 3,
                         QStringLiteral("two cards"), QStringLiteral("chosen by test"));
        QCOMPARE_NAMED(refused.error().kind, ErrorKind::Conflict);
        QVERIFY(!links.get(ann.id)->isLinked());
        QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QStringLiteral("4001")))->status,
                       OrderStatus::NeedsReview);

        auto changed =
            links.change(ann, QStringLiteral("C00075"), QStringLiteral("Ann BV"), LinkSource::Manual, 0,
                         QStringLiteral("two cards"), QStringLiteral("chosen by test"));
        QVERIFY2(changed, qPrintable(changed.message()));
        QCOMPARE(changed->link.erpCustomerNumber, QStringLiteral("C00075"));
        const StagedOrder first = **repo.find(QStringLiteral("web"), QStringLiteral("4001"));
        const StagedOrder second = **repo.find(QStringLiteral("web"), QStringLiteral("4002"));
        QCOMPARE(changed->requeued, (QList<qint64>{first.id, second.id})); // not the blocked one, nor Bob's
        QCOMPARE_NAMED(first.status, OrderStatus::New);
        QCOMPARE_NAMED(second.status, OrderStatus::New);
        QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QStringLiteral("4003")))->status,
                       OrderStatus::Blocked);
        QCOMPARE_NAMED((*repo.find(QStringLiteral("web"), QStringLiteral("4004")))->status,
                       OrderStatus::NeedsReview);
        auto audit = AuditLog(*m_db).list(QStringLiteral("link"));
        QVERIFY(audit && !audit->isEmpty());
        QVERIFY2(audit->first().newValue.endsWith(QStringLiteral("; reason: two cards")),
                 qPrintable(audit->first().newValue));
        auto queued = AuditLog(*m_db).list(QStringLiteral("order"), QStringLiteral("WEB-4001"));
        QVERIFY(queued && queued->size() == 1);
        QCOMPARE(queued->first().newValue, QStringLiteral("new (chosen by test)"));
    }

    void latestOrderOfACustomer() {
        OrderRepository repo(*m_db);
        QList<StagedOrder> batch{order(QStringLiteral("1001"), 1, "{}"),
                                 order(QStringLiteral("1002"), 1, "{}")};
        StagedOrder guest = order(QStringLiteral("1003"), 1, "{}");
        guest.customer.shopCustomerId.clear();
        guest.customer.email = QStringLiteral("Guest@Example.com");
        batch.append(guest);
        QVERIFY(repo.store(batch));
        auto latest = repo.latestFor(customer(QStringLiteral("7"), QStringLiteral("ann@example.com")));
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->orderNumber, QStringLiteral("1002"));
        ShopCustomer guestCustomer = customer({}, QStringLiteral("guest@example.com"));
        QCOMPARE((*repo.latestFor(guestCustomer))->orderNumber, QStringLiteral("1003"));
        QVERIFY(!*repo.latestFor(customer(QStringLiteral("8"), QStringLiteral("x@example.com"))));
    }

    void importCursor() {
        OrderRepository repo(*m_db);
        QVERIFY(!repo.cursor(QStringLiteral("web"))->isValid());
        const QDateTime t(QDate(2026, 11, 2), QTime(8, 30, 15, 250), Qt::UTC);
        QVERIFY(repo.setCursor(QStringLiteral("web"), t));
        QCOMPARE(*repo.cursor(QStringLiteral("web")), t);
        QVERIFY(repo.setCursor(QStringLiteral("web"), t.addSecs(60)));
        QCOMPARE(*repo.cursor(QStringLiteral("web")), t.addSecs(60));
    }
};

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
