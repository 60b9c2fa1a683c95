#pragma once

// The shop customers and staged orders the repository tests store.
#include "testorders.h"

namespace linkdesk::storetest {

inline ShopCustomer customer(const QString& id, const QString& email, const QString& company = {}) {
    ShopCustomer c;
    c.shopCode = QStringLiteral("web");
    c.shopCustomerId = id;
    c.email = email;
    c.firstName = QStringLiteral("Ann");
    c.lastName = QStringLiteral("Smith");
    c.company = company;
    c.country = QStringLiteral("GB");
    c.currency = QStringLiteral("GBP");
    return c;
}

inline StagedOrder order(const QString& number, int lines, const QByteArray& payload) {
    StagedOrder o = test::fetchedOrder(number, QStringLiteral("7"), QStringLiteral("ann@example.com"),
                                       QStringLiteral("EUR"));
    o.customer = customer(QStringLiteral("7"), QStringLiteral("ann@example.com"));
    o.rawPayload = payload;
    for (int i = 1; i <= lines; ++i)
        o.lines.append(OrderLine{i,
                                 100 + i,
                                 0,
                                 QStringLiteral("SKU-%1").arg(i),
                                 QStringLiteral("Item %1").arg(i),
                                 2.0,
                                 QStringLiteral("9.50"),
                                 QStringLiteral("19.00"),
                                 {}});
    return o;
}
} // namespace linkdesk::storetest
