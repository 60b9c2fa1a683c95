#pragma once

#include "router.h"

#include <QJsonObject>

#include <optional>

namespace sandbox {

class ErpData;

// Business Central API v2.0 over ErpData: the OAuth2 client-credentials token endpoint
// (POST /{tenant}/oauth2/v2.0/token) and /v2.0/{tenant}/{environment}/api/v2.0/companies({id})/
// customers, items, salesOrders (deep insert of salesOrderLines) and salesQuotes (salesQuoteLines).
// Collections answer {"value": [...]} with $filter (see BusinessCentralFilter), $top and $skip;
// entities carry @odata.etag; errors are {"error": {"code", "message"}}.
class BusinessCentralFake final {
public:
    explicit BusinessCentralFake(ErpData& data)
        : m_data(data) {}

    void addRoutes(Router& router);

private:
    Response token(const Request& request);
    Response api(const Request& request, const QStringList& captures);
    Response collection(const Request& request, const QList<QJsonObject>& entities, const QString& kind);
    Response customers(const Request& request, const QString& id);
    Response createCustomer(const Request& request);
    Response items(const Request& request, const QString& id);
    Response documents(const Request& request, bool quotes, const QString& id, bool linesOnly);
    Response createDocument(const Request& request, bool quotes);
    std::optional<Response> fillLine(QJsonObject& line, const QString& customerNumber) const;
    QJsonObject documentOut(const QJsonObject& document, bool quotes, bool expand) const;

    ErpData& m_data;
};

} // namespace sandbox
