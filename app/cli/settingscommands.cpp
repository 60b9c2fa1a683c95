#include "cli.h"

#include "store/settingsstore.h"

#include <QJsonObject>

namespace linkdesk::cli {

namespace {
// A setting as settings list prints it: the label from the one table of settings, in English like
// the rest of the CLI.
void printLine(QTextStream& out, const SettingsStore::Entry& e) {
    out << e.spec->key << " = " << e.value << "  (" << toString(e.origin) << ")  # " << e.spec->label << '\n';
}

QJsonObject toJson(const SettingsStore::Entry& e) {
    return {{QStringLiteral("key"), e.spec->key},
            {QStringLiteral("value"), e.value},
            {QStringLiteral("origin"), toString(e.origin)},
            {QStringLiteral("installation_value"), e.installationValue},
            {QStringLiteral("default"), e.spec->defaultValue}};
}

// Runs fn with a settings store on the profile's database, after checking --shop names a shop.
int withStore(Context& ctx, const std::function<int(SettingsStore&, const QString& shop)>& fn) {
    return ctx.withDatabase([&](Database& db) {
        const QString shop = ctx.option(QStringLiteral("shop"));
        if (!shop.isEmpty()) {
            auto p = ctx.profile();
            if (!(*p)->shop(shop))
                return ctx.error(QStringLiteral("The profile has no shop \"%1\".").arg(shop));
        }
        SettingsStore store(db);
        return fn(store, shop);
    });
}

// Prints KEY's value now in effect for the shop: its value alone (get), or with where it comes from
// (after set and unset).
int printEntry(Context& ctx, SettingsStore& store, const QString& shop, bool withOrigin) {
    return ctx.withResult(store.entry(ctx.args.at(0), shop), [&](const SettingsStore::Entry& e) {
        return ctx.print(toJson(e), [&](QTextStream& out) {
            if (withOrigin)
                out << e.spec->key << " = " << e.value << "  (" << toString(e.origin) << ")\n";
            else
                out << e.value << '\n';
        });
    });
}
} // namespace

int settingsList(Context& ctx) {
    return withStore(ctx, [&](SettingsStore& store, const QString& shop) {
        return ctx.printList(store.entries(shop), toJson, printLine);
    });
}

int settingsGet(Context& ctx) {
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("settings get takes one KEY."));
    return withStore(
        ctx, [&](SettingsStore& store, const QString& shop) { return printEntry(ctx, store, shop, false); });
}

int settingsSet(Context& ctx) {
    if (ctx.args.size() != 2)
        return ctx.usage(QStringLiteral("settings set takes a KEY and a VALUE."));
    return withStore(ctx, [&](SettingsStore& store, const QString& shop) {
        return ctx.withResult(store.set(ctx.args.at(0), ctx.args.at(1), shop),
                              [&] { return printEntry(ctx, store, shop, true); });
    });
}

int settingsUnset(Context& ctx) {
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("settings unset takes one KEY."));
    return withStore(ctx, [&](SettingsStore& store, const QString& shop) {
        return ctx.withResult(store.unset(ctx.args.at(0), shop),
                              [&] { return printEntry(ctx, store, shop, true); });
    });
}

} // namespace linkdesk::cli
