#include "cli.h"

#include "store/settingsstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace linkdesk::cli {

namespace {
QJsonObject toJson(const SettingsStore::Entry& e) {
    return {{QStringLiteral("key"), e.spec->key},
            {QStringLiteral("value"), e.value},
            {QStringLiteral("origin"), toString(e.origin)},
            {QStringLiteral("installation_value"), e.installationValue},
            {QStringLiteral("default"), e.spec->defaultValue}};
}

// Runs fn with a settings store on the profile's database, after checking --shop names a shop.
int withStore(Context& ctx, const std::function<int(SettingsStore&, const QString& shop)>& fn) {
    auto db = ctx.database();
    if (!db)
        return ctx.error(db.message());
    const QString shop = ctx.option(QStringLiteral("shop"));
    if (!shop.isEmpty()) {
        auto p = ctx.profile();
        if (!(*p)->shop(shop))
            return ctx.error(QStringLiteral("The profile has no shop \"%1\".").arg(shop));
    }
    SettingsStore store(**db);
    return fn(store, shop);
}

// Prints KEY's value now in effect for the shop: its value alone (get), or with where it comes from
// (after set and unset).
int printEntry(Context& ctx, SettingsStore& store, const QString& shop, bool withOrigin) {
    auto e = store.entry(ctx.args.at(0), shop);
    if (!e)
        return ctx.error(e.message());
    if (ctx.json)
        ctx.printJson(toJson(*e));
    else if (withOrigin)
        ctx.out << e->spec->key << " = " << e->value << "  (" << toString(e->origin) << ")\n";
    else
        ctx.out << e->value << '\n';
    return 0;
}
} // namespace

QList<Command> settingsCommands() {
    return {
        {{QStringLiteral("settings"), QStringLiteral("list")},
         QStringLiteral("[--shop CODE]"),
         QStringLiteral("Lists every setting with its effective value and where it comes from."),
         [](Context& ctx) {
             return withStore(ctx, [&](SettingsStore& store, const QString& shop) {
                 auto entries = store.entries(shop);
                 if (!entries)
                     return ctx.error(entries.message());
                 if (ctx.json) {
                     QJsonArray list;
                     for (const auto& e : *entries)
                         list.append(toJson(e));
                     ctx.printJson(list);
                 } else {
                     // The label from the one table of settings, in English like the rest of the CLI.
                     for (const auto& e : *entries)
                         ctx.out << e.spec->key << " = " << e.value << "  (" << toString(e.origin) << ")  # "
                                 << e.spec->label << '\n';
                 }
                 return 0;
             });
         }},
        {{QStringLiteral("settings"), QStringLiteral("get")},
         QStringLiteral("KEY [--shop CODE]"),
         QStringLiteral("Prints a setting's effective value."),
         [](Context& ctx) {
             if (ctx.args.size() != 1)
                 return ctx.usage(QStringLiteral("settings get takes one KEY."));
             return withStore(ctx, [&](SettingsStore& store, const QString& shop) {
                 return printEntry(ctx, store, shop, false);
             });
         }},
        {{QStringLiteral("settings"), QStringLiteral("set")},
         QStringLiteral("KEY VALUE [--shop CODE]"),
         QStringLiteral("Sets the installation value, or a shop's own value with --shop."),
         [](Context& ctx) {
             if (ctx.args.size() != 2)
                 return ctx.usage(QStringLiteral("settings set takes a KEY and a VALUE."));
             return withStore(ctx, [&](SettingsStore& store, const QString& shop) {
                 if (auto r = store.set(ctx.args.at(0), ctx.args.at(1), shop); !r)
                     return ctx.error(r.message());
                 return printEntry(ctx, store, shop, true);
             });
         }},
        {{QStringLiteral("settings"), QStringLiteral("unset")},
         QStringLiteral("KEY [--shop CODE]"),
         QStringLiteral(
             "Removes a value so the shop falls back to the installation value, or the installation to "
             "the default."),
         [](Context& ctx) {
             if (ctx.args.size() != 1)
                 return ctx.usage(QStringLiteral("settings unset takes one KEY."));
             return withStore(ctx, [&](SettingsStore& store, const QString& shop) {
                 if (auto r = store.unset(ctx.args.at(0), shop); !r)
                     return ctx.error(r.message());
                 return printEntry(ctx, store, shop, true);
             });
         }},
    };
}

} // namespace linkdesk::cli
