// The order files of folder shops (type=file): what became of the last files, and a file read the
// way an import would read it, without storing anything.
#include "cli.h"

#include "shop/filesource.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace linkdesk::cli {

namespace {
constexpr int kPreviewOrders = 20;
constexpr int kListedFiles = 20;

QList<const ShopConfig*> fileShops(const Profile& profile, const QString& code) {
    QList<const ShopConfig*> shops;
    for (const ShopConfig& shop : profile.shops)
        if (shop.type == QLatin1String("file") && (code.isEmpty() || shop.code == code))
            shops << &shop;
    return shops;
}

QString formatText(const OrderFileFormat& format) {
    return format.kind == OrderFileFormat::Kind::Columns
               ? QStringLiteral("%1 (%2)").arg(format.name(), format.columns.describe())
               : format.name();
}

QJsonObject toJson(const StagedOrder& o, const QList<int>& rows) {
    QJsonArray lines;
    for (const OrderLine& l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("product_id"), double(l.productId)},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), l.unitPrice}});
    const ShopCustomer& c = o.customer;
    return {{QStringLiteral("number"), o.orderNumber},
            {QStringLiteral("shop_order_id"), o.shopOrderId},
            {QStringLiteral("status"), o.shopStatus},
            {QStringLiteral("currency"), o.currency},
            {QStringLiteral("date"), o.modifiedAt.toString(Qt::ISODate)},
            {QStringLiteral("rows"), shop::FileRecord::rowsText(rows)},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("id"), c.shopCustomerId},
                                                     {QStringLiteral("key"), c.key},
                                                     {QStringLiteral("email"), c.email},
                                                     {QStringLiteral("name"), c.displayName()},
                                                     {QStringLiteral("company"), c.company},
                                                     {QStringLiteral("country"), c.country}}},
            {QStringLiteral("lines"), lines}};
}

} // namespace

int filesList(Context& ctx) {
    return ctx.withProfile([&](Profile& profile) {
        const QString code = ctx.option(QStringLiteral("shop"));
        const QList<const ShopConfig*> shops = fileShops(profile, code);
        if (shops.isEmpty())
            return ctx.error(code.isEmpty()
                                 ? QStringLiteral("The profile has no shop of type file.")
                                 : QStringLiteral("The profile has no shop %1 of type file.").arg(code));
        QJsonArray all;
        for (const ShopConfig* shop : shops) {
            const shop::FileLedger ledger(shop->path);
            auto records = ledger.latest(kListedFiles);
            if (!records)
                return ctx.error(records.message());
            QJsonArray files;
            for (const shop::FileRecord& r : std::as_const(*records))
                files.append(r.toJson());
            all.append(QJsonObject{{QStringLiteral("shop"), shop->code},
                                   {QStringLiteral("folder"), shop->path},
                                   {QStringLiteral("format"), shop->fileFormat.name()},
                                   {QStringLiteral("files"), files}});
            if (ctx.json)
                continue;
            ctx.out << "Shop " << shop->code << ": " << shop->path << ", format "
                    << formatText(shop->fileFormat) << '\n';
            if (records->isEmpty())
                ctx.out << "  no file read yet\n";
            for (const shop::FileRecord& r : std::as_const(*records)) {
                ctx.out << "  " << r.readAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                        << r.fileName << ": ";
                if (!r.duplicateOf.isEmpty())
                    ctx.out << "the same content as " << r.duplicateOf << ", nothing new";
                else
                    ctx.out << r.orders << " orders read, " << r.quarantined << " quarantined";
                ctx.out << " -> " << r.movedTo << '\n';
                for (const shop::FileRecord::Problem& p : r.problems)
                    ctx.out << "    " << p.reason << '\n'; // names the file, the order and the row
            }
        }
        if (ctx.json)
            ctx.printJson(all);
        return 0;
    });
}

int filesPreview(Context& ctx) {
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("files preview takes FILE (and --shop CODE)."));
    return ctx.withProfile([&](Profile& profile) {
        const QString code = ctx.option(QStringLiteral("shop"));
        const QList<const ShopConfig*> shops = fileShops(profile, code);
        if (shops.size() != 1)
            return ctx.usage(code.isEmpty()
                                 ? QStringLiteral("Name the folder shop with --shop CODE.")
                                 : QStringLiteral("The profile has no shop %1 of type file.").arg(code));
        const ShopConfig& shop = *shops.first();
        const QString path = ctx.args.first();
        if (!QFileInfo(path).isFile())
            return ctx.error(QStringLiteral("There is no file %1.").arg(path));
        const shop::FileSource files(shop.code, shop.path, shop.fileFormat);
        const shop::FileBatch batch = files.read(path);
        const shop::ParsedOrders& parsed = batch.parsed;
        if (ctx.json) {
            QJsonArray orders;
            for (const StagedOrder& o : parsed.orders.mid(0, kPreviewOrders))
                orders.append(toJson(o, parsed.rowsOf.value(o.orderNumber)));
            QJsonArray problems;
            for (const shop::OrderParseError& e : parsed.errors)
                problems.append(QJsonObject{{QStringLiteral("order"), e.orderNumber},
                                            {QStringLiteral("rows"), shop::FileRecord::rowsText(e.rows)},
                                            {QStringLiteral("reason"), e.message}});
            ctx.printJson(QJsonObject{{QStringLiteral("file"), batch.fileName},
                                      {QStringLiteral("format"), shop.fileFormat.name()},
                                      {QStringLiteral("order_count"), int(parsed.orders.size())},
                                      {QStringLiteral("orders"), orders},
                                      {QStringLiteral("problems"), problems}});
            return 0;
        }
        ctx.out << batch.fileName << " read as " << formatText(shop.fileFormat) << ": "
                << parsed.orders.size() << " orders, " << parsed.errors.size() << " quarantined\n";
        for (const StagedOrder& o : parsed.orders.mid(0, kPreviewOrders)) {
            const ShopCustomer& c = o.customer;
            ctx.out << "  " << o.orderNumber << "  rows "
                    << shop::FileRecord::rowsText(parsed.rowsOf.value(o.orderNumber)) << "  "
                    << (c.email.isEmpty() ? QStringLiteral("(no e-mail)") : c.email);
            if (!c.displayName().isEmpty())
                ctx.out << " (" << c.displayName() << ')';
            ctx.out << "  " << o.currency << "  " << o.modifiedAt.toString(Qt::ISODate) << '\n';
            for (const OrderLine& l : o.lines)
                ctx.out << "      " << l.quantity << " x " << l.describe() << " at " << l.unitPrice << '\n';
        }
        if (parsed.orders.size() > kPreviewOrders)
            ctx.out << "  ... and " << parsed.orders.size() - kPreviewOrders << " more orders\n";
        for (const shop::OrderParseError& e : parsed.errors)
            ctx.out << "  quarantined: " << e.message << '\n';
        return 0;
    });
}

} // namespace linkdesk::cli
