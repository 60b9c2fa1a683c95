#pragma once

#include "erp/lookupcache.h"
#include "util/result.h"

namespace linkdesk {

class Database;

// The ERP look-up cache kept in the database between processes, so one CLI import profits from the
// last one's look-ups within the TTL, and `cache clear` (CLI or toolbar) empties it for everyone.
class CacheStore final {
public:
    explicit CacheStore(Database& db)
        : m_db(db) {}

    // Adds the saved entries still alive (their lifetime counts on from when they were saved).
    Result<void> load(LookupCache& cache);
    Result<void> save(const LookupCache& cache);
    // Empties the saved cache; how many live entries were dropped.
    Result<int> clear();
    // The saved cache: live entries, and the hits and misses of the run that saved it.
    Result<LookupCache::Stats> stats();

private:
    Result<std::optional<QJsonArray>> saved(LookupCache::Stats* counters);

    Database& m_db;
};

} // namespace linkdesk
