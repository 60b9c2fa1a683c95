#pragma once

#include <QString>

namespace linkdesk {

// A customer as a shop knows it. A guest has no shop customer id.
struct ShopCustomer {
    qint64 id = 0; // row id in Linkdesk's database, 0 until stored
    QString shopCode;
    QString shopCustomerId; // empty for a guest
    QString key;            // identity within the shop: the shop customer id, or a guest key
    QString email;
    QString firstName;
    QString lastName;
    QString company;
    QString country;
    QString currency;
    QString vatNumber;
    QString phone;

    bool isGuest() const { return shopCustomerId.isEmpty(); }
    QString displayName() const;
    // Who this is in words, for the audit log: "Ann Smith, Acme Ltd <ann@example.com>".
    QString describe() const;
    // The identity key used when none is set: the shop customer id, or "guest:" + the trimmed,
    // lower-cased email. The matcher may set a finer key (normalisation rules, match fields).
    QString effectiveKey() const;
};

} // namespace linkdesk
