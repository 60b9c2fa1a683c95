#include "cachesession.h"

#include "store/cachestore.h"
#include "store/settingsstore.h"

#include <algorithm>
#include <optional>

namespace linkdesk {

CacheSession::CacheSession(Database& db, LookupCache& cache)
    : m_db(db)
    , m_cache(cache)
    , m_session(&cache) {}

CacheSession::~CacheSession() = default;

Result<int> CacheSession::ttlSeconds(Database& db, const QStringList& shopCodes) {
    const SettingsStore settings(db);
    std::optional<int> shortest;
    for (const QString& shop : shopCodes.isEmpty() ? QStringList{QString()} : shopCodes) {
        auto s = settings.forShop(shop);
        if (!s)
            return s.error();
        shortest = std::min(shortest.value_or(s->cacheTtlSeconds), s->cacheTtlSeconds);
    }
    return *shortest;
}

Result<std::unique_ptr<CacheSession>> CacheSession::open(Database& db, LookupCache& cache,
                                                         const Profile& profile, const QString& shopCode) {
    auto ttl = ttlSeconds(db, shopCode.isEmpty() ? profile.shopCodes() : QStringList{shopCode});
    if (!ttl)
        return ttl.error();
    cache.setTtlSeconds(*ttl);
    auto saved = CacheStore(db).load();
    if (!saved)
        return saved.error();
    cache.restore(*saved);
    return std::unique_ptr<CacheSession>(new CacheSession(db, cache));
}

Result<bool> CacheSession::save() {
    return CacheStore(m_db).save(m_cache.snapshot());
}

} // namespace linkdesk
