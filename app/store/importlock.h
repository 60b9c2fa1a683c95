#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace linkdesk {

class Database;

// Only one importer runs per database. PostgreSQL: a session advisory lock (released by the server
// when the holder's connection goes away, so a killed importer never blocks the next one). SQLite: a
// lock row with a lease; a row whose lease expired, or whose process is gone from this host, is
// taken over. Either way the row says who holds the lock, so a refused importer can name them.
class ImportLock final {
public:
    static constexpr int LeaseSeconds = 60;

    struct Holder {
        QString holder;
        QString host;
        qint64 pid = 0;
        QDateTime acquiredAt;
        QDateTime leaseUntil;
        QString describe() const;
    };

    explicit ImportLock(Database& db, QString holder);
    ~ImportLock();
    ImportLock(const ImportLock&) = delete;
    ImportLock& operator=(const ImportLock&) = delete;

    // Takes the lock or says who holds it (an error of kind Conflict).
    Result<void> acquire();
    // Extends the lease; call at least every LeaseSeconds / 2 while importing.
    Result<void> renew();
    void release();
    bool isHeld() const { return m_held; }

    Result<std::optional<Holder>> currentHolder();

private:
    Result<void> acquireSqlite();
    Result<void> acquirePostgres();
    Result<void> writeRow();
    QString m_holder;
    Database& m_db;
    bool m_held = false;
};

} // namespace linkdesk
