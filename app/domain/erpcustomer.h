#pragma once

#include <QString>

namespace linkdesk {

// A customer as the ERP has it, known by its number (Business Central) or code (Tharstern).
struct ErpCustomer {
    QString number;
    QString name;
    QString email;
    QString currencyCode;
    QString country;
    QString company;
    QString vatNumber;
    QString address; // street and number, as the ERP has it; shown to staff, not matched on
    QString city;
    bool blocked = false;
    QString blockedReason;
    // The person behind a customer Linkdesk creates, for an ERP that keeps them as a contact of
    // their own (Tharstern); not read back from the ERP.
    QString firstName;
    QString lastName;
    QString phone;
    bool isCompany = false; // a customer to create: a company (it has a company name), not a person

    bool isValid() const { return !number.isEmpty(); }
};

} // namespace linkdesk
