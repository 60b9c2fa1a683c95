#pragma once

#include <QJsonArray>

namespace linkdesk {

// The ERP look-up cache as it outlives a process: its live entries (JSON objects, each with the
// rest of its lifetime in "ttl_ms") and the hit and miss counters of the run that took it.
struct CacheSnapshot {
    QJsonArray entries;
    qint64 hits = 0;
    qint64 misses = 0;
};

} // namespace linkdesk
