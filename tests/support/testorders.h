#pragma once

// Shop orders the tests build, one way: an order of shop web from one shop customer, as far as a
// test needs it; the rest each test sets itself.
#include "domain/stagedorder.h"
#include "store/orderrepository.h"

#include <QDate>
#include <QTest>

namespace linkdesk::test {

// An order of shop web, in this currency, from the shop customer with this id (empty: a guest) and
// e-mail.
inline StagedOrder stagedOrder(const QString& number, const QString& customerId, const QString& email,
                               const QString& currency = QStringLiteral("GBP")) {
    StagedOrder o;
    o.shopCode = QStringLiteral("web");
    o.orderNumber = number;
    o.currency = currency;
    o.customer.shopCode = o.shopCode;
    o.customer.shopCustomerId = customerId;
    o.customer.email = email;
    return o;
}

// That order as the shop sent it: its number is also the shop's order id, modified on
// 2026-11-01 at 10:00 UTC, the payload {"id":number}.
inline StagedOrder fetchedOrder(const QString& number, const QString& customerId, const QString& email,
                                const QString& currency = QStringLiteral("GBP")) {
    StagedOrder o = stagedOrder(number, customerId, email, currency);
    o.shopOrderId = number;
    o.modifiedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    o.rawPayload = QByteArrayLiteral("{\"id\":") + number.toUtf8() + QByteArrayLiteral("}");
    return o;
}

// A product line: quantity of sku, with a name and unit price where the test needs them.
inline OrderLine orderLine(int lineNo, const QString& sku, double quantity, const QString& name = {},
                           const QString& unitPrice = {}) {
    // No product or variation id, total or ERP item number.
    return OrderLine{lineNo, 0, 0, sku, name, quantity, unitPrice, {}, {}};
}

// Stores the orders as an import fetches them, then leaves each in its status, with its reason, as
// a past import would have; fails the test where the database refuses.
inline void stageOrders(Database& db, QList<StagedOrder> orders) {
    const QList<StagedOrder> wanted = orders;
    QVERIFY(OrderRepository(db).store(orders));
    for (const StagedOrder& w : wanted) {
        auto found = OrderRepository(db).find(w.shopCode, w.orderNumber);
        QVERIFY(found && *found);
        StagedOrder o = **found;
        o.status = w.status;
        o.reason = w.reason;
        QVERIFY(OrderRepository(db).saveState(o));
    }
}

} // namespace linkdesk::test
