// Contact relations ("Different Customer No. Order"): a shop customer whose orders are booked to
// another ERP customer. relations list, set and remove.
#include "cli.h"

#include "erp/erpclient.h"
#include "erp/lookupcache.h"
#include "secrets/credentialstore.h"
#include "store/catalogrepository.h"
#include "util/crossthread.h"
#include "wiring/importservices.h"

#include <QJsonObject>

namespace linkdesk::cli {

namespace {
// A relation as relations list prints it.
void printLine(QTextStream& out, const ContactRelationRow& row) {
    const ContactRelation& r = row.relation;
    const QString who = row.customer.describe();
    out << r.shopCode << '/' << r.shopCustomerId;
    if (!row.customer.email.isEmpty() || !row.customer.firstName.isEmpty() || !row.customer.company.isEmpty())
        out << "  " << who;
    out << "  -> " << r.erpCustomerNumber;
    if (!r.reason.isEmpty())
        out << "  (" << r.reason << ')';
    out << "  set by " << (r.setBy.isEmpty() ? QStringLiteral("?") : r.setBy) << ' '
        << (r.setAt.isValid() ? sqlTimestamp(r.setAt) : QStringLiteral("?")) << '\n';
}

QJsonObject toJson(const ContactRelation& r) {
    return {{QStringLiteral("shop"), r.shopCode},
            {QStringLiteral("customer"), r.shopCustomerId},
            {QStringLiteral("erp_customer"), r.erpCustomerNumber},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("set_by"), r.setBy},
            {QStringLiteral("set_at"), r.setAt.isValid() ? sqlTimestamp(r.setAt) : QString()}};
}

QJsonObject rowToJson(const ContactRelationRow& row) {
    return toJson(row.relation);
}

// The shop (known to the profile) and the shop customer id of a relation; a usage error otherwise.
int requireShopAndCustomer(Context& ctx, QString* shop, QString* customer) {
    *shop = ctx.option(QStringLiteral("shop")).trimmed();
    *customer = ctx.option(QStringLiteral("customer")).trimmed();
    if (shop->isEmpty() || customer->isEmpty())
        return ctx.usage(QStringLiteral("Give the shop customer with --shop CODE --customer ID."));
    if (customer->startsWith(QLatin1String("guest:")))
        return ctx.usage(
            QStringLiteral("A contact relation is for a registered shop customer: --customer takes the "
                           "shop's customer id, not a guest."));
    return ctx.withProfile([&](Profile& profile) {
        if (!profile.shop(*shop))
            return ctx.usage(QStringLiteral("The profile has no shop \"%1\" (its shops: %2).")
                                 .arg(*shop, profile.shopCodes().join(QStringLiteral(", "))));
        return 0;
    });
}

// What the ERP says about the customer a relation would book to: nothing when it cannot be asked
// (no ERP in the profile, no secrets, no answer), else the customer or its absence.
struct ErpCheck {
    bool asked = false;
    QString unavailable; // why the ERP could not be asked
    std::optional<ErpCustomer> customer;
};

ErpCheck checkErpCustomer(const Profile& profile, const QString& number) {
    if (profile.erp.type.isEmpty())
        return {false, QStringLiteral("the profile names no ERP"), {}};
    LookupCache cache; // a fresh answer: the saved cache is not consulted
    secrets::CredentialStore keychain;
    auto services = ImportServices::create(
        profile, [&keychain](const QString& name) { return keychain.readSync(name); }, &cache);
    if (!services)
        return {false, services.message(), {}};
    ErpClient* erp = (*services)->erp();
    auto found = callAndWait<std::optional<ErpCustomer>>(
        erp, [erp, number](auto done) { erp->customer(number, std::move(done)); });
    if (!found)
        return {false, found.message(), {}};
    return {true, {}, *found};
}

} // namespace

int relationsSet(Context& ctx) {
    QString shop, customer;
    if (int rc = requireShopAndCustomer(ctx, &shop, &customer))
        return rc;
    const QString erp = ctx.option(QStringLiteral("erp")).trimmed();
    if (erp.isEmpty())
        return ctx.usage(QStringLiteral("Give the ERP customer to book to with --erp NUMBER."));
    const ErpCheck check = checkErpCustomer(**ctx.profile(), erp);
    if (check.asked && !check.customer)
        return ctx.error(QStringLiteral("The ERP has no customer %1; the relation was not set.").arg(erp));
    if (check.asked && check.customer->blocked)
        return ctx.error(QStringLiteral("ERP customer %1 (%2) is blocked%3; the relation was not set.")
                             .arg(erp, check.customer->name,
                                  check.customer->blockedReason.isEmpty()
                                      ? QString()
                                      : QStringLiteral(": ") + check.customer->blockedReason));
    if (!check.asked)
        ctx.err << "Could not check ERP customer " << erp << " (" << check.unavailable
                << "); the relation is set, and each import checks it." << Qt::endl;
    return ctx.withDatabase([&](Database& db) {
        CatalogRepository catalog(db);
        ContactRelation relation{shop, customer, erp, ctx.option(QStringLiteral("reason")).trimmed(), {}, {}};
        return ctx.withResult(catalog.setContactRelation(relation), [&](int requeued) {
            return ctx.withResult(catalog.contactRelation(shop, customer), [&](const std::optional<
                                                                               ContactRelation>& saved) {
                const ContactRelation& r = saved ? *saved : relation;
                return ctx.print(toJson(r), [&](QTextStream& out) {
                    out << "Orders of " << shop << '/' << customer << " are booked to ERP customer "
                        << r.erpCustomerNumber
                        << (check.customer ? QStringLiteral(" (%1)").arg(check.customer->name) : QString())
                        << ".\n";
                    if (requeued > 0)
                        out << "Put " << requeued
                            << " waiting order(s) back in the queue: the next import matches them again.\n";
                });
            });
        });
    });
}

int relationsRemove(Context& ctx) {
    QString shop, customer;
    if (int rc = requireShopAndCustomer(ctx, &shop, &customer))
        return rc;
    return ctx.withDatabase([&](Database& db) {
        return ctx.withResult(CatalogRepository(db).removeContactRelation(shop, customer), [&](int) {
            return ctx.print(QJsonObject{{QStringLiteral("shop"), shop},
                                         {QStringLiteral("customer"), customer},
                                         {QStringLiteral("removed"), true}},
                             [&](QTextStream& out) {
                                 out << "Removed the contact relation of " << shop << '/' << customer
                                     << ": its orders are matched by the other rules again.\n";
                             });
        });
    });
}

int relationsList(Context& ctx) {
    const QString shop = ctx.option(QStringLiteral("shop")).trimmed();
    if (!shop.isEmpty()) {
        const int rc = ctx.withProfile([&](Profile& profile) {
            return profile.shop(shop)
                       ? 0
                       : ctx.usage(QStringLiteral("The profile has no shop \"%1\" (its shops: %2).")
                                       .arg(shop, profile.shopCodes().join(QStringLiteral(", "))));
        });
        if (rc)
            return rc;
    }
    return ctx.withDatabase([&](Database& db) {
        return ctx.printList(CatalogRepository(db).contactRelationRows(shop), rowToJson, printLine);
    });
}

} // namespace linkdesk::cli
