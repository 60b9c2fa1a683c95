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
             return ctx.withDatabase([&](Database& db) {
                 return ctx.withResult(CacheStore(db).clear(), [&](int dropped) {
                     return ctx.print(
                         QJsonObject{{QStringLiteral("dropped"), dropped}}, [&](QTextStream& out) {
                             out << "Cleared the ERP look-up cache: " << dropped << " entries dropped.\n";
                         });
                 });
             });
         }},
        {{QStringLiteral("cache"), QStringLiteral("stats")},
         QString(),
         QStringLiteral(
             "Live entries of the saved ERP look-up cache, and the last import's hits and misses."),
         [](Context& ctx) {
             return ctx.withDatabase([&](Database& db) {
                 return ctx.withResult(CacheStore(db).stats(), [&](const CacheStore::Stats& stats) {
                     return ctx.print(QJsonObject{{QStringLiteral("entries"), stats.entries},
                                                  {QStringLiteral("hits"), stats.hits},
                                                  {QStringLiteral("misses"), stats.misses}},
                                      [&](QTextStream& out) {
                                          out << "entries " << stats.entries
                                              << ", last import: " << stats.hits << " hits, " << stats.misses
                                              << " misses\n";
                                      });
                 });
             });
         }},
    };
}

} // namespace linkdesk::cli
