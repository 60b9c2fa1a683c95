// The commands that talk to the shops and the ERP: import, test-order, links check.
#include "cli.h"

#include "erp/cachederpdirectory.h"
#include "erp/erpclient.h"
#include "import/cachesession.h"
#include "import/defaultcustomers.h"
#include "import/importpipeline.h"
#include "import/linkcheck.h"
#include "import/storematchdata.h"
#include "import/testorder.h"
#include "match/ordermatcher.h"
#include "secrets/credentialstore.h"
#include "store/importruns.h"
#include "util/crossthread.h"
#include "util/operatorname.h"
#include "wiring/importservices.h"

#include <QJsonArray>
#include <QJsonObject>

namespace linkdesk::cli {

namespace {
// The profile's services with the saved look-up cache loaded; the cache is saved back on exit
// (unless it was cleared meanwhile: then the clear wins).
struct Session {
    LookupCache cache;
    std::unique_ptr<CacheSession> cacheSession;
    std::unique_ptr<ImportServices> services;
    Database* db = nullptr;

    ~Session() {
        services.reset(); // the network thread stops before the cache is saved
        if (cacheSession)
            if (auto r = cacheSession->save(); !r)
                qWarning("Could not save the ERP look-up cache: %s", qPrintable(r.message()));
    }
};

Result<std::unique_ptr<Session>> openSession(Context& ctx) {
    auto db = ctx.database(); // loads the profile first
    if (!db)
        return db.error();
    const Profile& profile = **ctx.profile();
    auto session = std::make_unique<Session>();
    auto cacheSession = CacheSession::open(**db, session->cache, profile, ctx.option(QStringLiteral("shop")));
    if (!cacheSession)
        return cacheSession.error();
    session->cacheSession = std::move(*cacheSession);
    session->db = *db;
    secrets::CredentialStore keychain;
    auto services = ImportServices::create(
        profile, [&keychain](const QString& name) { return keychain.readSync(name); }, &session->cache);
    if (!services)
        return services.error();
    session->services = std::move(*services);
    return session;
}

// Runs body with the profile's session, or prints why there is none.
int withSession(Context& ctx, const std::function<int(Session&)>& body) {
    return ctx.withResult(openSession(ctx),
                          [&](std::unique_ptr<Session>& session) { return body(*session); });
}

QString holderName() {
    return operatorName() + QStringLiteral(" (linkdesk-cli)");
}

// What test-order found, as text.
void printTestOrder(QTextStream& out, const QJsonObject& result) {
    const QString code = result.value(QStringLiteral("customer_code")).toString();
    const QString how = result.value(QStringLiteral("how")).toString();
    out << "Customer code: " << (code.isEmpty() ? QStringLiteral("(none)") : code) << "  (" << how << ")\n";
    if (!result.value(QStringLiteral("reason")).toString().isEmpty())
        out << "Reason: " << result.value(QStringLiteral("reason")).toString() << '\n';
    for (const auto& sentence : result.value(QStringLiteral("trace")).toArray())
        out << "  " << sentence.toString() << '\n';
    for (const QString& key : {QStringLiteral("price_linked"), QStringLiteral("price_default")}) {
        const QJsonObject p = result.value(key).toObject();
        if (p.isEmpty())
            continue;
        out << (key.endsWith(QLatin1String("linked")) ? "Price for " : "Price for default ")
            << p.value(QStringLiteral("customer")).toString() << ": "
            << (p.contains(QStringLiteral("error"))
                    ? p.value(QStringLiteral("error")).toString()
                    : QString::number(p.value(QStringLiteral("total")).toDouble(), 'f', 2))
            << '\n';
    }
    const bool erpPrices =
        result.value(QStringLiteral("line_price_source")).toString() == QLatin1String("erp");
    out << (erpPrices ? "Order lines are sent without a price: the ERP applies its price for the customer "
                        "(line_price_source=erp).\n"
                      : "Order lines carry the shop's price (line_price_source=shop).\n");
    const auto money = [](const QJsonValue& v) {
        return v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : QStringLiteral("-");
    };
    for (const auto& value : result.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        out << "  " << l.value(QStringLiteral("sku")).toString() << " x "
            << l.value(QStringLiteral("quantity")).toDouble() << ": shop price "
            << money(l.value(QStringLiteral("shop_price"))) << ", ERP price "
            << money(l.value(QStringLiteral("erp_price"))) << ", on the order "
            << money(l.value(QStringLiteral("order_price"))) << '\n';
    }
}

// Who test-order is placed as: --customer, a shop customer Linkdesk has; or with --email, one who has
// not ordered yet (--customer then being their shop customer id; none: a guest).
TestOrder::Customer testOrderCustomer(const Context& ctx) {
    const QString shop = ctx.option(QStringLiteral("shop"));
    if (!ctx.isSet(QStringLiteral("email")))
        return TestOrder::Customer::stored(shop, ctx.option(QStringLiteral("customer")));
    ShopCustomer typed;
    typed.shopCode = shop;
    typed.shopCustomerId = ctx.option(QStringLiteral("customer"));
    typed.email = ctx.option(QStringLiteral("email"));
    const QString name = ctx.option(QStringLiteral("name")).simplified();
    typed.firstName = name.section(QLatin1Char(' '), 0, 0);
    typed.lastName = name.section(QLatin1Char(' '), 1);
    typed.company = ctx.option(QStringLiteral("company"));
    typed.currency = ctx.option(QStringLiteral("currency"));
    typed.country = ctx.option(QStringLiteral("country"));
    return TestOrder::Customer::newCustomer(typed);
}

} // namespace

int importPass(Context& ctx) {
    return withSession(ctx, [&](Session& session) {
        ImportPipeline pipeline(*session.db, ImportPipeline::Services::of(*session.services));
        if (!ctx.json)
            pipeline.onLog([&ctx](const QString& line) { ctx.err << line << Qt::endl; });
        ImportPipeline::Options options;
        options.shopCode = ctx.option(QStringLiteral("shop"));
        options.holder = holderName();
        ImportRun run;
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.holder = options.holder;
        auto summary = pipeline.run(options);
        run.finishedAt = QDateTime::currentDateTimeUtc();
        run.ok = summary.ok();
        run.summary = summary ? summary->toJson() : QJsonObject();
        run.error = summary.message();
        if (auto r = ImportRuns(*session.db).record(run); !r)
            ctx.err << "Could not record the import run: " << r.message() << Qt::endl;
        return ctx.withResult(std::move(summary), [&](const ImportSummary& done) {
            return ctx.print(done.toJson(), [&](QTextStream& out) { out << done.toText() << '\n'; });
        });
    });
}

int testOrder(Context& ctx) {
    const QString shop = ctx.option(QStringLiteral("shop"));
    const QString customerId = ctx.option(QStringLiteral("customer"));
    const QString email = ctx.option(QStringLiteral("email"));
    const QString sku = ctx.option(QStringLiteral("sku"));
    bool qtyOk = false;
    const double qty =
        ctx.option(QStringLiteral("qty")).isEmpty() ? 1 : ctx.option(QStringLiteral("qty")).toDouble(&qtyOk);
    if (shop.isEmpty() || (customerId.isEmpty() && email.isEmpty()) || sku.isEmpty())
        return ctx.usage(QStringLiteral(
            "test-order needs --shop CODE, --customer ID (or a customer who has not ordered yet: --email "
            "EMAIL [--name NAME] [--company NAME] [--currency CUR] [--country CC] [--customer ID]) and "
            "--sku SKU [--qty N] [--price P]."));
    if (!ctx.option(QStringLiteral("qty")).isEmpty() && (!qtyOk || qty <= 0))
        return ctx.usage(QStringLiteral("--qty must be a positive number."));
    std::optional<double> shopPrice;
    if (const QString price = ctx.option(QStringLiteral("price")); !price.isEmpty()) {
        bool priceOk = false;
        shopPrice = price.toDouble(&priceOk);
        if (!priceOk || *shopPrice < 0)
            return ctx.usage(QStringLiteral("--price must be a number of 0 or more, like 12.50."));
    }
    return withSession(ctx, [&](Session& session) {
        return ctx.withResult(
            TestOrder::run(*session.db, *session.services, testOrderCustomer(ctx), {{sku, qty, shopPrice}}),
            [&](const QJsonObject& result) {
                return ctx.print(result, [&](QTextStream& out) { printTestOrder(out, result); });
            });
    });
}

// Check links: every link (or one shop's) against the ERP; stale ones are marked with what to do,
// fine ones lose an old mark. Exit code 0 when the check ran, whatever it found.
int linksCheck(Context& ctx) {
    const QString shop = ctx.option(QStringLiteral("shop"));
    if (!shop.isEmpty()) {
        auto profile = ctx.profile();
        if (!profile)
            return ctx.error(profile.message());
        if (!(*profile)->shop(shop))
            return ctx.usage(QStringLiteral("The profile has no shop \"%1\".").arg(shop));
    }
    return withSession(ctx, [&](Session& session) {
        LinkCheck check(*session.db, *session.services->directory(),
                        LinkCheck::erpDisplayName(session.services->erp()->systemName()));
        if (!ctx.json)
            check.onProgress([&ctx](const LinkCheck::Progress& p) {
                ctx.err << "Checked " << p.done << " of " << p.total << " links." << Qt::endl;
            });
        return ctx.withResult(check.run(shop), [&](const LinkCheck::Summary& summary) {
            return ctx.print(summary.toJson(), [&](QTextStream& out) {
                out << "Checked " << summary.checked << " links: " << summary.fine << " fine, "
                    << summary.staleCount() << " stale (" << summary.missing << " missing, "
                    << summary.blocked << " blocked, " << summary.emailChanged << " e-mail changed), "
                    << summary.cleared << " stale marks cleared";
                if (summary.conflicts > 0)
                    out << ", " << summary.conflicts << " changed meanwhile and left as they are";
                out << ".\n";
                for (const LinkCheck::StaleLink& s : summary.stale)
                    out << s.shopCode << '/' << s.customerKey << "  " << s.email << "  -> "
                        << s.erpCustomerNumber << "  " << LinkCheck::toString(s.problem) << ": " << s.reason
                        << '\n';
            });
        });
    });
}
// Test connection from the command line: each ERP endpoint Linkdesk uses, tried without creating
// anything, and the default customers; exit code 1 when one did not work or is missing or blocked.
int erpCheck(Context& ctx) {
    return withSession(ctx, [&](Session& session) {
        ErpClient* erp = session.services->erp();
        auto checks = callAndWait<QList<EndpointCheck>>(
            erp, [erp](auto done) { erp->checkEndpoints(std::move(done)); });
        if (!checks)
            return ctx.error(checks.message());
        bool allWorked = true;
        QJsonArray list;
        for (const EndpointCheck& c : *checks) {
            const QString state = c.state == EndpointCheck::State::Worked   ? QStringLiteral("worked")
                                  : c.state == EndpointCheck::State::Failed ? QStringLiteral("failed")
                                                                            : QStringLiteral("not_tried");
            allWorked = allWorked && c.state != EndpointCheck::State::Failed;
            list.append(QJsonObject{{QStringLiteral("endpoint"), c.endpoint},
                                    {QStringLiteral("state"), state},
                                    {QStringLiteral("detail"), c.detail}});
            if (!ctx.json)
                ctx.out << (c.state == EndpointCheck::State::Failed ? QStringLiteral("FAILED") : state)
                               .leftJustified(11)
                        << (c.endpoint.isEmpty() ? erp->systemName() : c.endpoint) << "  " << c.detail
                        << '\n';
        }
        auto defaults = DefaultCustomers::check(*session.db, erp, (*ctx.profile())->shopCodes());
        if (!defaults)
            return ctx.error(defaults.message());
        QJsonArray defaultList;
        for (const DefaultCustomerCheck& c : *defaults) {
            allWorked = allWorked && c.ok();
            defaultList.append(QJsonObject{{QStringLiteral("code"), c.code},
                                           {QStringLiteral("shops"), QJsonArray::fromStringList(c.shops)},
                                           {QStringLiteral("state"), toString(c.state)},
                                           {QStringLiteral("name"), c.erpName},
                                           {QStringLiteral("detail"), c.detail}});
            if (!ctx.json)
                ctx.out << (c.ok() ? QStringLiteral("ok") : QStringLiteral("FAILED")).leftJustified(11)
                        << "default customer  " << c.detail << '\n';
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("erp"), erp->systemName()},
                                      {QStringLiteral("endpoints"), list},
                                      {QStringLiteral("default_customers"), defaultList}});
        ctx.out.flush();
        return allWorked ? 0 : 1;
    });
}

} // namespace linkdesk::cli
