#pragma once

#include <QJsonArray>

namespace linkdesk {

// The ERP look-up cache as it outlives a process: its live entries (JSON objects, each with the
// rest of its lifetime in "ttl_ms"), the hit and miss counters of the run that took it, and the
// generation of the saved cache its entries belong to (every clear of the saved cache raises it).
struct CacheSnapshot {
    QJsonArray entries;
    qint64 hits = 0;
    qint64 misses = 0;
    qint64 generation = 0;
};

} // namespace linkdesk
