#pragma once

#include "config/profile.h"
#include "erp/lookupcache.h"
#include "util/result.h"

#include <QStringList>

#include <memory>

namespace linkdesk {

class Database;

// The ERP look-up cache around one job (an import, a test order, a check), the same for the CLI
// (a cache per process) and the window (one cache across its jobs):
// - its lifetime is the shortest cache_ttl_seconds of the job's shops (each shop's own value or the
//   installation's), so no shop gets answers older than it allows; 0 means nothing is cached from
//   one job to the next;
// - the saved cache is brought in; when it was cleared since this cache last met it (another
//   process, or the toolbar), what this cache held is dropped first: the clear wins;
// - a LookupCache::Session is open until the CacheSession goes, so the answers fetched for one round
//   of matching serve the next even with the lifetime at 0.
class CacheSession final {
public:
    // For a job of one shop, or (shopCode empty) of every shop of the profile.
    static Result<std::unique_ptr<CacheSession>> open(Database& db, LookupCache& cache,
                                                      const Profile& profile, const QString& shopCode = {});
    ~CacheSession();
    CacheSession(const CacheSession&) = delete;
    CacheSession& operator=(const CacheSession&) = delete;

    // Saves the cache for the next process, unless the saved cache was cleared after this session
    // loaded it: then nothing read before the clear is written back, and the answer is false.
    Result<bool> save();

    // The shortest cache_ttl_seconds of these shops (none: the installation's value).
    static Result<int> ttlSeconds(Database& db, const QStringList& shopCodes);

private:
    CacheSession(Database& db, LookupCache& cache);

    Database& m_db;
    LookupCache& m_cache;
    LookupCache::Session m_session;
};

} // namespace linkdesk
