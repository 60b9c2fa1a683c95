// BusinessCentralBatch (the JSON $batch format) and BusinessCentralClient's batched sending.
#include "businesscentralbatch.h"

#include "businesscentralclient.h"
#include "erplog.h"
#include "net/errormessage.h"
#include "net/httpclient.h"
#include "net/redact.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace linkdesk {

namespace {

// A batch that writes gets the time-out of one request for every this many operations: Business
// Central works through them one by one before it answers anything.
constexpr int kOperationsPerTimeout = 25;

QString describe(const net::HttpRequest& operation) {
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(operation.method.toUpper()),
                                       net::redactedUrl(operation.url));
}

net::HttpResult operationResult(const QJsonObject& response, const net::HttpRequest& operation,
                                const net::HttpResult& batch) {
    net::HttpResult r;
    r.attempts = batch.attempts;
    r.elapsedMs = batch.elapsedMs;
    r.retryDelaysMs = batch.retryDelaysMs;
    r.status = response.value(QStringLiteral("status")).toInt();
    const QJsonObject headers = response.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    const QJsonValue body = response.value(QStringLiteral("body"));
    if (body.isObject())
        r.json = QJsonDocument(body.toObject());
    else if (body.isArray())
        r.json = QJsonDocument(body.toArray());
    r.body = !r.json.isNull() ? r.json.toJson(QJsonDocument::Compact) : body.toString().toUtf8();
    r.serverMessage = net::jsonErrorMessage(r.body);
    if (r.status >= 200 && r.status < 400)
        return r;
    r.failure = net::HttpResult::Failure::Http;
    r.outcomeUnknown = r.status >= 500 || r.status == 0; // it may have been carried out
    r.errorMessage = QStringLiteral("%1: HTTP %2 (in a $batch)").arg(describe(operation)).arg(r.status);
    if (!r.serverMessage.isEmpty())
        r.errorMessage += QStringLiteral(": ") + r.serverMessage;
    return r;
}

} // namespace

bool BusinessCentralBatch::readsOnly(const QList<net::HttpRequest>& operations) {
    for (const net::HttpRequest& op : operations)
        if (op.method.toUpper() != "GET")
            return false;
    return true;
}

QJsonObject BusinessCentralBatch::requestBody(const QList<net::HttpRequest>& operations,
                                              const QString& apiRoot) {
    const QString prefix = apiRoot + QLatin1Char('/');
    QJsonArray requests;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const net::HttpRequest& op = operations.at(i);
        QString url = op.url.toString(QUrl::FullyEncoded);
        if (url.startsWith(prefix))
            url = url.mid(prefix.size());
        QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(op.method.toUpper())},
                            {QStringLiteral("id"), QString::number(i + 1)},
                            {QStringLiteral("url"), url}};
        if (!op.body.isEmpty()) {
            const QJsonDocument body = QJsonDocument::fromJson(op.body);
            request.insert(QStringLiteral("headers"),
                           QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
            if (body.isObject())
                request.insert(QStringLiteral("body"), body.object());
            else if (body.isArray())
                request.insert(QStringLiteral("body"), body.array());
        }
        requests.append(request);
    }
    return QJsonObject{{QStringLiteral("requests"), requests}};
}

QList<net::HttpResult> BusinessCentralBatch::answers(const net::HttpResult& batch,
                                                     const QList<net::HttpRequest>& operations) {
    QList<net::HttpResult> out;
    out.reserve(operations.size());
    if (!batch.ok()) {
        for (const net::HttpRequest& op : operations) {
            net::HttpResult r = batch;
            r.errorMessage = QStringLiteral("%1 (in %2)").arg(describe(op), batch.errorMessage);
            out.append(r);
        }
        return out;
    }
    QHash<QString, QJsonObject> byId;
    const QJsonValue responses = batch.json.object().value(QStringLiteral("responses"));
    for (const QJsonValue& value : responses.toArray()) {
        const QJsonObject response = value.toObject();
        const QJsonValue id = response.value(QStringLiteral("id"));
        byId.insert(id.isString() ? id.toString() : QString::number(id.toInt()), response);
    }
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const net::HttpRequest& op = operations.at(i);
        const auto it = byId.constFind(QString::number(i + 1));
        if (it != byId.cend()) {
            out.append(operationResult(*it, op, batch));
            continue;
        }
        net::HttpResult r;
        r.failure = net::HttpResult::Failure::Connection;
        r.outcomeUnknown = !op.isIdempotent();
        r.attempts = batch.attempts;
        r.errorMessage =
            QStringLiteral("%1: the $batch answer has no result for it%2")
                .arg(describe(op),
                     responses.isArray() ? QString() : QStringLiteral(" (no \"responses\" list)"));
        out.append(r);
    }
    return out;
}

// ---- BusinessCentralClient, batched --------------------------------------------------------

int BusinessCentralClient::submitWave() const {
    if (!m_config.batch)
        return ErpClient::submitWave();
    return qBound(1, m_config.batchSize, 100) * (m_http ? m_http->maxParallel() : 1);
}

void BusinessCentralClient::batchClosed() {
    const QList<Gathered> all = std::exchange(m_gathered, {});
    const qsizetype size = qBound(1, m_config.batchSize, 100);
    for (qsizetype from = 0; from < all.size(); from += size) {
        const QList<Gathered> chunk = all.mid(from, size);
        if (chunk.size() == 1)
            sendNow(chunk.constFirst().request, chunk.constFirst().done); // no envelope for one
        else
            sendBatch(chunk);
    }
}

void BusinessCentralClient::sendBatch(const QList<Gathered>& operations) {
    QList<net::HttpRequest> requests;
    for (const Gathered& op : operations)
        requests.append(op.request);
    const QString root = baseUrl(apiRootUrl());
    auto request = net::HttpRequest::postJson(QUrl(root + QStringLiteral("/$batch")),
                                              BusinessCentralBatch::requestBody(requests, root));
    // Look-ups may be asked again after a lost answer; a batch that creates is repeated by the HTTP
    // layer only when it surely never arrived (or was refused with 429): else its operations are
    // looked up, as a lone create's would be.
    const bool readsOnly = BusinessCentralBatch::readsOnly(requests);
    request.setRetrySafe(readsOnly);
    if (!readsOnly && m_http) {
        const int base = m_config.timeoutMs > 0 ? m_config.timeoutMs : m_http->retryPolicy().defaultTimeoutMs;
        const int perOperations = int((requests.size() + kOperationsPerTimeout - 1) / kOperationsPerTimeout);
        request.setTimeout(base * qMax(1, perOperations));
    }
    qCInfo(lcErp).noquote() << QStringLiteral("Business Central: $batch of %1 operations (%2)")
                                   .arg(requests.size())
                                   .arg(readsOnly ? QStringLiteral("look-ups")
                                                  : QStringLiteral("with writes"));
    sendSignedIn(request, [this, operations, requests](const Result<void>& signIn, const net::HttpResult& r) {
        const QList<net::HttpResult> answers =
            signIn.ok() ? BusinessCentralBatch::answers(r, requests) : QList<net::HttpResult>();
        int failed = 0;
        // What the answers start (the look-up after a lost create, the create after a look-up that
        // found nothing) travels together too.
        Batch followUps(this);
        for (qsizetype i = 0; i < operations.size(); ++i) {
            const Reply reply = replyOf(signIn, signIn.ok() ? answers.at(i) : net::HttpResult());
            failed += reply.ok() ? 0 : 1;
            qCDebug(lcErp).noquote() << QStringLiteral("Business Central: $batch operation %1 -> %2")
                                            .arg(describe(requests.at(i)),
                                                 reply.ok() ? QString::number(reply.http.status)
                                                            : reply.error.message);
            operations.at(i).done(reply);
        }
        if (failed > 0)
            qCWarning(lcErp).noquote()
                << QStringLiteral("Business Central: %1 of %2 operations of a $batch failed%3")
                       .arg(failed)
                       .arg(operations.size())
                       .arg(r.ok() ? QString() : QStringLiteral(": ") + r.errorMessage);
    });
}

} // namespace linkdesk
