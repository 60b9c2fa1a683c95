// Import benchmark against linkdesk-sandbox: Linkdesk's pipeline with Business Central's $batch on
// and off, side by side. Each mode runs twice on a fresh sandbox and database, at 0 ms and at
// --latency-ms per request; the difference in wall time divided by the latency is the number of
// round trips on the critical path. --naive adds an importer that does one order at a time.
#include "benchcommon.h"

#include "erp/erpclient.h"
#include "import/importpipeline.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "shop/shopsource.h"
#include "store/catalogrepository.h"
#include "store/database.h"
#include "store/settingsstore.h"
#include "util/crossthread.h"
#include "wiring/importservices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>

using namespace linkdesk;

namespace {
struct Setup {
    int orders, customers, newCustomers, items, latency, parallel;
    QString spec() const {
        return QStringLiteral("orders=%1,customers=%2,new_customers=%3,items=%4,guests=0")
            .arg(orders)
            .arg(customers - newCustomers)
            .arg(newCustomers)
            .arg(items);
    }
};

Profile profileFor(const QString& base, const QString& database, int parallel) {
    Profile p = test::sandboxProfile(base, database, QStringLiteral("Bench"));
    p.erp.companyId = QStringLiteral("bench");
    p.erp.environment = QStringLiteral("production");
    p.net.maxParallel = parallel;
    return p;
}

Result<QString> secret(const QString& name) {
    if (name == QLatin1String("erp.client_secret"))
        return QStringLiteral("bc-secret");
    if (name.endsWith(QLatin1String("consumer_key")))
        return QStringLiteral("ck_demo");
    return QStringLiteral("cs_demo");
}

bool startSandbox(SandboxProcess& sandbox, const Setup& s) {
    qputenv(
        "LINKDESK_SANDBOX",
        (QCoreApplication::applicationDirPath() + QStringLiteral("/../sandbox/linkdesk-sandbox")).toUtf8());
    return sandbox.start(
        {QStringLiteral("--generate"), s.spec(), QStringLiteral("--latency-ms"), QString::number(s.latency)});
}

int sandboxRequests(SandboxProcess& sandbox) {
    return sandbox.requests().value(QStringLiteral("total")).toInt();
}

// One order at a time: search the customer, create it when missing, check each item, submit.
Result<int> naiveImport(ImportServices& services) {
    ShopSource* shop = services.shops().first();
    auto page = callAndWait<ShopPage>(shop, [shop](auto done) { shop->fetchPage({}, 1, std::move(done)); });
    if (!page)
        return page.error();
    ErpClient* erp = services.erp();
    int submitted = 0;
    for (const StagedOrder& o : page->orders) {
        CustomerSearch search;
        search.email = o.customer.email.trimmed().toLower();
        auto found = callAndWait<QList<ErpCustomer>>(
            erp, [erp, search](auto done) { erp->findCustomers(search, done); });
        if (!found)
            return found.error();
        QString number;
        if (found->isEmpty()) {
            ErpCustomer c;
            c.name = o.customer.company.isEmpty() ? o.customer.displayName() : o.customer.company;
            c.email = o.customer.email;
            c.currencyCode = o.currency;
            c.country = o.customer.country;
            auto created =
                callAndWait<ErpCustomer>(erp, [erp, c](auto done) { erp->createCustomer(c, {}, done); });
            if (!created)
                return created.error();
            number = created->number;
        } else {
            number = found->first().number;
        }
        ErpSalesOrder so;
        so.customerNumber = number;
        so.externalDocumentNumber = o.externalDocumentNumber();
        for (const OrderLine& line : o.lines) {
            auto exists =
                callAndWait<bool>(erp, [erp, sku = line.sku](auto done) { erp->itemExists(sku, done); });
            if (!exists)
                return exists.error();
            so.lines.append(ErpOrderLine{line.sku, line.quantity, std::nullopt, {}});
        }
        auto sent =
            callAndWait<ErpSalesOrder>(erp, [erp, so](auto done) { erp->submitSalesOrder(so, done); });
        if (!sent)
            return sent.error();
        ++submitted;
    }
    return submitted;
}

// One pipeline run on a fresh sandbox and a fresh database.
struct Run {
    qint64 wallMs = 0;
    int erpRequests = 0; // token, look-ups, creates and submits: every request but the shop's pages
    int submitted = 0;
    int ordersInErp = 0;      // distinct external document numbers
    int duplicateOrders = 0;  // sales orders beyond the first with one external document number
    int customersCreated = 0; // new cards in the ERP
    int duplicateCustomers = 0;
};

Result<Run> runPipeline(const Setup& s, int latency, bool batch, int batchSize, bool routes) {
    Setup at = s;
    at.latency = latency;
    SandboxProcess sandbox;
    if (!startSandbox(sandbox, at))
        return fail(sandbox.error());
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(url);
    if (!db)
        return db.error();
    SettingsStore settings(**db);
    (void)settings.set(QStringLiteral("default_customer_code"), QStringLiteral("C00001"));
    (void)settings.set(QStringLiteral("item_blocked_check"), QStringLiteral("false"));
    CustomerTemplate tmpl;
    tmpl.name = QStringLiteral("Bench");
    (void)CatalogRepository(**db).saveTemplate(tmpl);
    LookupCache cache(900);
    Profile profile = profileFor(sandbox.base(), url, s.parallel);
    profile.erp.batch = batch;
    profile.erp.batchSize = batchSize;
    const int customersBefore = int(sandbox.erpState().value(QStringLiteral("customers")).toArray().size());
    auto services = ImportServices::create(profile, secret, &cache);
    if (!services)
        return services.error();
    const int before = sandboxRequests(sandbox);
    QElapsedTimer timer;
    timer.start();
    ImportPipeline pipeline(**db, ImportPipeline::Services::of(**services));
    auto summary = pipeline.run({});
    Run run;
    run.wallMs = timer.elapsed();
    if (!summary)
        return summary.error();
    const QJsonObject state = sandbox.state();
    const int shopRequests =
        state.value(QStringLiteral("woocommerce")).toObject().value(QStringLiteral("list_requests")).toInt();
    run.erpRequests = sandboxRequests(sandbox) - before - shopRequests;
    run.submitted = summary->submitted;
    if (routes) {
        const QJsonObject byRoute = sandbox.requests().value(QStringLiteral("by_route")).toObject();
        for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
            bench::print(QStringLiteral("    %1  %2").arg(it.value().toInt(), 5).arg(it.key()));
    }
    const QJsonObject erp = state.value(QStringLiteral("erp")).toObject();
    QSet<QString> documents;
    for (const QJsonValue& order : erp.value(QStringLiteral("salesOrders")).toArray()) {
        const QString doc = order.toObject().value(QStringLiteral("externalDocumentNumber")).toString();
        run.duplicateOrders += documents.contains(doc) ? 1 : 0;
        documents.insert(doc);
    }
    run.ordersInErp = int(documents.size());
    const QJsonArray customers = erp.value(QStringLiteral("customers")).toArray();
    run.customersCreated = int(customers.size()) - customersBefore;
    QSet<QString> emails;
    for (const QJsonValue& c : customers) {
        const QString email = c.toObject().value(QStringLiteral("email")).toString().trimmed().toLower();
        run.duplicateCustomers += !email.isEmpty() && emails.contains(email) ? 1 : 0;
        emails.insert(email);
    }
    services->reset(); // the network thread stops
    sandbox.stop();
    return run;
}
} // namespace

int benchImport(const QStringList& args) {
    Setup s{bench::intArg(args, QStringLiteral("--orders"), 1000),
            bench::intArg(args, QStringLiteral("--customers"), 330),
            bench::intArg(args, QStringLiteral("--new-customers"), 165),
            bench::intArg(args, QStringLiteral("--items"), 30),
            bench::intArg(args, QStringLiteral("--latency-ms"), 20),
            bench::intArg(args, QStringLiteral("--parallel"), 6)};
    const int batchSize = bench::intArg(args, QStringLiteral("--batch-size"), 100);
    const bool routes = args.contains(QStringLiteral("--routes"));
    const int repeat = qMax(1, bench::intArg(args, QStringLiteral("--repeat"), 5));
    bench::print(QStringLiteral(
                     "import: %1 orders from %2 customers (%3 new), %4 items, parallel limit %5, batch size "
                     "%6; round trips on the critical path = (wall at %7 ms - wall at 0 ms) / %7 ms, each "
                     "wall time the best of %8 runs")
                     .arg(s.orders)
                     .arg(s.customers)
                     .arg(s.newCustomers)
                     .arg(s.items)
                     .arg(s.parallel)
                     .arg(batchSize)
                     .arg(s.latency)
                     .arg(repeat));
    bench::print(QStringLiteral("  %1 %2 %3 %4 %5 %6  %7")
                     .arg(QStringLiteral("mode"), -12)
                     .arg(QStringLiteral("ERP requests"), 13)
                     .arg(QStringLiteral("per order"), 10)
                     .arg(QStringLiteral("wall 0 ms"), 10)
                     .arg(QStringLiteral("wall %1 ms").arg(s.latency), 11)
                     .arg(QStringLiteral("round trips"), 12)
                     .arg(QStringLiteral("every run: orders in the ERP once, new customers created once")));
    bool allOnce = true;
    for (const bool batch : {false, true}) {
        // Each wall time is the best of `repeat` runs: the machine's other work only ever adds.
        QList<Run> runs;
        Run fast, slow;
        for (int i = 0; i < repeat; ++i) {
            for (const int latency : {0, s.latency}) {
                Result<Run> r =
                    runPipeline(s, latency, batch, batchSize, routes && batch && i == 0 && latency > 0);
                if (!r)
                    return bench::failWith(r.message());
                Run& best = latency == 0 ? fast : slow;
                if (i == 0 || r->wallMs < best.wallMs)
                    best = *r;
                runs.append(*r);
            }
        }
        const double roundTrips = s.latency > 0 ? double(slow.wallMs - fast.wallMs) / s.latency : 0;
        QStringList once;
        for (const Run& run : std::as_const(runs)) {
            const Run* r = &run;
            const bool ordersOnce =
                r->submitted == s.orders && r->ordersInErp == s.orders && r->duplicateOrders == 0;
            const bool customersOnce = r->customersCreated == s.newCustomers && r->duplicateCustomers == 0;
            allOnce = allOnce && ordersOnce && customersOnce;
            if (!ordersOnce || !customersOnce || once.isEmpty())
                once = QStringList{
                    QStringLiteral("%1/%2 orders, %3/%4 customers%5")
                        .arg(r->ordersInErp)
                        .arg(s.orders)
                        .arg(r->customersCreated)
                        .arg(s.newCustomers)
                        .arg(ordersOnce && customersOnce ? QString() : QStringLiteral(" (NOT ONCE)"))};
        }
        bench::print(QStringLiteral("  %1 %2 %3 %4 %5 %6  %7")
                         .arg(batch ? QStringLiteral("batched") : QStringLiteral("unbatched"), -12)
                         .arg(slow.erpRequests, 13)
                         .arg(double(slow.erpRequests) / s.orders, 10, 'f', 3)
                         .arg(QStringLiteral("%1 s").arg(fast.wallMs / 1000.0, 0, 'f', 2), 10)
                         .arg(QStringLiteral("%1 s").arg(slow.wallMs / 1000.0, 0, 'f', 2), 11)
                         .arg(roundTrips, 12, 'f', 1)
                         .arg(once.join(QStringLiteral("; "))));
    }
    bench::print(QStringLiteral("  aim (batched): at most 0.06 requests per order and 25 round trips"));
    if (!allOnce)
        return bench::failWith(QStringLiteral("an order or a customer was not made exactly once"));
    if (!args.contains(QStringLiteral("--naive")))
        return 0;

    // The naive importer (one order at a time, every look-up uncached), on a fresh sandbox.
    SandboxProcess fresh;
    if (!startSandbox(fresh, s))
        return bench::failWith(fresh.error());
    QTemporaryDir dir;
    LookupCache unused(0);
    auto naiveServices = ImportServices::create(
        profileFor(fresh.base(), QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("naive.sqlite")),
                   s.parallel),
        secret, &unused);
    if (!naiveServices)
        return bench::failWith(naiveServices.message());
    const int naiveBefore = sandboxRequests(fresh);
    QElapsedTimer timer;
    timer.start();
    auto naive = naiveImport(**naiveServices);
    if (!naive)
        return bench::failWith(QStringLiteral("naive importer: %1").arg(naive.message()));
    bench::print(QStringLiteral("  naive       %1 requests in %2 s at %3 ms")
                     .arg(sandboxRequests(fresh) - naiveBefore)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                     .arg(s.latency));
    return 0;
}
