#pragma once

// The shop customers and staged orders the repository tests store.
#include "testcustomers.h"
#include "testorders.h"

namespace linkdesk::storetest {

inline ShopCustomer customer(const QString& id, const QString& email, const QString& company = {}) {
    return test::shopCustomer(id, email, QStringLiteral("Ann"), QStringLiteral("Smith"), company);
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
