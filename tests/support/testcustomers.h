#pragma once

// ERP customers and shop customers the tests build, one way.
#include "domain/erpcustomer.h"
#include "domain/shopcustomer.h"

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

// A customer of the shop "web" as the shop gives it.
inline ShopCustomer shopCustomer(const QString& id, const QString& email, const QString& firstName,
                                 const QString& lastName, const QString& company = {},
                                 const QString& currency = QStringLiteral("GBP"),
                                 const QString& country = QStringLiteral("GB")) {
    ShopCustomer c;
    c.shopCode = QStringLiteral("web");
    c.shopCustomerId = id;
    c.email = email;
    c.firstName = firstName;
    c.lastName = lastName;
    c.company = company;
    c.currency = currency;
    c.country = country;
    return c;
}

} // namespace linkdesk::test
