#pragma once

#include "domain/erpcustomer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace linkdesk {

struct CustomerSearch;

// The names an ERP's customer JSON gives the ErpCustomer fields every ERP has.
struct ErpCustomerFields {
    const char* number;
    const char* name;
    const char* email;
    const char* currencyCode;
    const char* country;
    const char* vatNumber;
};

// The fields named in the table; company and blocked are the caller's.
ErpCustomer customerFields(const QJsonObject& json, const ErpCustomerFields& fields);

// A customer create's body: templateFields overlaid with the customer's fields that are not blank,
// trimmed. Its name is the company where the customer has no name.
QJsonObject customerCreateBody(const ErpCustomer& customer, const QJsonObject& templateFields,
                               const ErpCustomerFields& fields);

// The customers read from a list of JSON objects that match the search (CustomerSearch::matches).
QList<ErpCustomer> matchingCustomers(const QList<QJsonObject>& list, const CustomerSearch& search,
                                     ErpCustomer (*fromJson)(const QJsonObject&));

// The elements of a JSON array, as objects.
QList<QJsonObject> jsonObjects(const QJsonArray& array);

} // namespace linkdesk
