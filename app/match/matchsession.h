#pragma once

#include "domain/erpdirectory.h"
#include "domain/settings.h"
#include "domain/stagedorder.h"
#include "matchoutcome.h"
#include "util/result.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <functional>

namespace linkdesk {

class MatchData;

// Matches a batch of staged orders to final outcomes: the one "match until settled" loop that the
// import, the test order and the rule tests all run.
//
// Round by round, every order still open is matched (OrderMatcher, pure); what the directory did
// not know is fetched for all of them at once (de-duplicated), the customers they need are created
// at once (one per identity, however many orders wait for it), and the next round matches them
// again. A final outcome's writes (a link, a stale mark, a direct product mapping) go to MatchData
// before the order is reported settled; a write refused as a Conflict (staff changed the link
// meanwhile) has the order matched again, so the person's decision wins.
//
// Creating a customer is idempotent: the intent is recorded (pending) before the ERP is asked and
// completed with the new number after; an intent found pending makes the matcher search the ERP
// before creating anything, so a lost answer or a crash never makes a second customer. A creation
// that failed is not tried again by the same session (a later wave of the import), so the ERP has
// time to finish one whose answer was merely lost before the next import searches for it.
//
// A dry run decides without doing: no writes, no customers created (an order that would create one
// settles as CreateCustomer). Runs on the caller's thread; the directory may wait on the network.
class MatchSession final {
public:
    struct Options {
        bool dryRun = false;
        int maxRounds = 6;
        const std::atomic_bool* cancelled = nullptr; // checked between rounds and while waiting
    };
    using SettingsFor = std::function<Result<ShopSettings>(const QString& shopCode)>;
    // An order's final outcome, reported once, in the round it settled; an error stops the session.
    using Settled = std::function<Result<void>(qsizetype index, const MatchOutcome& outcome)>;

    MatchSession(ErpDirectory& directory, MatchData& data, Options options);
    MatchSession(ErpDirectory& directory, MatchData& data)
        : MatchSession(directory, data, Options{}) {}

    void onSettled(Settled handler) { m_settled = std::move(handler); }
    void onLog(std::function<void(const QString&)> handler) { m_log = std::move(handler); }

    // Matches every order, reporting each final outcome to onSettled (outcomes are not kept: a
    // batch may be large). An order left open by a cancel is not reported. An error means
    // MatchData, SettingsFor or onSettled failed (the database): the orders settled so far were
    // reported, the rest stay open.
    Result<void> run(const QList<StagedOrder>& orders, const SettingsFor& settings);
    // One order under one shop's settings: its outcome (not final when cancelled).
    MatchOutcome run(const StagedOrder& order, const ShopSettings& settings);

    // Customers created in the ERP by this session.
    int customersCreated() const { return m_created; }

private:
    class Round;

    void log(const QString& line) const;
    bool cancelled() const { return m_options.cancelled && m_options.cancelled->load(); }
    // The writes of a final outcome; a pending creation intent for its customer is completed.
    Result<void> write(const StagedOrder& order, const MatchOutcome& outcome);

    ErpDirectory& m_directory;
    MatchData& m_data;
    Options m_options;
    Settled m_settled;
    std::function<void(const QString&)> m_log;
    int m_created = 0;
    // Identities whose creation failed in this session (across run() calls: the import's waves),
    // with the outcome their orders got; their later orders get the same until the next session.
    struct FailedCreation {
        MatchStatus status;
        QString reason;
        QString detail; // the ERP's request and answer (Error::detail)
    };
    QHash<QString, FailedCreation> m_failedCreations;
};

} // namespace linkdesk
