#include "orderbatch.h"

#include "ordertablemodel.h"
#include "store/database.h"
#include "store/orderrepository.h"

namespace linkdesk {

bool OrderBatch::takes(Action action, OrderStatus status) {
    switch (action) {
    case Action::Rematch:
        return OrderRepository::requeueableFrom(OrderRepository::Requeue::Rematch).contains(status);
    case Action::Retry:
        return OrderRepository::requeueableFrom(OrderRepository::Requeue::Retry).contains(status);
    case Action::SubmitNow:
        return status == OrderStatus::New || status == OrderStatus::Matched || status == OrderStatus::Failed;
    }
    return false;
}

QList<StagedOrder> OrderBatch::takenFrom(Action action, const QList<StagedOrder>& orders) {
    QList<StagedOrder> taken;
    for (const StagedOrder& o : orders)
        if (takes(action, o.status))
            taken.append(o);
    return taken;
}

OrderBatch::Outcome OrderBatch::run(Database& db, Action action, const QList<StagedOrder>& shown) {
    OrderRepository orders(db);
    Outcome outcome;
    const QString reason = action == Action::SubmitNow
                               ? QStringLiteral("queued by %1 for Submit now").arg(db.actor())
                               : QStringLiteral("queued by %1 for the next import").arg(db.actor());
    for (const StagedOrder& o : shown) {
        const bool write = action != Action::SubmitNow || o.status == OrderStatus::Failed;
        if (write) {
            // One conditional statement: the import (or another workstation) may have moved the order
            // on since the list was read. A retried order stays failed, so the import looks it up (is
            // it in the ERP already?) before it submits.
            const auto how = action == Action::Rematch ? OrderRepository::Requeue::Rematch
                                                       : OrderRepository::Requeue::Retry;
            auto queued = orders.requeue(o.id, how, reason);
            if (queued) {
                outcome.done.append(*queued);
                continue;
            }
            if (!queued.error().is(ErrorKind::Conflict) && !queued.error().is(ErrorKind::NotFound)) {
                outcome.error = queued.message();
                return outcome;
            }
        }
        // Submit now of a new or matched order writes nothing: it still waits as it was shown, or
        // it changed. (The import under its lock takes only orders that still wait.)
        auto now = orders.get(o.id);
        if (!now) {
            outcome.error = now.message();
            return outcome;
        }
        if (!write && *now && (*now)->status == o.status)
            outcome.done.append(**now);
        else
            outcome.changed.append({o, *now ? std::optional((*now)->status) : std::nullopt});
    }
    return outcome;
}

QString OrderBatch::describe(Action action, const Outcome& outcome, int skipped) {
    QStringList sentences;
    const int done = int(outcome.done.size());
    const bool one = done + outcome.changed.size() == 1 && outcome.error.isEmpty();
    const auto nowText = [](const Changed& c) {
        return c.now ? OrderTableModel::statusText(*c.now) : tr("removed");
    };
    if (one && done == 1) {
        const QString& number = outcome.done.first().orderNumber;
        sentences << (action == Action::Rematch ? tr("Order %1 will be matched again on the next import.")
                      : action == Action::Retry ? tr("Order %1 will be tried again on the next import.")
                                                : tr("Submitting order %1 now…"))
                         .arg(number);
    } else if (one) {
        const Changed& c = outcome.changed.first();
        sentences << tr("Order %1 changed meanwhile (it is now %2), so nothing was done. The list is "
                        "refreshed: look at it again.")
                         .arg(c.shown.orderNumber, nowText(c));
    } else {
        if (done > 0 || outcome.error.isEmpty())
            sentences << (action == Action::Rematch
                              ? tr("%n order(s) will be matched again on the next import.", nullptr, done)
                          : action == Action::Retry
                              ? tr("%n failed order(s) will be tried again on the next import.", nullptr,
                                   done)
                              : tr("Submitting %n order(s) now…", nullptr, done));
        if (!outcome.changed.isEmpty()) {
            QStringList which;
            for (const Changed& c : outcome.changed)
                which << tr("%1 (now %2)").arg(c.shown.orderNumber, nowText(c));
            sentences << tr("%n order(s) had changed meanwhile and were left as they are: %1.", nullptr,
                            int(outcome.changed.size()))
                             .arg(which.join(QStringLiteral(", ")));
        }
    }
    if (!outcome.error.isEmpty())
        sentences << tr("The other orders could not be changed: %1").arg(outcome.error);
    if (skipped > 0)
        sentences << (action == Action::Rematch
                          ? tr("%n selected order(s) cannot be matched again (submitted or quarantined).",
                               nullptr, skipped)
                      : action == Action::Retry
                          ? tr("%n selected order(s) did not fail and were left as they are.", nullptr,
                               skipped)
                          : tr("%n selected order(s) do not wait to be submitted (blocked, needs review, "
                               "submitted or quarantined): fix them first.",
                               nullptr, skipped));
    return sentences.join(QLatin1Char(' '));
}

} // namespace linkdesk
