#pragma once

#include "domain/cachesnapshot.h"
#include "util/result.h"

#include <optional>

namespace linkdesk {

class Database;

// The ERP look-up cache kept in the database between processes, so one CLI import profits from the
// last one's look-ups within the TTL, and `cache clear` (CLI or toolbar) empties it for everyone.
//
// A clear wins over a save: every clear raises the saved cache's generation, load() says which
// generation it read, and save() writes only a snapshot of the current generation. So an import
// that loaded the cache before someone cleared it never writes back what it read before the clear.
class CacheStore final {
public:
    struct Stats {
        qint64 hits = 0;
        qint64 misses = 0;
        int entries = 0; // live entries
    };

    explicit CacheStore(Database& db)
        : m_db(db) {}

    // The saved entries still alive (their lifetime counts on from when they were saved), the saved
    // counters and the generation; an empty snapshot of generation 0 when nothing was saved.
    Result<CacheSnapshot> load();
    // Saves the snapshot unless the saved cache was cleared after the snapshot's generation was
    // loaded: then nothing is written and the answer is false.
    Result<bool> save(const CacheSnapshot& snapshot);
    // Empties the saved cache and raises its generation; how many live entries were dropped.
    Result<int> clear();
    // The saved cache: live entries, and the hits and misses of the run that saved it.
    Result<Stats> stats();

private:
    Result<std::optional<CacheSnapshot>> saved();

    Database& m_db;
};

} // namespace linkdesk
