#pragma once

// The world of one rule scenario in tst_matching: ERP customers and items, local match data,
// settings and one order, matched through MatchSession; and MatchData whose first link write is
// raced by staff.
#include "match/inmemoryerpdirectory.h"
#include "match/inmemorymatchdata.h"
#include "match/matchsession.h"
#include "testcustomers.h"
#include "testorders.h"

#include <QJsonObject>
#include <QTest>

#include <functional>

namespace linkdesk::matchtest {

using test::erpCustomer;

// Match data whose next link write is raced by someone else's: before it lands, meanwhile() runs.
struct RacingData final : InMemoryMatchData {
    std::function<void()> meanwhile;
    int refusedWrites = 0;

    Result<Link> setLink(const ShopCustomer& customer, const LinkWrite& write) override {
        if (auto race = std::exchange(meanwhile, {}))
            race();
        auto written = InMemoryMatchData::setLink(customer, write);
        refusedWrites += written.failedWith(ErrorKind::Conflict);
        return written;
    }
};

// One scenario's world and what it did.
struct World {
    InMemoryErpDirectory erp;
    RacingData data;
    ShopSettings settings;
    StagedOrder order;
    QList<MatchOutcome> outcomes; // one per run, in order

    World() {
        settings.defaultCustomerCode = QStringLiteral("WEB");
        settings.guestPolicy = GuestPolicy::MatchEmail;
        order = test::stagedOrder(QStringLiteral("1001"), QStringLiteral("17"),
                                  QStringLiteral("orders@acme.example"));
        order.customer.firstName = QStringLiteral("Ann");
        order.customer.lastName = QStringLiteral("Smith");
        order.customer.country = QStringLiteral("GB");
        order.lines = {test::orderLine(1, QStringLiteral("CARD-100"), 2, QStringLiteral("Business cards"))};
        ProductMapping mapping;
        mapping.shopCode = QStringLiteral("web");
        mapping.sku = QStringLiteral("CARD-100");
        mapping.erpItemNumber = QStringLiteral("1000");
        data.insertMapping(mapping);
        CustomerTemplate any;
        any.id = 1;
        any.name = QStringLiteral("Web customers");
        any.fields = QJsonObject{{QStringLiteral("paymentTermsId"), QStringLiteral("14 DAYS")}};
        data.setCustomerTemplates({any});
    }

    MatchOutcome run() {
        outcomes.append(MatchSession(erp, data).run(order, settings));
        return outcomes.constLast();
    }
    // staleReason: the link is marked stale with it.
    void link(const QString& key, const QString& number, LinkSource source, int version = 1,
              const QString& staleReason = {}) {
        Link l;
        l.erpCustomerNumber = number;
        l.source = source;
        l.rowVersion = version;
        l.stale = !staleReason.isEmpty();
        l.staleReason = staleReason;
        data.insertLink(QStringLiteral("web"), key, l);
    }
    void guest(const QString& email) {
        order.customer.shopCustomerId.clear();
        order.customer.email = email;
    }
    const Link* linkOf(const QString& key) const { return data.link(QStringLiteral("web"), key); }
};

struct Scenario {
    std::function<void(World&)> act; // sets the world up and runs one or more orders
    MatchStatus status;
    QString erpCustomer; // of the last outcome
    QString sentence;    // a sentence the last trace must contain
    std::function<void(const World&)> check = {};
};

inline const ErpCustomer kAcme = erpCustomer(QStringLiteral("C00001"), QStringLiteral("Acme Print Ltd"),
                                             QStringLiteral("orders@acme.example"));

// Runs a scenario in a fresh world and checks its last outcome: status, ERP customer, a sentence of
// the trace, then the scenario's own check.
inline void runScenario(const Scenario& scenario) {
    World world;
    scenario.act(world);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!world.outcomes.isEmpty());
    const MatchOutcome& outcome = world.outcomes.constLast();
    const QString trace = outcome.trace.sentences().join(QLatin1Char('\n'));
    QVERIFY2(
        outcome.status == scenario.status,
        qPrintable(QStringLiteral("status %1, expected %2; reason: %3\n%4")
                       .arg(toString(outcome.status), toString(scenario.status), outcome.reason, trace)));
    QCOMPARE(outcome.customer.erpCustomerNumber, scenario.erpCustomer);
    QVERIFY2(trace.contains(scenario.sentence), qPrintable(trace));
    if (scenario.check)
        scenario.check(world);
}

} // namespace linkdesk::matchtest
