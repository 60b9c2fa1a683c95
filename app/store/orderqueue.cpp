// OrderRepository: how staff and the rules put orders back in the queue, or settle them by hand.
// Every change is one conditional statement (an order the import moved on meanwhile is refused as a
// Conflict naming its state now) and is audited.
#include "auditlog.h"
#include "database.h"
#include "orderrepository.h"

#include <QDateTime>
#include <QSet>

namespace linkdesk {

QList<OrderStatus> OrderRepository::requeueableFrom(Requeue how) {
    if (how == Requeue::Retry)
        return {OrderStatus::Failed};
    return {OrderStatus::New, OrderStatus::Matched, OrderStatus::Blocked, OrderStatus::NeedsReview,
            OrderStatus::Failed};
}

Result<StagedOrder> OrderRepository::requeue(qint64 id, Requeue how, const QString& reason) {
    const bool rematch = how == Requeue::Rematch;
    Move m;
    m.from = requeueableFrom(how);
    m.to = rematch ? OrderStatus::New : OrderStatus::Failed;
    m.set = rematch ? QStringLiteral("attempts = 0, last_error = '', last_error_detail = '', erp_customer_no "
                                     "= '', match_trace = ''")
                    : QStringLiteral("attempts = 0, last_error = '', last_error_detail = ''");
    m.forgetMatch = rematch;
    m.audit = QStringLiteral("%1 (%2)").arg(toString(m.to), reason);
    QStringList names;
    for (OrderStatus st : m.from)
        names << toString(st);
    m.refusal = QStringLiteral("only %1 orders can be %2.")
                    .arg(names.join(QStringLiteral(", ")),
                         rematch ? QStringLiteral("matched again") : QStringLiteral("retried"));
    return move(id, m, reason);
}

Result<QList<qint64>> OrderRepository::requeueWaiting(const QString& shopCode, const QString& customerKey,
                                                      const QString& reason) {
    auto waiting =
        select(QStringLiteral("shop_code = ? AND customer_key = ? AND status IN (?, ?) AND "
                              "erp_order_no = ''"),
               {shopCode, customerKey, toString(OrderStatus::NeedsReview), toString(OrderStatus::Failed)},
               QStringLiteral(" ORDER BY id"));
    if (!waiting)
        return waiting.error();
    QList<qint64> moved;
    for (const StagedOrder& o : *waiting) {
        auto r = requeue(o.id, Requeue::Rematch, reason);
        if (!r && !r.error().is(ErrorKind::Conflict))
            return r.error();
        if (r)
            moved.append(o.id);
    }
    return moved;
}

QList<OrderStatus> OrderRepository::resolvableFrom() {
    return {OrderStatus::NeedsReview, OrderStatus::Failed};
}

Result<StagedOrder> OrderRepository::resolve(qint64 id, Resolution how, const QString& erpOrderNumber,
                                             const QString& reason) {
    const bool submitted = how == Resolution::Submitted;
    if (submitted && erpOrderNumber.trimmed().isEmpty())
        return fail(QStringLiteral("Name the ERP's order number to mark an order submitted."),
                    ErrorKind::Invalid);
    Move m;
    m.from = resolvableFrom();
    m.to = submitted ? OrderStatus::Submitted : OrderStatus::New;
    if (submitted) {
        m.set = QStringLiteral("erp_order_no = ?, last_error = '', last_error_detail = ''");
        m.binds << erpOrderNumber.trimmed();
        m.audit = QStringLiteral("submitted as %1 (%2)").arg(erpOrderNumber.trimmed(), reason);
    } else { // sent anew: matched again, its earlier sends forgotten on staff's word
        m.set = QStringLiteral("erp_customer_no = '', match_trace = '', attempts = 0, sends = 0, last_error "
                               "= '', last_error_detail = ''");
        m.forgetMatch = true;
        m.audit = QStringLiteral("%1, to be submitted anew (%2)").arg(toString(m.to), reason);
    }
    m.refusal = QStringLiteral("only orders that need review or failed can be resolved.");
    return move(id, m, reason);
}

Result<StagedOrder> OrderRepository::move(qint64 id, const Move& m, const QString& reason) {
    QVariantList binds{toString(m.to), reason, sqlTimestamp(QDateTime::currentDateTimeUtc())};
    binds << m.binds << id;
    QStringList placeholders;
    for (OrderStatus s : m.from) {
        placeholders << QStringLiteral("?");
        binds << toString(s);
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto before = get(id);
    if (!before)
        return before.error();
    auto updated =
        m_db.exec(QStringLiteral("UPDATE staged_orders SET status = ?, reason = ?, updated_at = ?, "
                                 "%1 WHERE id = ? AND status IN (%2)")
                      .arg(m.set, placeholders.join(QStringLiteral(", "))),
                  binds);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1) {
        if (!*before)
            return fail(QStringLiteral("There is no such order (id %1).").arg(id), ErrorKind::NotFound);
        const StagedOrder& o = **before;
        return fail(QStringLiteral("Order %1 is %2 now; %3")
                        .arg(o.externalDocumentNumber(), toString(o.status), m.refusal),
                    ErrorKind::Conflict);
    }
    if (m.forgetMatch)
        if (auto r = m_db.exec(
                QStringLiteral("UPDATE staged_order_lines SET erp_item_no = '' WHERE order_id = ?"), {id});
            !r)
            return r.error();
    const StagedOrder& o = **before;
    if (auto r = AuditLog(m_db).record(QStringLiteral("order"), o.externalDocumentNumber(),
                                       toString(o.status), m.audit, o.customer.describe());
        !r)
        return r.error();
    auto after = get(id);
    if (!after)
        return after.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return **after;
}

Result<int> OrderRepository::requeueBlockedOn(const QList<ProductMapping>& mappings, const QString& reason) {
    QSet<QString> covered; // "shop\nsku:SKU" and "shop\nproduct:ID/VARIATION"
    for (const ProductMapping& m : mappings)
        covered
            << (m.sku.isEmpty()
                    ? QStringLiteral("%1\nproduct:%2/%3").arg(m.shopCode).arg(m.productId).arg(m.variationId)
                    : QStringLiteral("%1\nsku:%2").arg(m.shopCode, m.sku));
    if (covered.isEmpty())
        return 0;
    auto blocked = list({OrderStatus::Blocked});
    if (!blocked)
        return blocked.error();
    int moved = 0;
    for (const StagedOrder& o : *blocked) {
        const bool unblocked = std::any_of(o.lines.cbegin(), o.lines.cend(), [&](const OrderLine& l) {
            return l.erpItemNumber.isEmpty() &&
                   (covered.contains(QStringLiteral("%1\nsku:%2").arg(o.shopCode, l.sku)) ||
                    covered.contains(QStringLiteral("%1\nproduct:%2/%3")
                                         .arg(o.shopCode)
                                         .arg(l.productId)
                                         .arg(l.variationId)));
        });
        if (!unblocked)
            continue;
        auto r = requeue(o.id, Requeue::Rematch, reason);
        if (!r && !r.error().is(ErrorKind::Conflict))
            return r.error();
        moved += r.ok();
    }
    return moved;
}

} // namespace linkdesk
