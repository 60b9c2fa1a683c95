#include "cli.h"

#include <QJsonObject>

namespace linkdesk::cli {

QList<Command> dbCommands() {
    return {
        {{QStringLiteral("db"), QStringLiteral("migrate")},
         QString(),
         QStringLiteral("Creates or updates the database schema."),
         [](Context& ctx) {
             auto p = ctx.profile();
             if (!p)
                 return ctx.error(p.message());
             auto db = Database::open((*p)->databaseUrl, Database::Migrate::No);
             if (!db)
                 return ctx.error(db.message());
             const int before = (*db)->schemaVersion();
             if (auto r = (*db)->migrate(); !r)
                 return ctx.error(r.message());
             const int after = (*db)->schemaVersion();
             if (ctx.json)
                 ctx.printJson(QJsonObject{{QStringLiteral("database"), (*db)->url().display()},
                                           {QStringLiteral("from"), before},
                                           {QStringLiteral("to"), after}});
             else if (before == after)
                 ctx.out << "Database " << (*db)->url().display() << " is up to date (schema version "
                         << after << ").\n";
             else
                 ctx.out << "Database " << (*db)->url().display() << " migrated from schema version "
                         << before << " to " << after << ".\n";
             return 0;
         }},
    };
}

} // namespace linkdesk::cli
