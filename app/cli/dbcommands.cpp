#include "cli.h"

#include <QJsonObject>

namespace linkdesk::cli {

namespace {
// Brings the schema up to date and says from which version to which.
int migrate(Context& ctx, Database& db) {
    const int before = db.schemaVersion();
    if (auto r = db.migrate(); !r)
        return ctx.error(r.message());
    const int after = db.schemaVersion();
    const QString url = db.url().display();
    return ctx.print(QJsonObject{{QStringLiteral("database"), url},
                                 {QStringLiteral("from"), before},
                                 {QStringLiteral("to"), after}},
                     [&](QTextStream& out) {
                         if (before == after)
                             out << "Database " << url << " is up to date (schema version " << after
                                 << ").\n";
                         else
                             out << "Database " << url << " migrated from schema version " << before << " to "
                                 << after << ".\n";
                     });
}
} // namespace

int dbMigrate(Context& ctx) {
    return ctx.withProfile([&](Profile& profile) {
        return ctx.withResult(Database::open(profile.databaseUrl, Database::Migrate::No),
                              [&](std::unique_ptr<Database>& db) { return migrate(ctx, *db); });
    });
}

} // namespace linkdesk::cli
