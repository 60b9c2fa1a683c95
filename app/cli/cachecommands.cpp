#include "cli.h"

#include "store/cachestore.h"

#include <QJsonObject>

namespace linkdesk::cli {

int cacheClear(Context& ctx) {
    return ctx.withDatabase([&](Database& db) {
        return ctx.withResult(CacheStore(db).clear(), [&](int dropped) {
            return ctx.print(QJsonObject{{QStringLiteral("dropped"), dropped}}, [&](QTextStream& out) {
                out << "Cleared the ERP look-up cache: " << dropped << " entries dropped.\n";
            });
        });
    });
}

int cacheStats(Context& ctx) {
    return ctx.withDatabase([&](Database& db) {
        return ctx.withResult(CacheStore(db).stats(), [&](const CacheStore::Stats& stats) {
            return ctx.print(QJsonObject{{QStringLiteral("entries"), stats.entries},
                                         {QStringLiteral("hits"), stats.hits},
                                         {QStringLiteral("misses"), stats.misses}},
                             [&](QTextStream& out) {
                                 out << "entries " << stats.entries << ", last import: " << stats.hits
                                     << " hits, " << stats.misses << " misses\n";
                             });
        });
    });
}

} // namespace linkdesk::cli
