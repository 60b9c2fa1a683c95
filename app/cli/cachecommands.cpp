#include "cli.h"

#include "store/cachestore.h"

#include <QJsonObject>

namespace linkdesk::cli {

QList<Command> cacheCommands() {
    return {
        {{QStringLiteral("cache"), QStringLiteral("clear")},
         QString(),
         QStringLiteral("Empties the saved ERP look-up cache; the next import asks the ERP afresh."),
         [](Context& ctx) {
             auto db = ctx.database();
             if (!db)
                 return ctx.error(db.message());
             auto dropped = CacheStore(**db).clear();
             if (!dropped)
                 return ctx.error(dropped.message());
             if (ctx.json)
                 ctx.printJson(QJsonObject{{QStringLiteral("dropped"), *dropped}});
             else
                 ctx.out << "Cleared the ERP look-up cache: " << *dropped << " entries dropped.\n";
             return 0;
         }},
        {{QStringLiteral("cache"), QStringLiteral("stats")},
         QString(),
         QStringLiteral(
             "Live entries of the saved ERP look-up cache, and the last import's hits and misses."),
         [](Context& ctx) {
             auto db = ctx.database();
             if (!db)
                 return ctx.error(db.message());
             auto stats = CacheStore(**db).stats();
             if (!stats)
                 return ctx.error(stats.message());
             if (ctx.json)
                 ctx.printJson(QJsonObject{{QStringLiteral("entries"), stats->entries},
                                           {QStringLiteral("hits"), stats->hits},
                                           {QStringLiteral("misses"), stats->misses}});
             else
                 ctx.out << "entries " << stats->entries << ", last import: " << stats->hits << " hits, "
                         << stats->misses << " misses\n";
             return 0;
         }},
    };
}

} // namespace linkdesk::cli
