// Matching benchmark: 100,000 staged orders (1-3 lines) against 1,000,000 known links and 10,000
// product mappings, in-memory data and a warm directory, through MatchSession (match, trace, writes);
// against a bare hash-map look-up loop over the same keys, measured in the same run.
#include "benchcommon.h"

#include "match/inmemoryerpdirectory.h"
#include "match/inmemorymatchdata.h"
#include "match/matchsession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

using namespace linkdesk;

namespace {
struct World {
    InMemoryErpDirectory erp;
    InMemoryMatchData data;
    QList<StagedOrder> orders;
    // The baseline's maps: the same keys, nothing else.
    QHash<QString, QString> links;
    QHash<QString, ErpCustomer> customers;
    QHash<QString, QString> mappings;
};

QString customerKey(int i) {
    return QString::number(100000 + i);
}
QString customerNumber(int i) {
    return QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'));
}
QString sku(int i) {
    return QStringLiteral("SKU-%1").arg(i);
}

void build(World& w, int orders, int links, int erpCustomers, int mappings) {
    const QString shop = QStringLiteral("web");
    w.erp.reserve(erpCustomers);
    w.customers.reserve(erpCustomers);
    for (int i = 0; i < erpCustomers; ++i) {
        ErpCustomer c;
        c.number = customerNumber(i);
        c.name = QStringLiteral("Customer %1").arg(i);
        c.email = QStringLiteral("buyer%1@example.com").arg(i);
        c.currencyCode = QStringLiteral("EUR");
        w.erp.addCustomer(c);
        w.customers.insert(c.number, c);
    }
    w.erp.setAnswersFromCache(true);
    w.data.reserveLinks(shop, links);
    w.links.reserve(links);
    for (int i = 0; i < links; ++i) {
        Link l;
        l.customerId = i + 1;
        l.erpCustomerNumber = customerNumber(i % erpCustomers);
        l.source = LinkSource::Email;
        l.rowVersion = 1;
        w.data.insertLink(shop, customerKey(i), l);
        w.links.insert(customerKey(i), l.erpCustomerNumber);
    }
    w.mappings.reserve(mappings);
    for (int i = 0; i < mappings; ++i) {
        ProductMapping m;
        m.shopCode = shop;
        m.sku = sku(i);
        m.erpItemNumber = QString::number(10000 + i);
        w.data.insertMapping(m);
        w.mappings.insert(m.sku, m.erpItemNumber);
    }
    QRandomGenerator random(7151);
    w.orders.reserve(orders);
    for (int i = 0; i < orders; ++i) {
        StagedOrder o;
        o.shopCode = shop;
        o.orderNumber = QString::number(500000 + i);
        o.currency = QStringLiteral("EUR");
        const int c = int(random.bounded(links));
        o.customer.shopCode = shop;
        o.customer.shopCustomerId = customerKey(c);
        o.customer.email = QStringLiteral("buyer%1@example.com").arg(c % erpCustomers);
        const int lines = 1 + int(random.bounded(3));
        for (int l = 1; l <= lines; ++l) {
            OrderLine line;
            line.lineNo = l;
            line.sku = sku(int(random.bounded(mappings)));
            line.quantity = 1;
            o.lines.append(line);
        }
        w.orders.append(o);
    }
}

// The floor: one look-up per key the matcher needs (link, ERP customer, one mapping per line).
qint64 baseline(const World& w, int* matched) {
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    for (const StagedOrder& o : w.orders) {
        const auto link = w.links.constFind(o.customer.shopCustomerId);
        if (link == w.links.cend())
            continue;
        const auto customer = w.customers.constFind(link.value());
        if (customer == w.customers.cend() || customer->blocked)
            continue;
        bool all = true;
        for (const OrderLine& line : o.lines)
            all = all && w.mappings.contains(line.sku);
        ok += all;
    }
    *matched = ok;
    return timer.nsecsElapsed();
}

// keepBuyers: false matches as a dry run (the test order's), which keeps no buyer record: the work
// the matcher did before every buyer was remembered (#13), for comparison with earlier figures.
qint64 matchAll(World& w, int* matched, bool keepBuyers = true) {
    ShopSettings settings;
    settings.defaultCustomerCode = QStringLiteral("WEB");
    MatchSession::Options options;
    options.dryRun = !keepBuyers;
    MatchSession session(w.erp, w.data, options);
    int ok = 0;
    session.onSettled([&ok](qsizetype, const MatchOutcome& outcome) {
        ok += outcome.status == MatchStatus::Matched;
        return Result<void>();
    });
    QElapsedTimer timer;
    timer.start();
    const bool ran = session.run(w.orders, [&settings](const QString&) { return settings; }).ok();
    const qint64 elapsed = timer.nsecsElapsed();
    *matched = ran ? ok : 0;
    return elapsed;
}
} // namespace

int benchMatch(const QStringList& args) {
    const int orders = bench::intArg(args, QStringLiteral("--orders"), 100000);
    const int links = bench::intArg(args, QStringLiteral("--links"), 1000000);
    const int mappings = bench::intArg(args, QStringLiteral("--mappings"), 10000);
    const int customers = bench::intArg(args, QStringLiteral("--erp-customers"), qMin(links, 100000));
    if (orders <= 0 || links <= 0 || mappings <= 0 || customers <= 0)
        return bench::failWith(QStringLiteral("match: sizes must be positive"));

    QElapsedTimer setup;
    setup.start();
    World w;
    build(w, orders, links, customers, mappings);
    bench::print(QStringLiteral("match: %1 orders, %2 links, %3 mappings, %4 ERP customers (set up in %5 s)")
                     .arg(orders)
                     .arg(links)
                     .arg(mappings)
                     .arg(customers)
                     .arg(setup.elapsed() / 1000.0, 0, 'f', 1));

    int bareMatched = 0;
    int matched = 0;
    const qint64 bare = baseline(w, &bareMatched);
    int dryMatched = 0;
    const qint64 dry = matchAll(w, &dryMatched, false);
    const qint64 matching = matchAll(w, &matched);
    if (matched != orders || bareMatched != orders || dryMatched != orders)
        return bench::failWith(
            QStringLiteral("match: %1 of %2 orders matched (baseline %3): the bench's world "
                           "is wrong")
                .arg(matched)
                .arg(orders)
                .arg(bareMatched));
    const double seconds = matching / 1e9;
    bench::print(QStringLiteral("  bare hash look-ups  %1 s").arg(bare / 1e9, 0, 'f', 3));
    bench::print(QStringLiteral("  MatchSession::run   %1 s  (%2 orders/s)")
                     .arg(seconds, 0, 'f', 3)
                     .arg(qRound64(orders / seconds)));
    bench::print(QStringLiteral("  ratio %1 (aim: >= 200000 orders/s, ratio <= 5)")
                     .arg(double(matching) / double(bare), 0, 'f', 2));
    // The same orders without keeping each buyer's record (95,000 distinct buyers, ~40 MB that an
    // import writes to the database instead): the matching alone.
    bench::print(QStringLiteral("  without keeping buyers  %1 s  (%2 orders/s, ratio %3)")
                     .arg(dry / 1e9, 0, 'f', 3)
                     .arg(qRound64(orders / (dry / 1e9)))
                     .arg(double(dry) / double(bare), 0, 'f', 2));
    return 0;
}
