#include "cli.h"

#include "domain/erpdirectory.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "store/settingsstore.h"
#include "util/csv.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace linkdesk::cli {

namespace {
const QStringList kCsvHeader{QStringLiteral("shop"),         QStringLiteral("customer_id"),
                             QStringLiteral("erp_customer"), QStringLiteral("email"),
                             QStringLiteral("source"),       QStringLiteral("set_by"),
                             QStringLiteral("set_at")};

// A link as links list prints it.
void printLine(QTextStream& out, const CustomerRow& row) {
    out << row.customer.shopCode << '/' << row.customer.effectiveKey() << "  " << row.customer.email
        << "  -> " << describeLink(row.link) << '\n';
}

QJsonObject toJson(const CustomerRow& row) {
    return {{QStringLiteral("shop"), row.customer.shopCode},
            {QStringLiteral("customer"), row.customer.shopCustomerId},
            {QStringLiteral("key"), row.customer.effectiveKey()},
            {QStringLiteral("email"), row.customer.email},
            {QStringLiteral("erp_customer"), row.link.erpCustomerNumber},
            {QStringLiteral("erp_name"), row.link.erpCustomerName},
            {QStringLiteral("source"), toString(row.link.source)},
            {QStringLiteral("set_by"), row.link.setBy},
            {QStringLiteral("set_at"), sqlTimestamp(row.link.setAt)},
            {QStringLiteral("stale"), row.link.stale},
            {QStringLiteral("stale_reason"), row.link.staleReason}};
}

// The shop customer with this id, created bare when links arrive before the customer's first order.
Result<ShopCustomer> customerFor(Database& db, const QString& shop, const QString& customerId) {
    CustomerRepository customers(db);
    auto found = customers.find(shop, customerId);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    ShopCustomer c;
    c.shopCode = shop;
    c.key = customerId; // a guest's key ("guest:...") is not a shop customer id
    if (!customerId.startsWith(QLatin1String("guest:"))) {
        const QStringList parts = customerId.split(QLatin1Char('|')); // "17|currency=EUR"
        c.shopCustomerId = parts.constFirst();
        for (const QString& part : parts.mid(1)) {
            const QString value = part.section(QLatin1Char('='), 1);
            const QString field = part.section(QLatin1Char('='), 0, 0);
            (field == QLatin1String("currency")  ? c.currency
             : field == QLatin1String("country") ? c.country
             : field == QLatin1String("company") ? c.company
                                                 : c.vatNumber) = value;
        }
    }
    if (auto r = customers.upsert(c); !r)
        return r.error();
    return c;
}

Result<Link> setLink(Database& db, const QString& shop, const QString& customerId, const QString& erp,
                     LinkSource source) {
    auto c = customerFor(db, shop, customerId);
    if (!c)
        return c.error();
    LinkRepository links(db);
    auto current = links.get(c->id);
    if (!current)
        return current.error();
    if (current->isLinked() && current->erpCustomerNumber == erp && current->source == source)
        return *current;
    return links.set(c->id, erp, QString(), source, current->rowVersion);
}

// Removes the link of the shop customer with this id; the link as it is then.
Result<Link> clearLink(Database& db, const QString& shop, const QString& customerId) {
    auto found = CustomerRepository(db).find(shop, customerId);
    if (!found)
        return found.error();
    if (!*found)
        return fail(QStringLiteral("Shop %1 has no customer %2.").arg(shop, customerId));
    LinkRepository links(db);
    auto current = links.get((*found)->id);
    if (!current)
        return current.error();
    if (!current->isLinked())
        return *current;
    return links.clear((*found)->id, current->rowVersion);
}

// Adds the values of the shop's match fields to the customer id (see requireShopAndCustomer).
int addMatchFields(Context& ctx, const QString& shop, const ShopSettings& settings, QString* customer) {
    const QList<std::pair<QString, QString>> options{
        {QStringLiteral("currency_code"), QStringLiteral("currency")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("company"), QStringLiteral("company")},
        {QStringLiteral("vat_number"), QStringLiteral("vat")}};
    CustomerSearch identity;
    identity.matchFields = settings.matchFields;
    for (const auto& [field, option] : options) {
        const QString value = ctx.option(option).trimmed();
        if (!settings.matchFields.contains(field)) {
            if (!value.isEmpty())
                return ctx.usage(
                    QStringLiteral("--%1 names a match field, and match_fields of shop %2 has no %3.")
                        .arg(option, shop, field));
            continue;
        }
        if (value.isEmpty())
            return ctx.usage(QStringLiteral("Shop %1 keeps one link per %2 (match_fields): give --%3.")
                                 .arg(shop, field, option));
        QString* slot = field == QLatin1String("currency_code") ? &identity.currencyCode
                        : field == QLatin1String("country")     ? &identity.country
                        : field == QLatin1String("company")     ? &identity.company
                                                                : &identity.vatNumber;
        *slot = value;
    }
    if (const QString fields = identity.fieldKey(); !fields.isEmpty())
        *customer += QLatin1Char('|') + fields;
    return 0;
}

// The shop and the identity a link belongs to: the customer id, and where the shop has match
// fields, their values (--currency, --country, --company, --vat): one link per value set, the key
// the matcher links under ("17|currency=EUR"). A guest key ("guest:...") is given whole.
int requireShopAndCustomer(Context& ctx, QString* shop, QString* customer) {
    *shop = ctx.option(QStringLiteral("shop"));
    *customer = ctx.option(QStringLiteral("customer"));
    if (shop->isEmpty() || customer->isEmpty())
        return ctx.usage(QStringLiteral("Give the shop customer with --shop CODE --customer ID."));
    return ctx.withProfile([&](Profile& profile) {
        if (!profile.shop(*shop))
            return ctx.error(QStringLiteral("The profile has no shop \"%1\".").arg(*shop));
        if (customer->startsWith(QLatin1String("guest:")))
            return 0;
        return ctx.withDatabase([&](Database& db) {
            return ctx.withResult(SettingsStore(db).forShop(*shop), [&](const ShopSettings& settings) {
                return addMatchFields(ctx, *shop, settings, customer);
            });
        });
    });
}

// The link as a change left it, or why the change failed.
int printLink(Context& ctx, const QString& shop, const QString& customer, Result<Link> changed) {
    return ctx.withResult(std::move(changed), [&](const Link& link) {
        return ctx.print(QJsonObject{{QStringLiteral("shop"), shop},
                                     {QStringLiteral("customer"), customer},
                                     {QStringLiteral("erp_customer"), link.erpCustomerNumber},
                                     {QStringLiteral("source"), toString(link.source)},
                                     {QStringLiteral("version"), link.rowVersion}},
                         [&](QTextStream& out) {
                             out << shop << '/' << customer << " -> " << describeLink(link) << '\n';
                         });
    });
}

// Writes the links of these rows to FILE.csv, in the columns links import reads back.
int exportLinks(Context& ctx, const QList<CustomerRow>& rows) {
    QSaveFile file(ctx.args.at(0));
    if (!file.open(QIODevice::WriteOnly))
        return ctx.error(QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    QString text = csv::formatRow(kCsvHeader) + QLatin1Char('\n');
    int written = 0;
    for (const CustomerRow& row : rows) {
        if (!row.link.isLinked())
            continue;
        text += csv::formatRow({row.customer.shopCode, row.customer.effectiveKey(),
                                row.link.erpCustomerNumber, row.customer.email, toString(row.link.source),
                                row.link.setBy, sqlTimestamp(row.link.setAt)}) +
                QLatin1Char('\n');
        ++written;
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return ctx.error(QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return ctx.print(QJsonObject{{QStringLiteral("exported"), written}}, [&](QTextStream& out) {
        out << "Exported " << written << " links to " << file.fileName() << ".\n";
    });
}
} // namespace

int linksList(Context& ctx) {
    return ctx.withDatabase([&](Database& db) {
        return ctx.printList(LinkRepository(db).listLinked(ctx.option(QStringLiteral("shop"))), toJson,
                             printLine);
    });
}

int linksSet(Context& ctx) {
    QString shop, customer;
    if (int rc = requireShopAndCustomer(ctx, &shop, &customer))
        return rc;
    const QString erp = ctx.option(QStringLiteral("erp")).trimmed();
    if (erp.isEmpty())
        return ctx.usage(QStringLiteral("Give the ERP customer number with --erp NUMBER."));
    return ctx.withDatabase([&](Database& db) {
        return printLink(ctx, shop, customer, setLink(db, shop, customer, erp, LinkSource::Manual));
    });
}

int linksClear(Context& ctx) {
    QString shop, customer;
    if (int rc = requireShopAndCustomer(ctx, &shop, &customer))
        return rc;
    return ctx.withDatabase(
        [&](Database& db) { return printLink(ctx, shop, customer, clearLink(db, shop, customer)); });
}

int linksImport(Context& ctx) {
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("links import takes one FILE.csv."));
    QFile file(ctx.args.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.error(QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    auto rows = csv::parse(QString::fromUtf8(file.readAll()));
    if (!rows)
        return ctx.error(QStringLiteral("%1: %2").arg(file.fileName(), rows.message()));
    if (rows->isEmpty())
        return ctx.error(QStringLiteral("%1 is empty.").arg(file.fileName()));
    const QStringList header = rows->takeFirst();
    const int shopCol = header.indexOf(QStringLiteral("shop"));
    const int idCol = header.indexOf(QStringLiteral("customer_id"));
    const int erpCol = header.indexOf(QStringLiteral("erp_customer"));
    if (shopCol < 0 || idCol < 0 || erpCol < 0)
        return ctx.error(QStringLiteral("%1: the header must name shop, customer_id and erp_customer.")
                             .arg(file.fileName()));
    return ctx.withDatabase([&](Database& db) {
        auto profile = ctx.profile();
        Transaction tx(db);
        int changed = 0;
        for (int i = 0; i < rows->size(); ++i) {
            const QStringList& row = rows->at(i);
            const int line = i + 2;
            if (row.size() <= std::max({shopCol, idCol, erpCol}))
                return ctx.error(QStringLiteral("%1 line %2: too few columns; nothing was imported.")
                                     .arg(file.fileName())
                                     .arg(line));
            const QString shop = row.at(shopCol).trimmed();
            if (!(*profile)->shop(shop))
                return ctx.error(QStringLiteral("%1 line %2: the profile has no shop \"%3\"; nothing was "
                                                "imported.")
                                     .arg(file.fileName())
                                     .arg(line)
                                     .arg(shop));
            auto link = setLink(db, shop, row.at(idCol).trimmed(), row.at(erpCol).trimmed(),
                                LinkSource::MappingImport);
            if (!link)
                return ctx.error(QStringLiteral("%1 line %2: %3 Nothing was imported.")
                                     .arg(file.fileName())
                                     .arg(line)
                                     .arg(link.message()));
            ++changed;
        }
        return ctx.withResult(tx.commit(), [&] {
            return ctx.print(QJsonObject{{QStringLiteral("imported"), changed}}, [&](QTextStream& out) {
                out << "Imported " << changed << " links from " << file.fileName() << ".\n";
            });
        });
    });
}

int linksExport(Context& ctx) {
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("links export takes one FILE.csv."));
    return ctx.withDatabase([&](Database& db) {
        return ctx.withResult(LinkRepository(db).listLinked(ctx.option(QStringLiteral("shop"))),
                              [&](const QList<CustomerRow>& rows) { return exportLinks(ctx, rows); });
    });
}

} // namespace linkdesk::cli
