#pragma once

#include "domain/catalog.h"
#include "domain/stagedorder.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <optional>

namespace linkdesk {

class Database;

// Staged orders and their lines, and the import cursor of each shop.
class OrderRepository final {
public:
    struct StoreCounts {
        int inserted = 0;
        int updated = 0;   // re-fetched before submission: taken over
        int unchanged = 0; // re-fetched, same payload
        int flagged = 0;   // changed after it was submitted: flagged for staff, not resubmitted
    };

    explicit OrderRepository(Database& db)
        : m_db(db) {}

    // Stores fetched orders (new ones inserted, known ones updated while not yet submitted) in one
    // transaction with prepared statements. Sets each order's id.
    Result<StoreCounts> store(QList<StagedOrder>& orders);

    Result<std::optional<StagedOrder>> get(qint64 id);
    Result<std::optional<StagedOrder>> find(const QString& shopCode, const QString& orderNumber);
    // Orders with one of the given statuses (all when empty), oldest first, with their lines.
    Result<QList<StagedOrder>> list(const QList<OrderStatus>& statuses = {}, const QString& shopCode = {},
                                    int limit = -1);
    // The customer's most recently staged order: by shop customer id, or for a guest by email.
    Result<std::optional<StagedOrder>> latestFor(const ShopCustomer& customer);
    Result<QHash<OrderStatus, int>> countByStatus(const QString& shopCode = {});

    // Writes the outcome of matching or submitting: status, reason, ERP numbers, trace, attempts,
    // sends, last error, and the item numbers of the lines.
    Result<void> saveState(const StagedOrder& order);

    // How staff put an order back in the queue for the next import.
    enum class Requeue {
        Rematch, // new, its match forgotten: from new, matched, blocked, needs review or failed
        Retry,   // failed still, with a fresh round of attempts: from failed
    };
    static QList<OrderStatus> requeueableFrom(Requeue how);
    // Puts the order back in one conditional statement, so an order the import (or another
    // workstation) moved on meanwhile is refused as a Conflict naming its state now. Clears the
    // last error and the attempts, records the change in the audit log with the reason (who and
    // why), and returns the order as stored. Its sends are kept: an order an earlier submit may
    // have reached is looked up in the ERP before it is sent again.
    Result<StagedOrder> requeue(qint64 id, Requeue how, const QString& reason);
    // Every order of this customer identity (staged_orders.customer_key) that waits for review or
    // failed and is not in the ERP, matched again (requeue Rematch): its link changed. Their ids.
    Result<QList<qint64>> requeueWaiting(const QString& shopCode, const QString& customerKey,
                                         const QString& reason);
    // Every blocked order with an unmatched line these mappings now cover (by SKU, or by product and
    // variation), matched again (requeue Rematch): whoever saves a mapping calls it. How many.
    Result<int> requeueBlockedOn(const QList<ProductMapping>& mappings, const QString& reason);

    // How staff settle an order waiting for them after checking the ERP, typically one whose submit
    // outcome is unknown on an ERP that cannot be asked for it (ErpClient::resubmitIsSafe).
    enum class Resolution {
        Submitted, // the ERP has it, as erpOrderNumber: submitted, never sent again
        Resubmit,  // the ERP does not have it: its earlier sends are forgotten, matched and sent anew
    };
    static QList<OrderStatus> resolvableFrom();
    // Conditional and audited like requeue (a Conflict names the order's state when it moved on).
    Result<StagedOrder> resolve(qint64 id, Resolution how, const QString& erpOrderNumber,
                                const QString& reason);

    Result<QDateTime> cursor(const QString& shopCode);
    Result<void> setCursor(const QString& shopCode, const QDateTime& modifiedAfter);

private:
    struct Known {
        qint64 id;
        OrderStatus status;
        QString rawPayload;
    };
    Result<QHash<QPair<QString, QString>, Known>> existing(const QList<StagedOrder>& orders);
    Result<QList<StagedOrder>> select(const QString& where, const QVariantList& binds,
                                      const QString& tail = {});
    Result<void> loadLines(QList<StagedOrder>& orders);
    // One conditional, audited status change: to `to` from one of `from`, setting `set` too.
    struct Move {
        QList<OrderStatus> from;
        OrderStatus to = OrderStatus::New;
        QString set;              // more "column = value" assignments
        QVariantList binds;       // for the ? in set
        bool forgetMatch = false; // the lines' item numbers too
        QString audit;            // what the audit log says it became
        QString refusal;          // "matched again": what only some orders can be
    };
    Result<StagedOrder> move(qint64 id, const Move& m, const QString& reason);

    Database& m_db;
};

} // namespace linkdesk
