// The pipeline's own rules with in-process fakes for the shop and the ERP (on their own thread, as
// the real clients are): what one pass does with each kind of order, that a second pass changes
// nothing, and that an order whose submit may have reached the ERP is looked up, never sent twice.
#include "pipelinetest.h"
#include "store/importlock.h"

using namespace linkdesk;
using test::FakeErpClient;
using test::pipelineOrder;

class TestImportPipeline : public test::PipelineTest {
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void onePassThenNothingChanges() {
        auto first = runPass();
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->fetched, 5);
        QCOMPARE(first->quarantined, 1);
        QCOMPARE(first->matched, 3);
        QCOMPARE(first->blocked, 1);
        QCOMPARE(first->submitted, 3);
        QCOMPARE(first->failed, 0);
        QCOMPARE(first->customersCreated, 1);
        QCOMPARE(first->linkedByEmail, 1);
        QCOMPARE(first->linkedCreated, 1);
        QCOMPARE(first->linkedExisting, 1); // the guest's second order uses the link of the first

        QCOMPARE_NAMED(stored(QStringLiteral("1001")).status, OrderStatus::Submitted);
        QCOMPARE(stored(QStringLiteral("1001")).erpCustomerNumber, QStringLiteral("C00001"));
        QVERIFY(!stored(QStringLiteral("1001")).erpOrderNumber.isEmpty());
        QCOMPARE(stored(QStringLiteral("1002")).erpCustomerNumber,
                 stored(QStringLiteral("1003")).erpCustomerNumber);
        QCOMPARE_NAMED(stored(QStringLiteral("1004")).status, OrderStatus::Blocked);
        QVERIFY(stored(QStringLiteral("1004")).reason.contains(QStringLiteral("NOPE")));
        QCOMPARE_NAMED(stored(QStringLiteral("1005")).status, OrderStatus::Quarantined);
        QCOMPARE(stored(QStringLiteral("1005")).reason,
                 QStringLiteral("line_items[0].quantity: -1 is negative"));
        QCOMPARE(m_erp->orders().size(), 3);
        QCOMPARE(m_erp->firstAttempts(), 3); // the common path: straight to the create, one request
        const ErpSalesOrder so = m_erp->orders().value(QStringLiteral("WEB-1001"));
        QCOMPARE(so.customerNumber, QStringLiteral("C00001"));
        QCOMPARE(so.lines.size(), 1);
        QCOMPARE(so.lines.first().itemNumber, QStringLiteral("1000"));
        QCOMPARE(so.extraFields.value(QStringLiteral("currencyCode")).toString(), QStringLiteral("GBP"));

        const int submits = m_erp->submitCalls();
        auto second = runPass();
        QVERIFY2(second, qPrintable(second.message()));
        QCOMPARE(second->fetched, 0);
        QCOMPARE(second->submitted, 0);
        QCOMPARE(second->customersCreated, 0);
        QCOMPARE(m_erp->submitCalls(), submits);
        QCOMPARE(m_erp->orders().size(), 3);
        QCOMPARE(m_erp->createdCustomers(), 1);
    }

    void nextWaveIsMatchedWhileOneIsSubmitted() {
        QList<StagedOrder> orders;
        for (int i = 1; i <= 6; ++i) // six new guests, waves of two
            orders.append(pipelineOrder(QString::number(2000 + i), QString(),
                                        QStringLiteral("guest%1@example.com").arg(i)));
        m_shop->setOrders(orders);
        m_erp->setSubmitDelay(300);
        auto pass = runPass(2);
        QVERIFY2(pass, qPrintable(pass.message()));
        QCOMPARE(pass->submitted, 6);
        QCOMPARE(m_erp->orders().size(), 6);
        const QStringList events = m_erp->events();
        // The second wave's customers were searched for before the first wave's orders were
        // answered, and the third's before the second's.
        QVERIFY2(events.indexOf(QStringLiteral("search:guest3@example.com")) <
                     events.indexOf(QStringLiteral("answered:WEB-2001")),
                 qPrintable(events.join(QLatin1Char(' '))));
        QVERIFY2(events.indexOf(QStringLiteral("search:guest5@example.com")) <
                     events.indexOf(QStringLiteral("answered:WEB-2003")),
                 qPrintable(events.join(QLatin1Char(' '))));
        QVERIFY(events.indexOf(QStringLiteral("search:guest5@example.com")) >= 0);
    }

    void lostReplyIsLookedUpNotSentTwice() {
        m_erp->failSubmits(FakeErpClient::SubmitFault::Lost, 1);
        auto first = runPass();
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->failed, 1);
        QCOMPARE(first->submitted, 2);
        QCOMPARE(m_erp->orders().size(), 3); // the lost one got through
        const int submits = m_erp->submitCalls();

        auto second = runPass();
        QVERIFY2(second, qPrintable(second.message()));
        QCOMPARE(second->submitted, 1);
        QCOMPARE(m_erp->submitCalls(), submits); // found by external document number, not posted again
        QCOMPARE(m_erp->orders().size(), 3);
        int already = 0;
        for (const QString& n : {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")}) {
            QCOMPARE_NAMED(stored(n).status, OrderStatus::Submitted);
            already += stored(n).reason.startsWith(QStringLiteral("Already in the ERP"));
        }
        QCOMPARE(already, 1);
    }

    void retriedAndRefetchedLostOrderIsStillLookedUp() {
        m_erp->failSubmits(FakeErpClient::SubmitFault::Lost, 1);
        QVERIFY(runPass());
        auto failed = OrderRepository(*m_db).list({OrderStatus::Failed});
        QVERIFY(failed && failed->size() == 1);
        const StagedOrder lost = failed->first();
        // Staff retry it (a fresh round, the error cleared), and the shop sends it again, changed:
        // neither may make it look like an order that was never sent.
        QVERIFY(
            OrderRepository(*m_db).requeue(lost.id, OrderRepository::Requeue::Retry, QStringLiteral("test")));
        StagedOrder changed =
            pipelineOrder(lost.orderNumber, lost.customer.shopCustomerId, lost.customer.email);
        changed.modifiedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        changed.rawPayload = "{\"changed\":true}";
        m_shop->setOrders({changed});
        const int submits = m_erp->submitCalls();

        auto second = runPass();
        QVERIFY2(second, qPrintable(second.message()));
        QCOMPARE(second->fetched, 1);
        QCOMPARE(second->submitted, 1);
        QCOMPARE(m_erp->submitCalls(), submits); // found by its external document number
        QCOMPARE(m_erp->orders().size(), 3);
        QVERIFY(stored(lost.orderNumber).reason.startsWith(QStringLiteral("Already in the ERP")));
    }

    void crashWhileSubmittingResumesWithoutDuplicate() {
        m_erp->failSubmits(FakeErpClient::SubmitFault::Lost, 3);
        QVERIFY(runPass());
        // As if the process died after the ERP stored the orders but before their answers were saved.
        for (const QString& n : {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")}) {
            StagedOrder o = stored(n);
            o.status = OrderStatus::Submitting;
            o.attempts = 0;
            QVERIFY(OrderRepository(*m_db).saveState(o));
        }
        auto resumed = runPass();
        QVERIFY2(resumed, qPrintable(resumed.message()));
        QCOMPARE(resumed->submitted, 3);
        QCOMPARE(m_erp->orders().size(), 3);
        QCOMPARE(m_erp->submitCalls(), 3);
    }

    void refusedOrderNeedsReview() {
        m_erp->failSubmits(FakeErpClient::SubmitFault::Refused, 1);
        auto pass = runPass();
        QVERIFY2(pass, qPrintable(pass.message()));
        QCOMPARE(pass->submitted, 2);
        QCOMPARE(pass->needsReview, 1);
        auto listed = OrderRepository(*m_db).list({OrderStatus::NeedsReview});
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().reason, QStringLiteral("Customer is blocked."));
        QCOMPARE(listed->first().lastError, listed->first().reason);
        QCOMPARE(listed->first().lastErrorDetail, QString::fromLatin1(test::kRefusalDetail)); // beside it
    }

    // An ERP look-up that fails while matching: the order fails with the sentence, and the request and
    // answer behind it are kept beside it for Details.
    void failedLookupKeepsItsDetails() {
        m_erp->failSearches(100);
        auto pass = runPass();
        QVERIFY2(pass, qPrintable(pass.message()));
        const StagedOrder order = stored(QStringLiteral("1002")); // a guest: searched for by e-mail
        QCOMPARE_NAMED(order.status, OrderStatus::Failed);
        QVERIFY2(order.lastError.startsWith(QStringLiteral("Could not search the ERP for ")),
                 qPrintable(order.lastError));
        QVERIFY2(order.lastError.contains(QStringLiteral("HTTP 503")), qPrintable(order.lastError));
        QCOMPARE(order.lastErrorDetail, QString::fromLatin1(test::kLookupDetail));
        QCOMPARE_NAMED(stored(QStringLiteral("1004")).status, OrderStatus::Blocked); // no search needed
    }

    // An ERP that can neither find an order by its number nor de-duplicates (Tharstern): an order
    // whose submit outcome is unknown is never sent again on its own; staff resolve it.
    void unknownOutcomeWaitsForStaffWhereTheErpCannotBeAsked() {
        m_erp->setResubmitSafe(false);
        m_erp->failSubmits(FakeErpClient::SubmitFault::Lost, 1);
        auto first = runPass();
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->submitted, 2);
        QCOMPARE(first->needsReview, 1);
        QCOMPARE(first->failed, 0);
        auto held = OrderRepository(*m_db).list({OrderStatus::NeedsReview});
        QVERIFY(held && held->size() == 1);
        const StagedOrder lost = held->first();
        QVERIFY2(lost.reason.startsWith(
                     QStringLiteral("The ERP may already have this order: WEB-%1").arg(lost.orderNumber)),
                 qPrintable(lost.reason));
        QVERIFY2(lost.reason.contains(QStringLiteral("orders resolve web %1").arg(lost.orderNumber)),
                 qPrintable(lost.reason));
        const int submits = m_erp->submitCalls();

        // Neither the next pass nor a rematch sends it again.
        QVERIFY(runPass());
        QVERIFY(OrderRepository(*m_db).requeue(lost.id, OrderRepository::Requeue::Rematch,
                                               QStringLiteral("test")));
        auto rematched = runPass();
        QVERIFY2(rematched, qPrintable(rematched.message()));
        QCOMPARE(rematched->needsReview, 1);
        QCOMPARE(m_erp->submitCalls(), submits);
        QCOMPARE_NAMED(stored(lost.orderNumber).status, OrderStatus::NeedsReview);

        // Staff found it in the ERP.
        const QString number = m_erp->orders().value(lost.externalDocumentNumber()).number;
        auto resolved = OrderRepository(*m_db).resolve(lost.id, OrderRepository::Resolution::Submitted,
                                                       number, QStringLiteral("checked"));
        QVERIFY2(resolved, qPrintable(resolved.message()));
        QCOMPARE_NAMED(resolved->status, OrderStatus::Submitted);
        QCOMPARE(resolved->erpOrderNumber, number);
        QVERIFY(runPass());
        QCOMPARE(m_erp->submitCalls(), submits);
    }

    void crashWhileSubmittingWaitsForStaffThenResubmits() {
        m_erp->setResubmitSafe(false);
        m_erp->failSubmits(FakeErpClient::SubmitFault::Refused, 3); // refused: known, not sent
        auto first = runPass();
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->needsReview, 3);
        // A refusal's outcome is known: that send does not count, and a rematch goes through as today.
        const StagedOrder refused = stored(QStringLiteral("1001"));
        QCOMPARE(refused.sends, 0);
        QVERIFY(OrderRepository(*m_db).requeue(refused.id, OrderRepository::Requeue::Rematch,
                                               QStringLiteral("fixed")));
        auto second = runPass();
        QVERIFY2(second, qPrintable(second.message()));
        QCOMPARE(second->submitted, 1);
        QCOMPARE_NAMED(stored(QStringLiteral("1001")).status, OrderStatus::Submitted);

        // As if the process died while 1002 was being sent.
        StagedOrder o = stored(QStringLiteral("1002"));
        QVERIFY(
            OrderRepository(*m_db).requeue(o.id, OrderRepository::Requeue::Rematch, QStringLiteral("fixed")));
        o = stored(QStringLiteral("1002"));
        o.status = OrderStatus::Submitting;
        o.sends = 1;
        QVERIFY(OrderRepository(*m_db).saveState(o));
        const int submits = m_erp->submitCalls();
        auto resumed = runPass();
        QVERIFY2(resumed, qPrintable(resumed.message()));
        QCOMPARE(resumed->needsReview, 1);
        QCOMPARE(m_erp->submitCalls(), submits);
        QVERIFY(
            stored(QStringLiteral("1002")).reason.contains(QStringLiteral("may already have this order")));

        // Staff found it is not in the ERP: sent anew by the next pass.
        auto resolved = OrderRepository(*m_db).resolve(o.id, OrderRepository::Resolution::Resubmit, QString(),
                                                       QStringLiteral("not there"));
        QVERIFY2(resolved, qPrintable(resolved.message()));
        QCOMPARE_NAMED(resolved->status, OrderStatus::New);
        QCOMPARE(resolved->sends, 0);
        auto resent = runPass();
        QVERIFY2(resent, qPrintable(resent.message()));
        QCOMPARE(resent->submitted, 1);
        QCOMPARE(m_erp->submitCalls(), submits + 1);
        QCOMPARE_NAMED(stored(QStringLiteral("1002")).status, OrderStatus::Submitted);
        // Only orders waiting for staff are resolved.
        auto again = OrderRepository(*m_db).resolve(o.id, OrderRepository::Resolution::Resubmit, QString(),
                                                    QStringLiteral("twice"));
        QVERIFY(!again);
        QCOMPARE_NAMED(again.error().kind, ErrorKind::Conflict);
    }

    void secondImporterIsRefusedWithTheHolderNamed() {
        auto other = m_tdb->open();
        QVERIFY(other);
        ImportLock held(*other, QStringLiteral("ann@desk1"));
        QVERIFY(held.acquire());
        auto refused = runPass();
        QVERIFY(!refused);
        QCOMPARE_NAMED(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.message().contains(QStringLiteral("ann@desk1")), qPrintable(refused.message()));
        QCOMPARE(m_erp->requests(), 0);
    }

    // cache_ttl_seconds=0: nothing is cached between passes, yet the answers fetched for one round
    // of matching serve the next, so every order settles as it does with a cache.
    void noCachingStillMatchesEveryOrder() {
        m_cache.setTtlSeconds(0);
        auto first = runPass();
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->failed, 0);
        QCOMPARE(first->matched, 3);
        QCOMPARE(first->blocked, 1);
        QCOMPARE(first->submitted, 3);
        QCOMPARE(first->customersCreated, 1);
        QCOMPARE(m_cache.stats().entries, 0); // nothing outlives the pass
        QCOMPARE(m_cache.snapshot().entries.size(), 0);
    }

    // The default customer is checked before anything is fetched or booked to it.
    void missingOrBlockedDefaultCustomerStopsThePass() {
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("default_customer_code"), QStringLiteral("GONE")));
        auto missing = runPass();
        QVERIFY(!missing);
        QCOMPARE_NAMED(missing.error().kind, ErrorKind::Configuration);
        QVERIFY2(missing.message().contains(QStringLiteral("The default customer GONE (shop web) is not in "
                                                           "the ERP.")),
                 qPrintable(missing.message()));
        auto none = OrderRepository(*m_db).list({});
        QVERIFY(none && none->isEmpty()); // nothing fetched: the orders wait in the shop
        QCOMPARE(m_erp->orders().size(), 0);

        ErpCustomer stopped;
        stopped.number = QStringLiteral("STOP");
        stopped.name = QStringLiteral("Stopped Ltd");
        stopped.blocked = true;
        stopped.blockedReason = QStringLiteral("credit limit");
        m_erp->addCustomer(stopped);
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("default_customer_code"), QStringLiteral("WEB")));
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("default_customer_code"), QStringLiteral("STOP"),
                                         QStringLiteral("web")));
        auto blocked = runPass();
        QVERIFY(!blocked);
        QVERIFY2(
            blocked.message().contains(QStringLiteral("The default customer STOP (Stopped Ltd, shop web) "
                                                      "is blocked in the ERP: credit limit.")),
            qPrintable(blocked.message()));
        QCOMPARE(m_erp->orders().size(), 0);

        QVERIFY(SettingsStore(*m_db).unset(QStringLiteral("default_customer_code"), QStringLiteral("web")));
        auto fixed = runPass();
        QVERIFY2(fixed, qPrintable(fixed.message()));
        QCOMPARE(fixed->fetched, 5);
        QCOMPARE(fixed->submitted, 3);
    }
};

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_importpipeline.moc"
