#pragma once

// What a linkdesk-sandbox seed holds (tests/sandbox/SEED.md), built one way: the ERP's customers,
// items and customer prices, in Business Central's field names. Header-only.
#include <QAnyStringView>
#include <QJsonArray>
#include <QJsonObject>

namespace linkdesk::test {

// An ERP customer; blocked as Business Central says it ("" for not blocked, "All", ...).
inline QJsonObject seedCustomer(QAnyStringView number, QAnyStringView name, QAnyStringView email,
                                QAnyStringView currency = u"GBP", QAnyStringView country = u"GB",
                                QAnyStringView blocked = u"") {
    return {{QStringLiteral("number"), number.toString()},
            {QStringLiteral("displayName"), name.toString()},
            {QStringLiteral("email"), email.toString()},
            {QStringLiteral("currencyCode"), currency.toString()},
            {QStringLiteral("country"), country.toString()},
            {QStringLiteral("blocked"), blocked.toString()}};
}

// An item at its own unit price.
inline QJsonObject seedItem(QAnyStringView number, QAnyStringView name, double unitPrice) {
    return {{QStringLiteral("number"), number.toString()},
            {QStringLiteral("displayName"), name.toString()},
            {QStringLiteral("unitPrice"), unitPrice}};
}

// A customer's own price of an item.
inline QJsonObject seedPrice(QAnyStringView customerNumber, QAnyStringView itemNumber, double unitPrice) {
    return {{QStringLiteral("customerNumber"), customerNumber.toString()},
            {QStringLiteral("itemNumber"), itemNumber.toString()},
            {QStringLiteral("unitPrice"), unitPrice}};
}

// A seed whose Business Central (client linkdesk, secret bc-secret) holds these customers, items and
// customer prices (seedCustomer, seedItem, seedPrice).
inline QJsonObject erpSeed(const QJsonArray& customers, const QJsonArray& items = {},
                           const QJsonArray& prices = {}) {
    return {
        {QStringLiteral("erp"), QJsonObject{{QStringLiteral("client_id"), QStringLiteral("linkdesk")},
                                            {QStringLiteral("client_secret"), QStringLiteral("bc-secret")},
                                            {QStringLiteral("customers"), customers},
                                            {QStringLiteral("items"), items},
                                            {QStringLiteral("prices"), prices}}}};
}

// The text at key in the first of these rows of the sandbox's state ("" when there is none).
inline QString firstText(const QJsonArray& rows, const QString& key) {
    return rows.first().toObject().value(key).toString();
}

// The Business Central a test order runs against: the default customer WEB and Acme UK, business
// cards and flyers, and Acme's own price of business cards.
inline QJsonObject testOrderSeed() {
    return erpSeed(
        {seedCustomer(u"WEB", u"Web shop", u""), seedCustomer(u"C00001", u"Acme UK", u"orders@acme.example")},
        {seedItem(u"BC-1", u"Business cards", 30.0), seedItem(u"FL-1", u"Flyers", 50.0)},
        {seedPrice(u"C00001", u"BC-1", 25.0)});
}

} // namespace linkdesk::test
