#pragma once

#include "router.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace sandbox {

class ErpData;

// What a Tharstern site does that nothing public describes: whether it has an e-mail search and a
// customer create, and where; whether orders/submit de-duplicates. From the seed's
// "erp": {"tharstern": {...}} (SEED.md) and the sandbox's --tharstern-* flags.
struct TharsternOptions {
    QString searchPath; // empty: no e-mail search (an unknown parameter is ignored)
    QString searchParameter = QStringLiteral("email");
    QString createPath; // empty: no customer create
    // The site's search by name on customers and products (code or name containing the text, not
    // minding case); empty: none, the parameter is ignored like any unknown one.
    QString nameSearchParameter;
    QString productSearchParameter;
    bool submitDeduplicates = false; // false: every submit is stored
    int pageSize = 100;              // list endpoints answer at most this many per page
    QString applicationId = QStringLiteral("api");

    // keys search_path, search_parameter, create_path, name_search_parameter, ...
    void read(const QJsonObject& json);
    QJsonObject toJson() const;
};

// The Tharstern MIS API over ErpData, under /tharstern/api/, in the shape public clients show:
// Authentication/GenerateAPIToken, then the token as the Basic-auth user; every answer wrapped as
// {"Status": {"Success"}, "Details": {...}, "Problems": [...]}, lists as Details {Items,
// TotalItemCount}, paged (page, pageSize); customers?customerCode=, contacts (?customerCode=; POST),
// address/create, products?productCode= (ID, ProductTypes_ID), customers and products by name where
// TharsternOptions gives them a parameter, EstRequest/{id}/Example, estrequest,
// orders/submit ({"Orders": [{UniqueSubmitOrderID, InvoiceCustomer, Items[{StockItemID}]}]}; every
// submit stored unless submitDeduplicates). The e-mail search and the customer create exist only
// where TharsternOptions puts them. Routes are case-insensitive, as on IIS.
class TharsternFake final {
public:
    TharsternFake(ErpData& data, const TharsternOptions& options)
        : m_data(data)
        , m_options(options) {}

    void addRoutes(Router& router);
    QJsonObject state() const;

private:
    bool authorised(const Request& request) const;
    Response token(const Request& request);
    Response customers(const Request& request);
    Response searchByEmail(const Request& request);
    Response createCustomer(const Request& request);
    Response contacts(const Request& request);
    Response createContact(const Request& request);
    Response createAddress(const Request& request);
    // Appends entry to the customer's list listKey and counts counter; a 400 answer where no
    // customer has that code.
    std::optional<Response> appendToCustomer(const QString& code, const QString& counter,
                                             const QString& listKey, const QJsonObject& entry);
    Response products(const Request& request);
    Response estimateExample(int productTypeId);
    Response estimate(const Request& request);
    Response submitOrders(const Request& request);
    QJsonObject submitOne(const QJsonObject& order);
    QJsonObject customerOut(const QJsonObject& customer) const;
    // Every contact: each customer's own e-mail first, then its other contacts.
    QJsonArray allContacts() const;
    Response page(const Request& request, const QJsonArray& all) const;

    ErpData& m_data;
    TharsternOptions m_options;
    int m_addresses = 0;
};

} // namespace sandbox
