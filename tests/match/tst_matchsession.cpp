// MatchSession across waves: the import runs one session over several waves of orders (run() per
// wave). A customer whose creation failed in one wave is not created by a later wave of the same
// session; the next session searches first and creates it at most once.
#include "domainprinters.h"
#include "matchworld.h"

#include <QTest>

using namespace linkdesk;
using linkdesk::matchtest::World;

class TestMatchSession : public QObject {
    Q_OBJECT

    static QList<MatchOutcome> runWaves(World& w, MatchSession& session, const QList<StagedOrder>& waves) {
        QList<MatchOutcome> outcomes;
        session.onSettled([&outcomes](qsizetype, const MatchOutcome& outcome) {
            outcomes.append(outcome);
            return Result<void>();
        });
        for (const StagedOrder& order : waves) // one order per wave
            if (auto r = session.run({order}, [&w](const QString&) { return w.settings; }); !r)
                qWarning("%s", qPrintable(r.message()));
        return outcomes;
    }

private slots:
    void failedCreationIsNotRetriedByALaterWave_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("created");
        QTest::addColumn<QString>("secondWave");
        // The answer was lost but the ERP made it: the second wave's search finds it and links it.
        QTest::newRow("answer lost after the create")
            << int(InMemoryErpDirectory::CreateFault::AfterCreate) << 1 << QStringLiteral("matched");
        // Nothing was made: the second wave's search finds nothing, and it does not create either.
        QTest::newRow("create never happened")
            << int(InMemoryErpDirectory::CreateFault::BeforeCreate) << 0 << QStringLiteral("failed");
    }
    void failedCreationIsNotRetriedByALaterWave() {
        QFETCH(int, fault);
        QFETCH(int, created);
        QFETCH(QString, secondWave);
        World w;
        w.settings.checkEmailNewCustomers = false; // only the intent makes it search
        w.erp.failNextCreate(InMemoryErpDirectory::CreateFault(fault));
        StagedOrder second = w.order;
        second.orderNumber = QStringLiteral("1002");
        MatchSession session(w.erp, w.data);
        const QList<MatchOutcome> outcomes = runWaves(w, session, {w.order, second});
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE_NAMED(outcomes.at(0).status, MatchStatus::Failed);
        QCOMPARE(toString(outcomes.at(1).status), secondWave);
        for (const MatchOutcome& o : outcomes)
            if (o.status == MatchStatus::Failed)
                QVERIFY2(o.reason.contains(QStringLiteral("A retry searches the ERP")), qPrintable(o.reason));
        QCOMPARE(w.erp.createdCount(), created); // the second wave did not ask again
        QCOMPARE(session.customersCreated(), 0);

        // The next import (a new session) searches, then links or creates: one customer either way.
        MatchSession next(w.erp, w.data);
        const QList<MatchOutcome> again = runWaves(w, next, {w.order, second});
        QCOMPARE(again.size(), 2);
        for (const MatchOutcome& o : again)
            QCOMPARE_NAMED(o.status, MatchStatus::Matched);
        QCOMPARE(again.at(0).customer.erpCustomerNumber, again.at(1).customer.erpCustomerNumber);
        QCOMPARE(w.erp.createdCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMatchSession)
#include "tst_matchsession.moc"
