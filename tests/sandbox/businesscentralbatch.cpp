// BusinessCentralFake: JSON $batch, every operation run through the same routes as on its own.
#include "businesscentralfake.h"

#include "erpdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace sandbox {

namespace {
constexpr int MaxOperations = 100;

QJsonObject operationResponse(const QString& id, const Response& response) {
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), response.status},
        {QStringLiteral("headers"),
         QJsonObject{{QStringLiteral("content-type"), QString::fromLatin1(response.contentType) +
                                                          QStringLiteral("; odata.metadata=minimal")}}}};
    const QJsonDocument body = QJsonDocument::fromJson(response.body);
    if (body.isObject())
        out.insert(QStringLiteral("body"), body.object());
    else if (body.isArray())
        out.insert(QStringLiteral("body"), body.array());
    return out;
}

} // namespace

Response BusinessCentralFake::batch(const Request& request, const QStringList& captures) {
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonValue requests = json.object().value(QStringLiteral("requests"));
    if (!json.isObject() || !requests.isArray())
        return odataError(400, QStringLiteral("BadRequest"),
                          QStringLiteral("Invalid batch request body: expected {\"requests\": [...]}."));
    const QJsonArray operations = requests.toArray();
    if (operations.isEmpty() || operations.size() > MaxOperations)
        return odataError(400, QStringLiteral("BadRequest"),
                          QStringLiteral("A batch request must contain between 1 and %1 operations; this one "
                                         "has %2.")
                              .arg(MaxOperations)
                              .arg(operations.size()));
    const QString apiRoot = QStringLiteral("/v2.0/%1/%2/api/v2.0/").arg(captures.value(0), captures.value(1));
    // Checked before anything runs: a malformed batch does nothing at all.
    QSet<QString> ids;
    for (const QJsonValue& value : operations) {
        const QJsonObject op = value.toObject();
        const QString id = op.value(QStringLiteral("id")).toVariant().toString();
        const QString method = op.value(QStringLiteral("method")).toString().toUpper();
        const QString url = op.value(QStringLiteral("url")).toString();
        if (id.isEmpty() || ids.contains(id))
            return odataError(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("Every operation of a batch needs an id of its own ('%1').").arg(id));
        ids.insert(id);
        if (!QStringList{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"),
                         QStringLiteral("DELETE")}
                 .contains(method) ||
            url.isEmpty() || url.startsWith(QLatin1Char('/')) || url.contains(QLatin1String("$batch")))
            return odataError(400, QStringLiteral("BadRequest"),
                              QStringLiteral("Operation '%1' needs a method and a URL relative to the API "
                                             "root (got %2 '%3').")
                                  .arg(id, method, url));
    }
    m_data.count(System, QStringLiteral("batches"));
    for (int i = 0; i < operations.size(); ++i)
        m_data.count(System, QStringLiteral("batchOperations"));
    const int ordersBefore = m_data.counted(System, QStringLiteral("orderCreates"));
    const int customersBefore = m_data.counted(System, QStringLiteral("customerCreates"));
    const bool snapshot = request.header("isolation").trimmed().toLower() == "snapshot";
    const ErpData::Records before = snapshot ? m_data.records() : ErpData::Records();
    QJsonArray responses;
    int failedAt = -1;
    for (int i = 0; i < operations.size(); ++i) {
        const QJsonObject op = operations.at(i).toObject();
        const QString id = op.value(QStringLiteral("id")).toVariant().toString();
        if (failedAt >= 0) { // snapshot: the batch is over
            responses.append(operationResponse(
                id, odataError(424, QStringLiteral("BadRequest_FailedDependency"),
                               QStringLiteral("The operation was not carried out: operation '%1' of this "
                                              "transactional batch failed and the batch was rolled back.")
                                   .arg(operations.at(failedAt)
                                            .toObject()
                                            .value(QStringLiteral("id"))
                                            .toVariant()
                                            .toString()))));
            continue;
        }
        const QUrl url(QStringLiteral("http://sandbox") + apiRoot +
                       op.value(QStringLiteral("url")).toString());
        Request inner;
        inner.method = op.value(QStringLiteral("method")).toString().toUpper().toLatin1();
        inner.path = url.path();
        inner.query = QUrlQuery(url);
        const QJsonObject headers = op.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            inner.headers.insert(it.key().toLower().toLatin1(), it.value().toString().toUtf8());
        inner.headers.insert("authorization", request.header("authorization")); // the batch's own
        const QJsonValue body = op.value(QStringLiteral("body"));
        if (body.isObject())
            inner.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            inner.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        const auto routed = m_router ? m_router->dispatch(inner) : std::nullopt;
        const Response response =
            routed ? *routed
                   : odataError(404, QStringLiteral("BadRequest_NotFound"),
                                QStringLiteral("No resource matches the URL of operation '%1'.").arg(id));
        if (snapshot && response.status >= 400) {
            failedAt = i;
            m_data.restore(before);
            for (int k = 0; k < i; ++k) // what ran before was undone with it
                responses[k] = operationResponse(
                    responses[k].toObject().value(QStringLiteral("id")).toString(),
                    odataError(424, QStringLiteral("BadRequest_FailedDependency"),
                               QStringLiteral("Rolled back: operation '%1' of this transactional batch "
                                              "failed.")
                                   .arg(id)));
        }
        responses.append(operationResponse(id, response));
    }
    // Commit, then fail the answer: any batch, or the next one that created sales orders or customers.
    const bool createdOrders = m_data.counted(System, QStringLiteral("orderCreates")) > ordersBefore;
    const bool createdCustomers = m_data.counted(System, QStringLiteral("customerCreates")) > customersBefore;
    if ((createdOrders && m_data.takeFailAfterCommit(System, QStringLiteral("orderBatches"))) ||
        (createdCustomers && m_data.takeFailAfterCommit(System, QStringLiteral("customerBatches"))) ||
        m_data.takeFailAfterCommit(System, QStringLiteral("batches")))
        return odataError(500, QStringLiteral("Internal_ServerError"),
                          QStringLiteral("An unexpected error occurred after the batch was processed."));
    return Response::json(QJsonObject{{QStringLiteral("responses"), responses}});
}

} // namespace sandbox
