#pragma once

#include "router.h"

#include <QJsonObject>

namespace sandbox {

class ErpData;

// The Tharstern MIS API over ErpData, under /tharstern/api/: Authentication/GenerateAPIToken, then
// the token as the Basic-auth user with an empty password; customers (by customerCode or email,
// and create), contacts, products, EstRequest/{productTypeId}/Example, estrequest (prices for
// Customer.Code) and orders/submit (idempotent on UniqueSubmitOrderID). Every answer is wrapped:
// {"Status": {"Success": true}, "Details": ...} or {"Status": {"Success": false}, "Problems": [...]}.
class TharsternFake final {
public:
    explicit TharsternFake(ErpData& data)
        : m_data(data) {}

    void addRoutes(Router& router);

private:
    bool authorised(const Request& request) const;
    Response token(const Request& request);
    Response customers(const Request& request);
    Response createCustomer(const Request& request);
    Response contacts(const Request& request);
    Response products(const Request& request);
    Response estimateExample(int productTypeId);
    Response estimate(const Request& request);
    Response submitOrder(const Request& request);
    QJsonObject customerOut(const QJsonObject& customer) const;

    ErpData& m_data;
};

} // namespace sandbox
