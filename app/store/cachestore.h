#pragma once

#include "domain/cachesnapshot.h"
#include "util/result.h"

#include <optional>

namespace linkdesk {

class Database;

// The ERP look-up cache kept in the database between processes, so one CLI import profits from the
// last one's look-ups within the TTL, and `cache clear` (CLI or toolbar) empties it for everyone.
class CacheStore final {
public:
    struct Stats {
        qint64 hits = 0;
        qint64 misses = 0;
        int entries = 0; // live entries
    };

    explicit CacheStore(Database& db)
        : m_db(db) {}

    // The saved entries still alive (their lifetime counts on from when they were saved) and the
    // saved counters; an empty snapshot when nothing was saved.
    Result<CacheSnapshot> load();
    Result<void> save(const CacheSnapshot& snapshot);
    // Empties the saved cache; how many live entries were dropped.
    Result<int> clear();
    // The saved cache: live entries, and the hits and misses of the run that saved it.
    Result<Stats> stats();

private:
    Result<std::optional<CacheSnapshot>> saved();

    Database& m_db;
};

} // namespace linkdesk
