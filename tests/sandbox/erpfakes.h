#pragma once

#include <QJsonObject>

#include <memory>

namespace sandbox {

class Router;

// The Business Central API v2.0 and Tharstern API fakes over one shared set of ERP data
// (customers, items, prices, sales orders), seeded from the "erp" part of the seed document.
class ErpFakes final {
public:
    // tharstern: what the Tharstern fake's site does (TharsternOptions' keys), over the seed's
    // "tharstern" part.
    explicit ErpFakes(const QJsonObject& erpSeed, const QJsonObject& tharstern = {});
    ~ErpFakes();
    ErpFakes(const ErpFakes&) = delete;
    ErpFakes& operator=(const ErpFakes&) = delete;

    void addRoutes(Router& router);
    QJsonObject state() const; // for GET /_sandbox/state

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace sandbox
