#include "erpcustomerjson.h"

#include "domain/erpdirectory.h"

#include <QJsonArray>

namespace linkdesk {

ErpCustomer customerFields(const QJsonObject& json, const ErpCustomerFields& fields) {
    const auto text = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    ErpCustomer c;
    c.number = text(fields.number);
    c.name = text(fields.name);
    c.email = text(fields.email);
    c.currencyCode = text(fields.currencyCode);
    c.country = text(fields.country);
    c.vatNumber = text(fields.vatNumber);
    return c;
}

QJsonObject customerCreateBody(const ErpCustomer& customer, const QJsonObject& templateFields,
                               const ErpCustomerFields& fields) {
    QJsonObject body = templateFields;
    const auto put = [&body](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            body.insert(QLatin1String(key), value.trimmed());
    };
    put(fields.number, customer.number);
    put(fields.name, customer.name.trimmed().isEmpty() ? customer.company : customer.name);
    put(fields.email, customer.email);
    put(fields.currencyCode, customer.currencyCode);
    put(fields.country, customer.country);
    put(fields.vatNumber, customer.vatNumber);
    return body;
}

QList<ErpCustomer> matchingCustomers(const QList<QJsonObject>& list, const CustomerSearch& search,
                                     ErpCustomer (*fromJson)(const QJsonObject&)) {
    QList<ErpCustomer> customers;
    for (const QJsonObject& json : list) {
        ErpCustomer c = fromJson(json);
        if (search.matches(c))
            customers.append(c);
    }
    return customers;
}

QList<QJsonObject> jsonObjects(const QJsonArray& array) {
    QList<QJsonObject> list;
    for (const QJsonValue& v : array)
        list.append(v.toObject());
    return list;
}

} // namespace linkdesk
