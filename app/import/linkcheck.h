#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace linkdesk {

class CachedErpDirectory;
class Database;

// Link health: every linked shop customer (of one shop, or of all) checked against the ERP as it is
// now. The ERP customers are asked for afresh, a round at a time through the directory (Business
// Central: one $batch request per round), never one request per customer. A link whose ERP
// customer is missing, blocked, or has another e-mail than the shop customer (compared without
// case, when both have one) is marked stale with what to do in words; a stale link whose customer
// is fine again loses its mark. Manual links get the same marks: a mark only tells staff, nothing
// is linked anew. Every write names the row version read: a link someone changed meanwhile is left
// as they made it.
//
// A round's marks are written before the next round is asked for: a network failure stops the
// check with the error and what was written stays. Cancellable between rounds, and the wait for a
// round stops on cancel.
class LinkCheck final {
    Q_DECLARE_TR_FUNCTIONS(linkdesk::LinkCheck)
public:
    enum class Problem { Missing, Blocked, EmailChanged };

    // A link found stale by this check.
    struct StaleLink {
        QString shopCode;
        QString customerKey; // the shop customer's identity key
        QString email;
        QString erpCustomerNumber;
        Problem problem = Problem::Missing;
        QString reason; // what is wrong and what to do, in words
    };

    struct Summary {
        int checked = 0;
        int fine = 0;
        int missing = 0;
        int blocked = 0;
        int emailChanged = 0;
        int cleared = 0;   // stale marks taken off
        int conflicts = 0; // links someone changed while they were checked: left as they are
        bool cancelled = false;
        QList<StaleLink> stale;

        int staleCount() const { return missing + blocked + emailChanged; }
        // The CLI's `links check --json`: checked, fine, missing, blocked, email_changed, stale_count,
        // cleared, conflicts, cancelled, stale[{shop, customer, email, erp_customer, problem, reason}].
        QJsonObject toJson() const;
    };

    struct Progress {
        int done = 0;
        int total = 0;
    };

    static constexpr int RoundSize = 100; // links asked of the ERP at once

    // directory: the services' (its client lives on their network thread; run() waits for it).
    // erpName: the ERP in words for the reasons ("Business Central").
    LinkCheck(Database& db, CachedErpDirectory& directory, QString erpName);

    void onProgress(std::function<void(const Progress&)> callback) { m_progress = std::move(callback); }
    // From any thread: run() stops before the next round (or stops waiting for this one).
    void cancel() { m_cancelled = true; }

    // On a worker thread. An error (the ERP could not be asked, the database failed) stops the
    // check; the marks written before it stay.
    Result<Summary> run(const QString& shopCode = {});

    static QString toString(Problem problem); // "missing", "blocked", "email_changed"
    // The ERP system's name for people, from ErpClient::systemName().
    static QString erpDisplayName(const QString& systemName);

private:
    Database& m_db;
    CachedErpDirectory& m_directory;
    QString m_erpName;
    std::function<void(const Progress&)> m_progress;
    std::atomic_bool m_cancelled = false;
};

} // namespace linkdesk
