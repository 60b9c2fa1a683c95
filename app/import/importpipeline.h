#pragma once

#include "domain/settings.h"
#include "domain/stagedorder.h"
#include "erp/erpsalesorder.h"
#include "importsummary.h"
#include "match/matchoutcome.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace linkdesk {

class CachedErpDirectory;
class Database;
class ErpClient;
class ImportLock;
class ImportServices;
class ShopSource;

// Linkdesk's main job, one pass: check the default customers, fetch every shop's new and changed
// orders, match them, submit the matched ones, each exactly once.
//
// It runs as sequential code on a worker thread (never the thread of the network clients, whose
// calls it waits for; see crossthread.h) and commits every state change before the next network
// call: a page of orders and the cursor together; "submitting" (with the attempt count) before the
// sales order is sent. Matching and submitting overlap: orders go in waves, and while one wave is
// submitted the next is matched. So a kill at any instant loses nothing, and the next pass resumes: an order
// whose earlier submit has an unknown outcome is looked up by its external document number before
// it is sent again, and a customer whose creation was started is searched for before it is created
// again (creation intents, see MatchSession). Only one pass runs per database (ImportLock).
class ImportPipeline final {
public:
    struct Services {
        QObject* network = nullptr; // lives on the thread whose event loop runs the clients
        ErpClient* erp = nullptr;
        CachedErpDirectory* directory = nullptr;
        QList<ShopSource*> shops;

        static Services of(const ImportServices& services);
    };
    struct Options {
        QString shopCode;    // empty: every shop
        QString holder;      // who runs the import, named to a refused second importer
        int maxAttempts = 5; // a failed order is retried by this many passes, then left to staff
        // Orders marked submitting and sent together (a wave), and matched together while the wave
        // before is sent. 0: the ERP client's submitWave() (Business Central batched: a $batch per
        // connection).
        int submitBatch = 0;
        // Submit now: not empty, the pass fetches nothing and matches and submits only these orders
        // (those of them still waiting: new, failed, matched, or left submitting), after asking the
        // ERP afresh about the customers they are linked to. The lock, the check of the default
        // customers (of these orders' shops) and exactly-once submission apply as to every pass.
        QList<qint64> orderIds;
    };
    struct Progress {
        QString stage; // "fetch", "match", "submit"
        int done = 0;
        int total = 0; // 0: not known yet
    };

    ImportPipeline(Database& db, Services services);
    ~ImportPipeline();

    void onProgress(std::function<void(const Progress&)> handler) { m_progress = std::move(handler); }
    void onLog(std::function<void(const QString&)> handler) { m_log = std::move(handler); }

    // Runs one pass. An error means the pass could not run (configuration, connection, the lock);
    // per-order problems are order states and counted in the summary.
    Result<ImportSummary> run(const Options& options);
    // Thread-safe; the pass stops at its next safe point (within a second).
    void cancel() { m_cancelled = true; }

private:
    // Every default customer of these shops is in the ERP and not blocked, or the pass stops
    // before any order is fetched or booked to it (DefaultCustomers).
    Result<void> checkDefaultCustomers(const QStringList& shops);
    // Submit now: the shops of the chosen orders, after the cached answers about the ERP customers
    // they are linked to are dropped (staff may just have changed them in the ERP).
    Result<QStringList> prepareChosen(const QSet<qint64>& chosen);
    Result<void> fetch(ShopSource* source);
    // Matches the orders waiting (only: just these, by id; null: all) in waves, each wave submitted
    // (OrderSubmitter) while the next is matched; orders matched or left submitting by an earlier
    // pass go first.
    Result<void> matchAndSubmit(const QString& shopCode, const QSet<qint64>* only = nullptr);
    Result<void> heal(const QString& shopCode);
    void tally(const MatchOutcome& outcome);
    Result<ShopSettings> settingsFor(const QString& shopCode);
    void progress(const QString& stage, int done, int total);
    void log(const QString& line);
    bool cancelled() const { return m_cancelled.load(); }

    Database& m_db;
    Services m_services;
    Options m_options;
    ImportLock* m_lock = nullptr;
    ImportSummary m_summary;
    QList<StagedOrder> m_refused; // refused by the ERP in this pass, booked to a customer (heal())
    QHash<QString, ShopSettings> m_settings;
    std::atomic_bool m_cancelled{false};
    std::function<void(const Progress&)> m_progress;
    std::function<void(const QString&)> m_log;
};

} // namespace linkdesk
