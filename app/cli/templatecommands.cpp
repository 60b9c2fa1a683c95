#include "cli.h"

#include "store/catalogrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace linkdesk::cli {

namespace {
// A template as templates list prints it.
void printLine(QTextStream& out, const CustomerTemplate& t) {
    out << t.id << "  " << t.name << "  shop=" << t.shopCode << " country=" << t.country
        << " currency=" << t.currency << "  "
        << QString::fromUtf8(QJsonDocument(t.fields).toJson(QJsonDocument::Compact)) << '\n';
}

QJsonObject toJson(const CustomerTemplate& t) {
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("priority"), t.priority},
            {QStringLiteral("shop"), t.shopCode},
            {QStringLiteral("country"), t.country},
            {QStringLiteral("currency"), t.currency},
            {QStringLiteral("vat_present"), t.vatPresent},
            {QStringLiteral("fields"), t.fields}};
}

} // namespace

int templatesList(Context& ctx) {
    return ctx.withDatabase(
        [&](Database& db) { return ctx.printList(CatalogRepository(db).templates(), toJson, printLine); });
}

int templatesAdd(Context& ctx) {
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("templates add takes one NAME."));
    return ctx.withDatabase([&](Database& db) {
        CustomerTemplate t;
        t.name = ctx.args.first();
        t.shopCode = ctx.option(QStringLiteral("shop"));
        t.country = ctx.option(QStringLiteral("country")).toUpper();
        t.currency = ctx.option(QStringLiteral("currency")).toUpper();
        const QString fields = ctx.option(QStringLiteral("fields"));
        if (!fields.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(fields.toUtf8(), &error);
            if (!doc.isObject())
                return ctx.usage(
                    QStringLiteral("--fields must be a JSON object: %1")
                        .arg(doc.isNull() ? error.errorString() : QStringLiteral("not an object")));
            t.fields = doc.object();
        }
        return ctx.withResult(CatalogRepository(db).saveTemplate(t), [&] {
            return ctx.print(toJson(t), [&](QTextStream& out) {
                out << "Added template " << t.id << " (" << t.name << ").\n";
            });
        });
    });
}

int templatesRemove(Context& ctx) {
    bool ok = false;
    const qint64 id = ctx.args.value(0).toLongLong(&ok);
    if (ctx.args.size() != 1 || !ok)
        return ctx.usage(QStringLiteral("templates remove takes one numeric ID."));
    return ctx.withDatabase([&](Database& db) {
        return ctx.withResult(CatalogRepository(db).removeTemplate(id), [] { return 0; });
    });
}

} // namespace linkdesk::cli
