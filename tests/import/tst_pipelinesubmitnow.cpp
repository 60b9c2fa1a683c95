// Submit now: the pipeline over just the orders staff chose, with the fixture of the pipeline's own
// tests (pipelinetest.h). Nothing is fetched; the lock, the default customer's check and
// exactly-once submission are those of every pass.
#include "pipelinetest.h"
#include "store/customerrepository.h"
#include "store/importlock.h"
#include "store/linkrepository.h"

using namespace linkdesk;
using test::pipelineOrder;

class TestPipelineSubmitNow : public test::PipelineTest {
    Q_OBJECT

    // Submit now of these orders (by number).
    Result<ImportSummary> submitNow(const QStringList& numbers) {
        QList<qint64> ids;
        for (const QString& n : numbers)
            ids << stored(n).id;
        return runPass(0, ids);
    }
    // Orders as a pass fetched them, waiting: stored as new, or with the status given.
    void stage(const QList<std::pair<QString, OrderStatus>>& orders) {
        QList<StagedOrder> staged;
        for (const auto& [number, status] : orders)
            staged << pipelineOrder(number, QStringLiteral("17"), QStringLiteral("orders@acme.example"));
        QVERIFY(OrderRepository(*m_db).store(staged));
        for (const auto& [number, status] : orders) {
            StagedOrder o = stored(number);
            o.status = status;
            if (status == OrderStatus::Matched) {
                o.erpCustomerNumber = QStringLiteral("C00001");
                o.lines[0].erpItemNumber = QStringLiteral("1000");
            }
            QVERIFY(OrderRepository(*m_db).saveState(o));
        }
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    // Submit now: nothing is fetched; only the chosen orders are matched and submitted, each once.
    void submitNowTakesOnlyTheChosenOrders() {
        stage({{QStringLiteral("3001"), OrderStatus::New},
               {QStringLiteral("3002"), OrderStatus::Matched},
               {QStringLiteral("3003"), OrderStatus::New},
               {QStringLiteral("3004"), OrderStatus::Matched}});
        auto pass = submitNow({QStringLiteral("3001"), QStringLiteral("3002")});
        QVERIFY2(pass, qPrintable(pass.message()));
        QCOMPARE(pass->fetched, 0);
        QCOMPARE(pass->matched, 1);
        QCOMPARE(pass->submitted, 2);
        QCOMPARE_NAMED(stored(QStringLiteral("3001")).status, OrderStatus::Submitted);
        QCOMPARE_NAMED(stored(QStringLiteral("3002")).status, OrderStatus::Submitted);
        QCOMPARE_NAMED(stored(QStringLiteral("3003")).status, OrderStatus::New);     // not chosen
        QCOMPARE_NAMED(stored(QStringLiteral("3004")).status, OrderStatus::Matched); // not chosen
        QCOMPARE(OrderRepository(*m_db).list()->size(), 4); // the shop's orders were not fetched
        QCOMPARE(m_erp->orders().size(), 2);

        const int submits = m_erp->submitCalls();
        auto again = submitNow({QStringLiteral("3001"), QStringLiteral("3002")});
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again->submitted, 0);
        QCOMPARE(m_erp->submitCalls(), submits);
    }

    // Staff unblocked the customer in the ERP and submit now: the pass asks the ERP again instead of
    // believing the cache.
    void submitNowAsksTheErpAfreshAboutTheLinkedCustomer() {
        stage({{QStringLiteral("3101"), OrderStatus::New}});
        ShopCustomer customer = stored(QStringLiteral("3101")).customer;
        QVERIFY(CustomerRepository(*m_db).upsert(customer));
        QVERIFY(LinkRepository(*m_db).set(customer.id, QStringLiteral("C00001"),
                                          QStringLiteral("Acme Print Ltd"), LinkSource::Manual, 0,
                                          QStringLiteral("chosen")));
        ErpCustomer wasBlocked;
        wasBlocked.number = QStringLiteral("C00001");
        wasBlocked.name = QStringLiteral("Acme Print Ltd");
        wasBlocked.email = QStringLiteral("orders@acme.example");
        wasBlocked.blocked = true;
        wasBlocked.blockedReason = QStringLiteral("credit limit");
        m_cache.putCustomer(QStringLiteral("C00001"), wasBlocked);
        auto pass = submitNow({QStringLiteral("3101")});
        QVERIFY2(pass, qPrintable(pass.message()));
        QCOMPARE(pass->submitted, 1);
        QCOMPARE(stored(QStringLiteral("3101")).erpCustomerNumber, QStringLiteral("C00001"));
        QCOMPARE((*m_cache.customer(QStringLiteral("C00001")))->blocked, false);
    }

    // The lock and the default customer's check apply to a Submit now as to an import.
    void submitNowIsRefusedLikeAnImport() {
        stage({{QStringLiteral("3201"), OrderStatus::New}});
        {
            auto other = m_tdb->open();
            QVERIFY(other);
            ImportLock held(*other, QStringLiteral("ann@desk1"));
            QVERIFY(held.acquire());
            auto refused = submitNow({QStringLiteral("3201")});
            QCOMPARE_NAMED(refused.error().kind, ErrorKind::Conflict);
            QVERIFY2(refused.message().contains(QStringLiteral("ann@desk1")), qPrintable(refused.message()));
        }
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("default_customer_code"), QStringLiteral("GONE")));
        auto missing = submitNow({QStringLiteral("3201")});
        QCOMPARE_NAMED(missing.error().kind, ErrorKind::Configuration);
        QCOMPARE_NAMED(stored(QStringLiteral("3201")).status, OrderStatus::New);
        QCOMPARE(m_erp->orders().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPipelineSubmitNow)
#include "tst_pipelinesubmitnow.moc"
