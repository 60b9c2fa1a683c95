#pragma once

// What the Tharstern client tests share: the seed (customers with contacts, products, prices) and
// the site's options the sandbox plays (e-mail search, customer create, de-duplication, paging).

#include "erp/tharsternclient.h"
#include "erpclienttest.h"

namespace tharsterntest {

inline const QString User = QStringLiteral("api@example.com");
inline const QString Password = QStringLiteral("th-pa55+word&x");

// The site's own e-mail search and customer create, at paths no public document names.
inline QJsonObject siteWithSearch() {
    return {{QStringLiteral("search_path"), QStringLiteral("api-ext/customers/by-email")},
            {QStringLiteral("search_parameter"), QStringLiteral("emailAddress")},
            {QStringLiteral("create_path"), QStringLiteral("api-ext/customers/create")}};
}

inline QJsonObject seed(const QJsonObject& site = siteWithSearch()) {
    using erptest::customerJson;
    QJsonObject acme = customerJson("C00001", "Acme Print Ltd", "orders@acme.example", "GBP", "GB");
    acme.insert(QStringLiteral("contacts"),
                QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("Buyer@Acme.example")},
                                       {QStringLiteral("firstName"), QStringLiteral("Bea")},
                                       {QStringLiteral("lastName"), QStringLiteral("Buyer")}}});
    const QJsonArray customers{
        acme,
        customerJson("C00002", "O'Brien & Sons", "o'brien@example.com", "EUR", "IE"),
        customerJson("C00003", "Shared Europe", "shared@example.com", "EUR", "DE"),
        customerJson("C00004", "Shared Britain", "Shared@Example.COM", "GBP", "GB"),
        customerJson("C00005", "Stopped Ltd", "stopped@example.com", "GBP", "GB", "All"),
    };
    const QJsonArray items{
        QJsonObject{{QStringLiteral("number"), QStringLiteral("BC-85x55")},
                    {QStringLiteral("displayName"), QStringLiteral("Business cards")},
                    {QStringLiteral("unitPrice"), 12.5}},
        QJsonObject{{QStringLiteral("number"), QStringLiteral("FLY-A5")},
                    {QStringLiteral("displayName"), QStringLiteral("Flyers")},
                    {QStringLiteral("unitPrice"), 0.2}},
    };
    const QJsonArray prices{QJsonObject{{QStringLiteral("customerNumber"), QStringLiteral("C00001")},
                                        {QStringLiteral("itemNumber"), QStringLiteral("BC-85x55")},
                                        {QStringLiteral("unitPrice"), 10.0}}};
    return QJsonObject{{QStringLiteral("erp"), QJsonObject{{QStringLiteral("tharstern_user"), User},
                                                           {QStringLiteral("tharstern_password"), Password},
                                                           {QStringLiteral("tharstern"), site},
                                                           {QStringLiteral("customers"), customers},
                                                           {QStringLiteral("items"), items},
                                                           {QStringLiteral("prices"), prices}}}};
}

// The client for the sandbox, configured for siteWithSearch().
inline linkdesk::TharsternConfig config(const QString& sandboxBase) {
    linkdesk::TharsternConfig c;
    c.apiUrl = QUrl(sandboxBase + QStringLiteral("/tharstern"));
    c.user = User;
    c.password = Password;
    c.timeoutMs = 5000;
    c.customerSearchPath = QStringLiteral("api-ext/customers/by-email");
    c.customerSearchParameter = QStringLiteral("emailAddress");
    c.customerCreatePath = QStringLiteral("api-ext/customers/create");
    return c;
}

inline QJsonObject counts(const QJsonObject& erpState) {
    return erpState.value(QStringLiteral("counts")).toObject().value(QStringLiteral("tharstern")).toObject();
}

inline QJsonObject customerOf(const QJsonObject& erpState, const QString& number) {
    for (const QJsonValue& c : erpState.value(QStringLiteral("customers")).toArray())
        if (c.toObject().value(QStringLiteral("number")).toString() == number)
            return c.toObject();
    return {};
}

} // namespace tharsterntest
