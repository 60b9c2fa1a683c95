#pragma once

#include "net/httprequest.h"
#include "net/httpresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace linkdesk {

// Business Central's JSON batch, both ways, without any I/O:
//   POST {api}/$batch  {"requests": [{"method", "id", "url", "headers", "body"}, ...]}
//   200                {"responses": [{"id", "status", "headers", "body"}, ...]}
// Operation URLs are relative to the API root ("companies(…)/customers?$filter=…"); every operation
// is answered on its own, with its own status. Without the Isolation: snapshot header the
// operations are independent: one failing does not fail the others (Linkdesk never sends that
// header: its operations are independent).
class BusinessCentralBatch final {
public:
    BusinessCentralBatch() = delete;

    // The $batch body for these operations, ids "1", "2", … in their order. apiRoot is the API
    // root, encoded, without a trailing slash.
    static QJsonObject requestBody(const QList<net::HttpRequest>& operations, const QString& apiRoot);

    // Each operation's answer, shaped as if it had been sent on its own: its status, headers and
    // body, an error message naming the operation, outcomeUnknown for a 5xx. When the batch itself
    // failed (a time-out, a 5xx, a lost connection) every operation gets the batch's failure, with
    // its outcomeUnknown: a create in it may have happened. An operation the answer does not
    // mention failed too, its outcome unknown unless it is a read.
    static QList<net::HttpResult> answers(const net::HttpResult& batch,
                                          const QList<net::HttpRequest>& operations);

    // Whether every operation only reads (so the batch may be sent again after a lost answer).
    static bool readsOnly(const QList<net::HttpRequest>& operations);
};

} // namespace linkdesk
