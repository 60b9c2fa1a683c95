// The commands that talk to the shops and the ERP: import, test-order, links check.
#include "cli.h"

#include "erp/cachederpdirectory.h"
#include "erp/erpclient.h"
#include "import/cachestore.h"
#include "import/crossthread.h"
#include "import/importservices.h"
#include "import/storematchdata.h"
#include "match/emailaddress.h"
#include "match/ordermatcher.h"
#include "secrets/credentialstore.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "store/settingsstore.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace linkdesk::cli {

namespace {
// The profile's services with the saved look-up cache loaded; the cache is saved back on exit.
struct Session {
    LookupCache cache;
    std::unique_ptr<ImportServices> services;
    Database* db = nullptr;

    ~Session() {
        services.reset(); // the network thread stops before the cache is saved
        if (db)
            if (auto r = CacheStore(*db).save(cache); !r)
                qWarning("Could not save the ERP look-up cache: %s", qPrintable(r.message()));
    }
};

Result<std::unique_ptr<Session>> openSession(Context& ctx) {
    auto profile = ctx.profile();
    if (!profile)
        return profile.error();
    auto db = ctx.database();
    if (!db)
        return db.error();
    auto session = std::make_unique<Session>();
    auto ttl = SettingsStore(**db).forShop(ctx.option(QStringLiteral("shop")));
    if (!ttl)
        return ttl.error();
    session->cache.setTtlSeconds(ttl->cacheTtlSeconds);
    if (auto r = CacheStore(**db).load(session->cache); !r)
        return r.error();
    session->db = *db;
    secrets::CredentialStore keychain;
    auto services = ImportServices::create(
        **profile, [&keychain](const QString& name) { return keychain.readSync(name); }, &session->cache);
    if (!services)
        return services.error();
    session->services = std::move(*services);
    return session;
}

QString holderName() {
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("someone")));
    return QStringLiteral("%1@%2 (linkdesk-cli)").arg(user, QHostInfo::localHostName());
}

// Asks the ERP what the matcher still needs until it has an answer (no writes, nothing created).
MatchOutcome dryMatch(Session& s, const MatchData& data, const StagedOrder& order, const ShopSettings& settings) {
    auto* directory = s.services->pipelineServices().directory;
    MatchOutcome outcome;
    for (int round = 0; round < 6; ++round) {
        outcome = OrderMatcher(*directory, data).match(order, settings);
        if (outcome.status != MatchStatus::NeedsLookups)
            break;
        CachedErpDirectory::Misses misses;
        for (const MissingLookup& l : outcome.lookups()) {
            if (l.kind == MissingLookup::Kind::CustomersByEmail)
                misses.searches.append(l.search);
            else if (l.kind == MissingLookup::Kind::Customer)
                misses.customerNumbers.append(l.number);
            else
                misses.itemNumbers.append(l.number);
        }
        (void)callAndWait<QList<Error>>(directory, [directory, misses](auto done) {
            directory->fetch(misses, [done](const QList<Error>& errors) { done(errors); });
        });
    }
    return outcome;
}

Result<QList<ErpPrice>> pricesFor(Session& s, const QString& customer, const QList<ErpOrderLine>& lines) {
    ErpClient* erp = s.services->erp();
    return callAndWait<QList<ErpPrice>>(
        erp, [erp, customer, lines](auto done) { erp->prices(customer, lines, std::move(done)); });
}

QJsonObject priceJson(const QString& customer, const Result<QList<ErpPrice>>& prices) {
    QJsonObject o{{QStringLiteral("customer"), customer}};
    if (!prices) {
        o.insert(QStringLiteral("error"), prices.message());
        return o;
    }
    double total = 0;
    QJsonArray lines;
    for (const ErpPrice& p : *prices) {
        total += p.unitPrice * p.quantity;
        lines.append(QJsonObject{{QStringLiteral("item"), p.itemNumber},
                                 {QStringLiteral("quantity"), p.quantity},
                                 {QStringLiteral("unit_price"), p.unitPrice}});
    }
    o.insert(QStringLiteral("lines"), lines);
    o.insert(QStringLiteral("total"), total);
    return o;
}

int runImport(Context& ctx) {
    auto session = openSession(ctx);
    if (!session)
        return ctx.error(session.message());
    ImportPipeline pipeline(*(*session)->db, (*session)->services->pipelineServices());
    if (!ctx.json)
        pipeline.onLog([&ctx](const QString& line) { ctx.err << line << Qt::endl; });
    ImportPipeline::Options options;
    options.shopCode = ctx.option(QStringLiteral("shop"));
    options.holder = holderName();
    auto summary = pipeline.run(options);
    if (!summary)
        return ctx.error(summary.message());
    if (ctx.json)
        ctx.printJson(summary->toJson());
    else
        ctx.out << summary->toText() << '\n';
    return 0;
}

int runTestOrder(Context& ctx) {
    const QString shop = ctx.option(QStringLiteral("shop"));
    const QString customerId = ctx.option(QStringLiteral("customer"));
    const QString sku = ctx.option(QStringLiteral("sku"));
    bool qtyOk = false;
    const double qty = ctx.option(QStringLiteral("qty")).isEmpty() ? 1 : ctx.option(QStringLiteral("qty")).toDouble(&qtyOk);
    if (shop.isEmpty() || customerId.isEmpty() || sku.isEmpty())
        return ctx.usage(QStringLiteral("test-order needs --shop CODE --customer ID --sku SKU [--qty N]."));
    if (!ctx.option(QStringLiteral("qty")).isEmpty() && (!qtyOk || qty <= 0))
        return ctx.usage(QStringLiteral("--qty must be a positive number."));
    auto session = openSession(ctx);
    if (!session)
        return ctx.error(session.message());
    Session& s = **session;
    auto customer = CustomerRepository(*s.db).find(shop, customerId);
    if (!customer)
        return ctx.error(customer.message());
    if (!*customer)
        return ctx.error(QStringLiteral("Shop %1 has no customer %2 in Linkdesk yet (import its orders first).")
                             .arg(shop, customerId));
    auto settings = SettingsStore(*s.db).forShop(shop);
    if (!settings)
        return ctx.error(settings.message());
    StoreMatchData data(*s.db);
    if (auto r = data.load(shop); !r)
        return ctx.error(r.message());

    StagedOrder order;
    order.shopCode = shop;
    order.orderNumber = QStringLiteral("TEST");
    order.customer = **customer;
    order.currency = order.customer.currency;
    OrderLine line;
    line.lineNo = 1;
    line.sku = sku;
    line.quantity = qty;
    order.lines = {line};
    const MatchOutcome outcome = dryMatch(s, data, order, *settings);

    QString code = outcome.customer.erpCustomerNumber;
    QString how;
    if (outcome.status == MatchStatus::CreateCustomer)
        how = QStringLiteral("would create a customer from template \"%1\"")
                  .arg(outcome.customer.creation->customerTemplate.name);
    else if (outcome.customer.defaultCustomer)
        how = QStringLiteral("default customer");
    else if (!code.isEmpty())
        how = outcome.customer.link ? toString(outcome.customer.link->source) : QStringLiteral("existing link");
    const QString item = outcome.items.itemNumbers.value(0);
    QJsonObject result{{QStringLiteral("status"), toString(outcome.status)},
                       {QStringLiteral("customer_code"), code},
                       {QStringLiteral("how"), how},
                       {QStringLiteral("reason"), outcome.reason},
                       {QStringLiteral("item"), item},
                       {QStringLiteral("trace"), QJsonArray::fromStringList(outcome.trace.sentences())}};
    if (!item.isEmpty()) {
        const QList<ErpOrderLine> lines{ErpOrderLine{item, qty, std::nullopt, {}}};
        if (!code.isEmpty())
            result.insert(QStringLiteral("price_linked"), priceJson(code, pricesFor(s, code, lines)));
        if (!settings->defaultCustomerCode.isEmpty())
            result.insert(QStringLiteral("price_default"),
                          priceJson(settings->defaultCustomerCode, pricesFor(s, settings->defaultCustomerCode, lines)));
    }
    if (ctx.json) {
        ctx.printJson(result);
        return 0;
    }
    ctx.out << "Customer code: " << (code.isEmpty() ? QStringLiteral("(none)") : code) << "  (" << how << ")\n";
    if (!outcome.reason.isEmpty())
        ctx.out << "Reason: " << outcome.reason << '\n';
    for (const QString& sentence : outcome.trace.sentences())
        ctx.out << "  " << sentence << '\n';
    for (const QString key : {QStringLiteral("price_linked"), QStringLiteral("price_default")}) {
        const QJsonObject p = result.value(key).toObject();
        if (p.isEmpty())
            continue;
        ctx.out << (key.endsWith(QLatin1String("linked")) ? "Price for " : "Price for default ")
                << p.value(QStringLiteral("customer")).toString() << ": "
                << (p.contains(QStringLiteral("error")) ? p.value(QStringLiteral("error")).toString()
                                                        : QString::number(p.value(QStringLiteral("total")).toDouble(), 'f', 2))
                << '\n';
    }
    return 0;
}

int runLinksCheck(Context& ctx) {
    auto session = openSession(ctx);
    if (!session)
        return ctx.error(session.message());
    Session& s = **session;
    auto rows = LinkRepository(*s.db).listLinked(ctx.option(QStringLiteral("shop")));
    if (!rows)
        return ctx.error(rows.message());
    QList<CustomerRow> linked;
    for (const CustomerRow& row : *rows)
        if (row.link.isLinked())
            linked.append(row);
    ErpClient* erp = s.services->erp();
    QList<StartCall<std::optional<ErpCustomer>>> calls;
    for (const CustomerRow& row : linked)
        calls.append([erp, number = row.link.erpCustomerNumber](auto done) { erp->customer(number, std::move(done)); });
    const auto answers = callAllAndWait(erp, calls);
    QJsonArray problems;
    for (qsizetype i = 0; i < linked.size(); ++i) {
        const CustomerRow& row = linked.at(i);
        const auto& answer = answers.at(i);
        QString problem;
        QString detail;
        if (!answer) {
            problem = QStringLiteral("error");
            detail = answer.message();
        } else if (!*answer) {
            problem = QStringLiteral("missing");
            detail = QStringLiteral("The ERP has no customer %1.").arg(row.link.erpCustomerNumber);
        } else if ((*answer)->blocked) {
            problem = QStringLiteral("blocked");
            detail = QStringLiteral("%1 (%2) is blocked%3.")
                         .arg((*answer)->number, (*answer)->name,
                              (*answer)->blockedReason.isEmpty() ? QString() : QStringLiteral(": ") + (*answer)->blockedReason);
        } else {
            const auto shopEmail = EmailAddress::normalise(row.customer.email, EmailNormalisation::Exact);
            const auto erpEmail = EmailAddress::normalise((*answer)->email, EmailNormalisation::Exact);
            if (shopEmail && erpEmail && *shopEmail != *erpEmail) {
                problem = QStringLiteral("email_changed");
                detail = QStringLiteral("The shop has %1, the ERP customer %2 has %3.")
                             .arg(row.customer.email, (*answer)->number, (*answer)->email);
            }
        }
        if (problem.isEmpty())
            continue;
        problems.append(QJsonObject{{QStringLiteral("shop"), row.customer.shopCode},
                                    {QStringLiteral("customer"), row.customer.effectiveKey()},
                                    {QStringLiteral("erp_customer"), row.link.erpCustomerNumber},
                                    {QStringLiteral("problem"), problem},
                                    {QStringLiteral("detail"), detail}});
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("checked"), int(linked.size())}, {QStringLiteral("problems"), problems}});
        return 0;
    }
    ctx.out << "Checked " << linked.size() << " links: " << problems.size() << " problems.\n";
    for (const auto& p : problems) {
        const QJsonObject o = p.toObject();
        ctx.out << o.value(QStringLiteral("shop")).toString() << '/' << o.value(QStringLiteral("customer")).toString()
                << " -> " << o.value(QStringLiteral("erp_customer")).toString() << ": "
                << o.value(QStringLiteral("problem")).toString() << ": " << o.value(QStringLiteral("detail")).toString()
                << '\n';
    }
    return 0;
}
} // namespace

QList<Command> importCommands() {
    return {
        {{QStringLiteral("import")},
         QStringLiteral("[--shop CODE]"),
         QStringLiteral("One full import pass: fetch, match and submit every shop's orders (or one shop's)."),
         runImport},
        {{QStringLiteral("test-order")},
         QStringLiteral("--shop CODE --customer ID --sku SKU [--qty N]"),
         QStringLiteral("Matches a test order as that customer without submitting it: the customer code and "
                        "why, and the ERP price for it next to the default customer's."),
         runTestOrder},
        {{QStringLiteral("links"), QStringLiteral("check")},
         QStringLiteral("[--shop CODE]"),
         QStringLiteral("Verifies every link against the ERP: missing, blocked, email changed."),
         runLinksCheck},
    };
}

} // namespace linkdesk::cli
