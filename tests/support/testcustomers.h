#pragma once

// ERP customers the tests build, one way.
#include "domain/erpcustomer.h"

namespace linkdesk::test {

inline ErpCustomer erpCustomer(const QString& number, const QString& name, const QString& email,
                               const QString& currency = QStringLiteral("GBP"),
                               const QString& country = QStringLiteral("GB"), bool blocked = false) {
    ErpCustomer c;
    c.number = number;
    c.name = name;
    c.email = email;
    c.currencyCode = currency;
    c.country = country;
    c.blocked = blocked;
    return c;
}

} // namespace linkdesk::test
