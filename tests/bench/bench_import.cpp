// Import benchmark against linkdesk-sandbox with --latency-ms: Linkdesk's pipeline (parallel,
// cached, look-ups shared) against the round-trip lower bound and against a naive importer run in
// the same benchmark (one order at a time, every look-up uncached).
#include "benchcommon.h"

#include "erp/erpclient.h"
#include "import/importpipeline.h"
#include "sandboxprocess.h"
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
    Profile p;
    p.databaseUrl = database;
    p.shops = {
        ShopConfig{QStringLiteral("web"), QStringLiteral("Bench"), QStringLiteral("woocommerce"), base, {}}};
    p.erp.type = QStringLiteral("businesscentral");
    p.erp.apiUrl = base;
    p.erp.tokenUrl = base + QStringLiteral("/t/oauth2/v2.0/token");
    p.erp.companyId = QStringLiteral("bench");
    p.erp.tenant = QStringLiteral("t");
    p.erp.environment = QStringLiteral("production");
    p.erp.clientId = QStringLiteral("linkdesk");
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
} // namespace

int benchImport(const QStringList& args) {
    Setup s{bench::intArg(args, QStringLiteral("--orders"), 1000),
            bench::intArg(args, QStringLiteral("--customers"), 400),
            bench::intArg(args, QStringLiteral("--new-customers"), 120),
            bench::intArg(args, QStringLiteral("--items"), 30),
            bench::intArg(args, QStringLiteral("--latency-ms"), 20),
            bench::intArg(args, QStringLiteral("--parallel"), 6)};
    const bool skipNaive = args.contains(QStringLiteral("--no-naive"));
    QTemporaryDir dir;
    bench::print(
        QStringLiteral("import: %1 orders from %2 customers (%3 new), %4 items, sandbox latency %5 ms, "
                       "parallel limit %6")
            .arg(s.orders)
            .arg(s.customers)
            .arg(s.newCustomers)
            .arg(s.items)
            .arg(s.latency)
            .arg(s.parallel));

    // Linkdesk's pipeline.
    SandboxProcess sandbox;
    if (!startSandbox(sandbox, s))
        return bench::failWith(sandbox.error());
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(url);
    if (!db)
        return bench::failWith(db.message());
    SettingsStore settings(**db);
    (void)settings.set(QStringLiteral("default_customer_code"), QStringLiteral("C00001"));
    (void)settings.set(QStringLiteral("item_blocked_check"), QStringLiteral("false"));
    CustomerTemplate tmpl;
    tmpl.name = QStringLiteral("Bench");
    (void)CatalogRepository(**db).saveTemplate(tmpl);
    LookupCache cache(900);
    auto services = ImportServices::create(profileFor(sandbox.base(), url, s.parallel), secret, &cache);
    if (!services)
        return bench::failWith(services.message());
    const int before = sandboxRequests(sandbox);
    QElapsedTimer timer;
    timer.start();
    ImportPipeline pipeline(**db, ImportPipeline::Services::of(**services));
    auto summary = pipeline.run({});
    const qint64 pipelineMs = timer.elapsed();
    if (!summary)
        return bench::failWith(summary.message());
    const int requests = sandboxRequests(sandbox) - before;
    const QJsonObject state = sandbox.state();
    const int shopRequests =
        state.value(QStringLiteral("woocommerce")).toObject().value(QStringLiteral("list_requests")).toInt();
    if (args.contains(QStringLiteral("--routes"))) {
        const QJsonObject routes = sandbox.requests().value(QStringLiteral("by_route")).toObject();
        for (auto it = routes.begin(); it != routes.end(); ++it)
            bench::print(QStringLiteral("    %1  %2").arg(it.value().toInt(), 5).arg(it.key()));
    }
    services->reset(); // the network thread stops
    sandbox.stop();
    if (summary->submitted != s.orders)
        return bench::failWith(
            QStringLiteral("only %1 of %2 orders were submitted").arg(summary->submitted).arg(s.orders));

    // The floor: every request the job needs, spread over the parallel limit, one latency each.
    const int needed = s.orders + s.customers + s.newCustomers + s.items;
    const double boundMs = double(needed) / s.parallel * s.latency;
    bench::print(
        QStringLiteral("  pipeline       %1 s, %2 ERP requests (+%3 shop pages), %4 customers created")
            .arg(pipelineMs / 1000.0, 0, 'f', 2)
            .arg(requests - shopRequests)
            .arg(shopRequests)
            .arg(summary->customersCreated));
    bench::print(
        QStringLiteral("  lower bound    %1 s (%2 requests / %3 parallel x %4 ms); ratio %5 (aim <= 1.5)")
            .arg(boundMs / 1000.0, 0, 'f', 2)
            .arg(needed)
            .arg(s.parallel)
            .arg(s.latency)
            .arg(pipelineMs / boundMs, 0, 'f', 2));
    if (skipNaive)
        return 0;

    // The naive importer, on a fresh sandbox with the same seed.
    SandboxProcess fresh;
    if (!startSandbox(fresh, s))
        return bench::failWith(fresh.error());
    LookupCache unused(0);
    auto naiveServices = ImportServices::create(profileFor(fresh.base(), url, s.parallel), secret, &unused);
    if (!naiveServices)
        return bench::failWith(naiveServices.message());
    const int naiveBefore = sandboxRequests(fresh);
    timer.restart();
    auto naive = naiveImport(**naiveServices);
    const qint64 naiveMs = timer.elapsed();
    if (!naive)
        return bench::failWith(QStringLiteral("naive importer: %1").arg(naive.message()));
    bench::print(QStringLiteral("  naive          %1 s, %2 requests; the pipeline is %3x faster (aim >= 10)")
                     .arg(naiveMs / 1000.0, 0, 'f', 2)
                     .arg(sandboxRequests(fresh) - naiveBefore)
                     .arg(double(naiveMs) / double(pipelineMs), 0, 'f', 1));
    return 0;
}
