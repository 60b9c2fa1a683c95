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
    using erptest::seedCustomer;
    using erptest::seedItem;
    using erptest::seedPrice;
    QJsonObject acme = seedCustomer("C00001", "Acme Print Ltd", "orders@acme.example", "GBP", "GB");
    acme.insert(QStringLiteral("contacts"),
                QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("Buyer@Acme.example")},
                                       {QStringLiteral("firstName"), QStringLiteral("Bea")},
                                       {QStringLiteral("lastName"), QStringLiteral("Buyer")}}});
    const QJsonArray customers{
        acme,
        seedCustomer("C00002", "O'Brien & Sons", "o'brien@example.com", "EUR", "IE"),
        seedCustomer("C00003", "Shared Europe", "shared@example.com", "EUR", "DE"),
        seedCustomer("C00004", "Shared Britain", "Shared@Example.COM", "GBP", "GB"),
        seedCustomer("C00005", "Stopped Ltd", "stopped@example.com", "GBP", "GB", "All"),
    };
    const QJsonArray items{
        seedItem(u"BC-85x55", u"Business cards", 12.5),
        seedItem(u"FLY-A5", u"Flyers", 0.2),
    };
    const QJsonArray prices{seedPrice(u"C00001", u"BC-85x55", 10.0)};
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
