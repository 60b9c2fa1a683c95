#pragma once

#include "domain/catalog.h"
#include "domain/stagedorder.h"
#include "erp/erpsalesorder.h"
#include "importsummary.h"
#include "match/matchsession.h"
#include "util/crossthread.h"
#include "util/result.h"

#include <QList>

#include <atomic>
#include <functional>
#include <memory>

namespace linkdesk {

class Database;
class ErpClient;

// Sends matched staged orders to the ERP, each exactly once, one wave at a time:
// - a wave's orders are all marked submitting (with their attempt) in one transaction before any of
//   them leaves, so a kill at any instant leaves each either untouched or known to be uncertain;
// - their calls start together, inside one ErpClient::Batch (Business Central: $batch requests),
//   and start() returns at once: the import matches the next wave meanwhile;
// - finish() waits for them and records every outcome in one transaction;
// - an order whose earlier send may have reached the ERP (it was submitting, or was sent before) is
//   looked up by its external document number before it is created (ErpSalesOrder::firstAttempt
//   false), where the ERP can be asked (ErpClient::resubmitIsSafe); elsewhere it waits for staff.
// Runs on the import's worker thread; the ERP client lives on its own.
class OrderSubmitter final {
public:
    // settingsFor gives each order's shop settings (its order lines); summary counts submitted,
    // needs-review and failed orders and must outlive the submitter.
    OrderSubmitter(Database& db, ErpClient& erp, QList<OrderMappingRow> mapping,
                   MatchSession::SettingsFor settingsFor, ImportSummary& summary,
                   const std::atomic_bool* cancelled, int maxAttempts, int wave);
    ~OrderSubmitter();
    OrderSubmitter(const OrderSubmitter&) = delete;
    OrderSubmitter& operator=(const OrderSubmitter&) = delete;

    // Orders per wave: the one given, else the ERP client's submitWave().
    int wave() const { return m_wave; }
    // Finishes the wave in flight, then marks these orders (at most wave()) submitting and starts
    // them. An error is the database's: nothing of this wave was sent.
    Result<void> start(QList<StagedOrder> orders);
    // Waits for the wave in flight, if any, and records its outcomes. An order whose answer did not
    // come before a cancel stays submitting: the next pass looks it up first.
    Result<void> finish();

    int started() const { return m_started; }   // orders sent so far
    int finished() const { return m_finished; } // of those, orders whose outcome is recorded
    // Orders the ERP refused in this pass that are booked to a customer (links that heal).
    QList<StagedOrder> takeRefused() { return std::exchange(m_refused, {}); }
    void onLog(std::function<void(const QString&)> handler) { m_log = std::move(handler); }

private:
    void record(StagedOrder& order, const Result<ErpSalesOrder>& result);
    void holdForStaff(StagedOrder& order);

    Database& m_db;
    ErpClient& m_erp;
    QList<OrderMappingRow> m_mapping;
    MatchSession::SettingsFor m_settingsFor;
    ImportSummary& m_summary;
    const std::atomic_bool* m_cancelled;
    int m_maxAttempts;
    int m_wave;
    QList<StagedOrder> m_sending; // the wave in flight, in the order of its calls
    std::shared_ptr<CallsInFlight<ErpSalesOrder>> m_calls;
    QList<StagedOrder> m_refused;
    int m_started = 0;
    int m_finished = 0;
    std::function<void(const QString&)> m_log;
};

} // namespace linkdesk
