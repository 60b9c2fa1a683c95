#pragma once

#include "router.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace sandbox {

class ErpData;

// Business Central API v2.0 over ErpData: the OAuth2 client-credentials token endpoint
// (POST /{tenant}/oauth2/v2.0/token) and /v2.0/{tenant}/{environment}/api/v2.0/companies({id})/
// customers, items, salesOrders (deep insert of salesOrderLines) and salesQuotes (salesQuoteLines).
// Collections answer {"value": [...]} with $filter (see BusinessCentralFilter), $top and $skip;
// entities carry @odata.etag; errors are {"error": {"code", "message"}}. As Business Central, a
// $filter naming a property customers or items do not have is refused, and so is a $top or $skip
// that is not a whole number of 0 or more.
//
// POST /v2.0/{tenant}/{environment}/api/v2.0/$batch takes a JSON batch of at most 100 operations,
// {"requests": [{"method", "id", "url", "headers", "body"}]}, urls relative to the API root, and
// answers {"responses": [{"id", "status", "headers", "body"}]}: every operation runs as if sent on
// its own (same routes, same answers), one failing does not stop the others. With the header
// "Isolation: snapshot" the batch is one transaction: the first failing operation undoes what the
// batch did, keeps its own error and the others answer 424. Fault injection applies to the batch
// as one request; fail-after-commit kind "batches" makes the next batch do its work and then
// answer 500 as a whole ("orderBatches", "customerBatches": the next that created sales orders, or
// customers).
class BusinessCentralFake final {
public:
    explicit BusinessCentralFake(ErpData& data)
        : m_data(data) {}

    void addRoutes(Router& router);

    // The system ErpData counts under, and an error answered the way Business Central does.
    static const QString System;
    static Response odataError(int status, const QString& code, const QString& message);
    // Whether a customer of API v2.0 has this property (what a $filter, a create or a test's
    // change may name).
    static bool isCustomerProperty(const QString& name);
    // Whether Business Central takes this as a customer's blocked value (" ", Ship, Invoice, All;
    // "" as the seed writes " ").
    static bool isBlockedValue(const QString& value);

private:
    Response batch(const Request& request, const QStringList& captures);
    Response token(const Request& request);
    Response api(const Request& request, const QStringList& captures);
    using Shape = std::function<QJsonObject(const QJsonObject&)>;
    // The entities that pass $filter, $skip and $top, each shaped for the answer (after filtering).
    Response collection(const Request& request, const QList<QJsonObject>& entities, const QString& kind,
                        const Shape& shape = {});
    Response customers(const Request& request, const QString& id);
    Response createCustomer(const Request& request);
    Response items(const Request& request, const QString& id);
    Response documents(const Request& request, bool quotes, const QString& id, bool linesOnly);
    Response createDocument(const Request& request, bool quotes);
    std::optional<Response> fillLine(QJsonObject& line, const QString& customerNumber) const;
    QJsonObject documentOut(const QJsonObject& document, bool quotes, bool expand) const;

    ErpData& m_data;
    const Router* m_router = nullptr; // runs a batch's operations
};

} // namespace sandbox
