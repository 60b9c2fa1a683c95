#include "orderrepository.h"

#include "database.h"

#include <QDateTime>

namespace linkdesk {

namespace {
const QString kOrderColumns = QStringLiteral(
    "id, shop_code, order_number, shop_order_id, shop_status, status, reason, currency, modified_at, "
    "customer_key, "
    "shop_customer_id, email, first_name, last_name, company, country, vat_number, phone, erp_customer_no, "
    "erp_order_no, match_trace, attempts, last_error, raw_payload, changed_after_submit, sends, charges, "
    "last_error_detail");

// The fields a fetch writes, in the order of kFetchedColumns.
QVariantList fetchedValues(const StagedOrder& o) {
    const ShopCustomer& c = o.customer;
    return {o.shopOrderId,
            o.shopStatus,
            toString(o.status),
            o.reason,
            o.currency,
            sqlTimestamp(o.modifiedAt),
            c.effectiveKey(),
            c.shopCustomerId,
            c.email,
            c.firstName,
            c.lastName,
            c.company,
            c.country,
            c.vatNumber,
            c.phone,
            QString::fromUtf8(o.rawPayload),
            chargesToJson(o.charges)};
}
const QString kFetchedColumns =
    QStringLiteral("shop_order_id, shop_status, status, reason, currency, modified_at, customer_key, "
                   "shop_customer_id, email, "
                   "first_name, last_name, company, country, vat_number, phone, raw_payload, charges");

StagedOrder readOrder(const QSqlQuery& q) {
    StagedOrder o;
    ShopCustomer& c = o.customer;
    QString status;
    QString charges;
    readColumns(q, o.id, o.shopCode, o.orderNumber, o.shopOrderId, o.shopStatus, status, o.reason, o.currency,
                o.modifiedAt, c.key, c.shopCustomerId, c.email, c.firstName, c.lastName, c.company, c.country,
                c.vatNumber, c.phone, o.erpCustomerNumber, o.erpOrderNumber, o.matchTrace, o.attempts,
                o.lastError, o.rawPayload, o.changedAfterSubmit, o.sends, charges, o.lastErrorDetail);
    parseOrderStatus(status, &o.status);
    c.shopCode = o.shopCode;
    c.currency = o.currency;
    o.charges = chargesFromJson(charges);
    return o;
}

bool isSubmittedOrGoing(OrderStatus status) {
    return status == OrderStatus::Submitted || status == OrderStatus::Submitting;
}
} // namespace

Result<OrderRepository::StoreCounts> OrderRepository::store(QList<StagedOrder>& orders) {
    StoreCounts counts;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const QString now = sqlTimestamp(QDateTime::currentDateTimeUtc());
    auto insert =
        m_db.prepare(QStringLiteral("INSERT INTO staged_orders (shop_code, order_number, %1, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?) RETURNING id")
                         .arg(kFetchedColumns));
    auto update =
        m_db.prepare(QStringLiteral("UPDATE staged_orders SET shop_order_id = ?, shop_status = ?, "
                                    "status = ?, reason = ?, currency = ?, modified_at = ?, "
                                    "customer_key = ?, shop_customer_id = ?, email = ?, first_name = ?, "
                                    "last_name = ?, company = ?, country = ?, vat_number = ?, phone = ?, "
                                    "raw_payload = ?, charges = ?, updated_at = ?, erp_customer_no = '', "
                                    "match_trace = '', attempts = 0, last_error = '', last_error_detail = '' "
                                    "WHERE id = ?"));
    auto flag = m_db.prepare(
        QStringLiteral("UPDATE staged_orders SET changed_after_submit = 1, updated_at = ? WHERE id = ?"));
    auto dropLines = m_db.prepare(QStringLiteral("DELETE FROM staged_order_lines WHERE order_id = ?"));
    auto insertLine = m_db.prepare(QStringLiteral(
        "INSERT INTO staged_order_lines (order_id, line_no, product_id, variation_id, sku, name, quantity, "
        "unit_price, total, erp_item_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto* q : {&insert, &update, &flag, &dropLines, &insertLine})
        if (!*q)
            return q->error();

    // Which of these orders are known already: one query per chunk, not one per order.
    auto known = existing(orders);
    if (!known)
        return known.error();
    for (StagedOrder& order : orders) {
        const auto found = known->constFind({order.shopCode, order.orderNumber});
        if (found != known->constEnd()) {
            order.id = found->id;
            const OrderStatus existing = found->status;
            const bool samePayload = found->rawPayload == QString::fromUtf8(order.rawPayload);
            if (samePayload) {
                ++counts.unchanged;
                continue;
            }
            if (isSubmittedOrGoing(existing)) {
                if (auto r = Database::run(*flag, {now, order.id}); !r)
                    return r.error();
                ++counts.flagged;
                continue;
            }
            if (auto r = Database::run(*update, fetchedValues(order) << now << order.id); !r)
                return r.error();
            if (auto r = Database::run(*dropLines, {order.id}); !r)
                return r.error();
            ++counts.updated;
        } else {
            if (auto r = Database::run(*insert, QVariantList{order.shopCode, order.orderNumber}
                                                    << fetchedValues(order) << now << now);
                !r)
                return r.error();
            if (!insert->next())
                return fail(QStringLiteral("Storing order %1 returned no id.").arg(order.orderNumber));
            order.id = insert->value(0).toLongLong();
            insert->finish();
            ++counts.inserted;
        }
        for (const OrderLine& line : order.lines) {
            if (auto r = Database::run(*insertLine, {order.id, line.lineNo, line.productId, line.variationId,
                                                     line.sku, line.name, line.quantity, line.unitPrice,
                                                     line.total, line.erpItemNumber});
                !r)
                return r.error();
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return counts;
}

Result<QHash<QPair<QString, QString>, OrderRepository::Known>>
OrderRepository::existing(const QList<StagedOrder>& orders) {
    QHash<QPair<QString, QString>, Known> known;
    QHash<QString, QStringList> numbersByShop;
    for (const StagedOrder& o : orders)
        numbersByShop[o.shopCode].append(o.orderNumber);
    constexpr int kChunk = 400;
    for (auto it = numbersByShop.cbegin(); it != numbersByShop.cend(); ++it) {
        for (qsizetype start = 0; start < it->size(); start += kChunk) {
            const QStringList chunk = it->mid(start, kChunk);
            QVariantList binds{it.key()};
            for (const QString& number : chunk)
                binds << number;
            const QString marks = QStringLiteral("?,").repeated(chunk.size()).chopped(1);
            auto q = m_db.exec(
                QStringLiteral("SELECT order_number, id, status, raw_payload FROM staged_orders WHERE "
                               "shop_code = ? AND order_number IN (%1)")
                    .arg(marks),
                binds);
            if (!q)
                return q.error();
            while (q->next()) {
                Known k{q->value(1).toLongLong(), OrderStatus::New, q->value(3).toString()};
                parseOrderStatus(q->value(2).toString(), &k.status);
                known.insert({it.key(), q->value(0).toString()}, k);
            }
        }
    }
    return known;
}

Result<QList<StagedOrder>> OrderRepository::select(const QString& where, const QVariantList& binds,
                                                   const QString& tail) {
    auto orders = m_db.readRows(
        QStringLiteral("SELECT %1 FROM staged_orders%2%3")
            .arg(kOrderColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, tail),
        binds, readOrder);
    if (!orders)
        return orders;
    if (auto r = loadLines(*orders); !r)
        return r.error();
    return orders;
}

Result<void> OrderRepository::loadLines(QList<StagedOrder>& orders) {
    if (orders.isEmpty())
        return {};
    QHash<qint64, StagedOrder*> byId;
    QStringList ids;
    for (StagedOrder& o : orders) {
        byId.insert(o.id, &o);
        ids << QString::number(o.id);
    }
    // Chunks keep the statement short on large lists.
    constexpr int kChunk = 500;
    for (int start = 0; start < ids.size(); start += kChunk) {
        auto q = m_db.exec(
            QStringLiteral("SELECT order_id, line_no, product_id, variation_id, sku, name, quantity, "
                           "unit_price, total, erp_item_no FROM staged_order_lines WHERE order_id "
                           "IN (%1) ORDER BY order_id, line_no")
                .arg(ids.mid(start, kChunk).join(QLatin1Char(','))));
        if (!q)
            return q.error();
        while (q->next()) {
            OrderLine line{q->value(1).toInt(),    q->value(2).toLongLong(), q->value(3).toLongLong(),
                           q->value(4).toString(), q->value(5).toString(),   q->value(6).toDouble(),
                           q->value(7).toString(), q->value(8).toString(),   q->value(9).toString()};
            if (StagedOrder* o = byId.value(q->value(0).toLongLong()))
                o->lines.append(line);
        }
    }
    return {};
}

Result<std::optional<StagedOrder>> OrderRepository::get(qint64 id) {
    auto orders = select(QStringLiteral("id = ?"), {id});
    if (!orders)
        return orders.error();
    return orders->isEmpty() ? std::optional<StagedOrder>() : std::optional<StagedOrder>(orders->first());
}

Result<std::optional<StagedOrder>> OrderRepository::find(const QString& shopCode,
                                                         const QString& orderNumber) {
    auto orders = select(QStringLiteral("shop_code = ? AND order_number = ?"), {shopCode, orderNumber});
    if (!orders)
        return orders.error();
    return orders->isEmpty() ? std::optional<StagedOrder>() : std::optional<StagedOrder>(orders->first());
}

Result<std::optional<StagedOrder>> OrderRepository::latestFor(const ShopCustomer& customer) {
    const QString last = QStringLiteral(" ORDER BY id DESC LIMIT 1");
    // By the identity it was matched as; an order not matched yet by who it names.
    auto orders = select(QStringLiteral("shop_code = ? AND customer_key = ?"),
                         {customer.shopCode, customer.effectiveKey()}, last);
    if (orders && orders->isEmpty())
        orders = customer.isGuest()
                     ? select(QStringLiteral("shop_code = ? AND shop_customer_id = '' AND LOWER(email) = ?"),
                              {customer.shopCode, customer.email.trimmed().toLower()}, last)
                     : select(QStringLiteral("shop_code = ? AND shop_customer_id = ?"),
                              {customer.shopCode, customer.shopCustomerId}, last);
    if (!orders)
        return orders.error();
    return orders->isEmpty() ? std::optional<StagedOrder>() : std::optional<StagedOrder>(orders->first());
}

Result<QList<StagedOrder>> OrderRepository::list(const QList<OrderStatus>& statuses, const QString& shopCode,
                                                 int limit) {
    QStringList conditions;
    QVariantList binds;
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (OrderStatus s : statuses) {
            marks << QStringLiteral("?");
            binds << toString(s);
        }
        conditions << QStringLiteral("status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!shopCode.isEmpty()) {
        conditions << QStringLiteral("shop_code = ?");
        binds << shopCode;
    }
    return select(conditions.join(QStringLiteral(" AND ")), binds,
                  QStringLiteral(" ORDER BY id") +
                      (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
}

Result<QHash<OrderStatus, int>> OrderRepository::countByStatus(const QString& shopCode) {
    auto q = shopCode.isEmpty()
                 ? m_db.exec(QStringLiteral("SELECT status, COUNT(*) FROM staged_orders GROUP BY status"))
                 : m_db.exec(QStringLiteral("SELECT status, COUNT(*) FROM staged_orders WHERE shop_code = ? "
                                            "GROUP BY status"),
                             {shopCode});
    if (!q)
        return q.error();
    QHash<OrderStatus, int> counts;
    while (q->next()) {
        OrderStatus s;
        if (parseOrderStatus(q->value(0).toString(), &s))
            counts.insert(s, q->value(1).toInt());
    }
    return counts;
}

Result<void> OrderRepository::saveState(const StagedOrder& order) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = m_db.exec(
        QStringLiteral(
            "UPDATE staged_orders SET status = ?, reason = ?, erp_customer_no = ?, "
            "erp_order_no = ?, match_trace = ?, attempts = ?, last_error = ?, "
            "last_error_detail = ?, changed_after_submit = ?, sends = ?, updated_at = ?, customer_key = ? "
            "WHERE id = ?"),
        {toString(order.status), order.reason, order.erpCustomerNumber, order.erpOrderNumber,
         QString::fromUtf8(order.matchTrace), order.attempts, order.lastError, order.lastErrorDetail,
         order.changedAfterSubmit ? 1 : 0, order.sends, sqlTimestamp(QDateTime::currentDateTimeUtc()),
         order.customer.effectiveKey(), order.id});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return fail(
            QStringLiteral("Order %1-%2 is not in the database.").arg(order.shopCode, order.orderNumber));
    auto line = m_db.prepare(
        QStringLiteral("UPDATE staged_order_lines SET erp_item_no = ? WHERE order_id = ? AND line_no = ?"));
    if (!line)
        return line.error();
    for (const OrderLine& l : order.lines)
        if (auto u = Database::run(*line, {l.erpItemNumber, order.id, l.lineNo}); !u)
            return u;
    return tx.commit();
}

Result<QDateTime> OrderRepository::cursor(const QString& shopCode) {
    auto q = m_db.exec(QStringLiteral("SELECT modified_after FROM import_cursors WHERE shop_code = ?"),
                       {shopCode});
    if (!q)
        return q.error();
    return q->next() ? fromSqlTimestamp(q->value(0)) : QDateTime();
}

Result<void> OrderRepository::setCursor(const QString& shopCode, const QDateTime& modifiedAfter) {
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO import_cursors (shop_code, modified_after, updated_at) "
                       "VALUES (?, ?, ?) ON CONFLICT (shop_code) DO UPDATE SET "
                       "modified_after = excluded.modified_after, updated_at = excluded.updated_at"),
        {shopCode, sqlTimestamp(modifiedAfter), sqlTimestamp(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    return {};
}

} // namespace linkdesk
