#pragma once

#include "domain/stagedorder.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace linkdesk {

class Database;

// Re-match, Retry and Submit now on the orders selected on the Orders page. Each order is acted on
// only when its status is still the one shown: Re-match and Retry put it back in the queue in one
// conditional, audited statement each (OrderRepository::requeue); Submit now checks that it still
// waits (new or matched; a failed one gets a fresh round of attempts, as Retry gives it) before the
// import worker submits it. An order that moved on meanwhile is left as it is, and counted.
class OrderBatch final {
    Q_DECLARE_TR_FUNCTIONS(OrderBatch)
public:
    enum class Action { Rematch, Retry, SubmitNow };
    struct Changed {
        StagedOrder shown;
        std::optional<OrderStatus> now; // none: the order is gone
    };
    struct Outcome {
        QList<StagedOrder> done; // acted on (Submit now: to be submitted)
        QList<Changed> changed;  // moved on meanwhile: left as they are
        QString error;           // the database failed; the orders after those done were not tried
    };

    // Whether the action takes an order in this status.
    static bool takes(Action action, OrderStatus status);
    // The orders among these that the action takes, in their order.
    static QList<StagedOrder> takenFrom(Action action, const QList<StagedOrder>& orders);
    // Runs on the database worker; who acts is the database's actor.
    static Outcome run(Database& db, Action action, const QList<StagedOrder>& shown);
    // What it came to, for the page: how many were done, which had changed meanwhile (and what
    // they are now), how many of the selected orders the action does not take (skipped).
    static QString describe(Action action, const Outcome& outcome, int skipped);
};

} // namespace linkdesk
