// BusinessCentralClient: sales orders (idempotent by externalDocumentNumber) and prices (through a
// sales quote that is read back and deleted).
#include "businesscentralclient.h"

#include "erperror.h"
#include "erplog.h"
#include "net/httpclient.h"
#include "net/httprequest.h"
#include "net/httpresult.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace linkdesk {

namespace {

// Business Central's External Document No. is a Code[35].
constexpr int kMaxExternalDocumentNumber = 35;

// A sales line's Description is a Text[100].
constexpr int kMaxDescription = 100;

QJsonArray linesJson(const QList<ErpOrderLine>& lines, bool withPrices) {
    QJsonArray out;
    for (const ErpOrderLine& line : lines) {
        QJsonObject json{{QStringLiteral("lineType"), line.type == ErpOrderLine::Type::Account
                                                          ? QStringLiteral("Account")
                                                          : QStringLiteral("Item")},
                         {QStringLiteral("lineObjectNumber"), line.itemNumber},
                         {QStringLiteral("quantity"), line.quantity}};
        if (withPrices && line.unitPrice)
            json.insert(QStringLiteral("unitPrice"), *line.unitPrice);
        if (withPrices && !line.description.isEmpty())
            json.insert(QStringLiteral("description"), line.description.left(kMaxDescription));
        out.append(json);
    }
    return out;
}

QList<ErpOrderLine> linesFromJson(const QJsonArray& array) {
    QList<ErpOrderLine> lines;
    for (const QJsonValue& value : array) {
        const QJsonObject json = value.toObject();
        const QString type = json.value(QStringLiteral("lineType")).toString();
        if (type != QLatin1String("Item") && type != QLatin1String("Account"))
            continue;
        ErpOrderLine line;
        line.type = type == QLatin1String("Account") ? ErpOrderLine::Type::Account : ErpOrderLine::Type::Item;
        line.itemNumber = json.value(QStringLiteral("lineObjectNumber")).toString();
        line.quantity = json.value(QStringLiteral("quantity")).toDouble();
        if (json.contains(QStringLiteral("unitPrice")))
            line.unitPrice = json.value(QStringLiteral("unitPrice")).toDouble();
        line.description = json.value(QStringLiteral("description")).toString();
        lines.append(line);
    }
    return lines;
}

} // namespace

ErpSalesOrder BusinessCentralClient::salesOrderFromJson(const QJsonObject& json) {
    ErpSalesOrder order;
    order.id = json.value(QStringLiteral("id")).toString();
    order.number = json.value(QStringLiteral("number")).toString();
    order.externalDocumentNumber = json.value(QStringLiteral("externalDocumentNumber")).toString();
    order.customerNumber = json.value(QStringLiteral("customerNumber")).toString();
    order.lines = linesFromJson(json.value(QStringLiteral("salesOrderLines")).toArray());
    return order;
}

void BusinessCentralClient::findSalesOrder(const QString& externalDocumentNumber,
                                           Callback<std::optional<ErpSalesOrder>> done) {
    const QUrl url = resourceUrl(
        QStringLiteral("salesOrders"),
        {{QStringLiteral("$filter"),
          QStringLiteral("externalDocumentNumber eq %1").arg(odataString(externalDocumentNumber))},
         {QStringLiteral("$expand"), QStringLiteral("salesOrderLines")}});
    getCollection(
        url, tr("looking up the sales order with external document number %1").arg(externalDocumentNumber),
        [externalDocumentNumber, done](Result<QList<QJsonObject>> found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            for (const QJsonObject& json : found.value()) {
                if (json.value(QStringLiteral("externalDocumentNumber")).toString() ==
                    externalDocumentNumber) {
                    done(std::optional<ErpSalesOrder>(salesOrderFromJson(json)));
                    return;
                }
            }
            done(std::optional<ErpSalesOrder>());
        });
}

void BusinessCentralClient::submitSalesOrder(const ErpSalesOrder& order, Callback<ErpSalesOrder> done) {
    const QString ext = order.externalDocumentNumber.trimmed();
    if (ext.isEmpty() || ext.size() > kMaxExternalDocumentNumber) {
        later<ErpSalesOrder>(
            std::move(done),
            fail(tr("Business Central: a sales order needs an external document number of 1 to %1 "
                    "characters (got '%2').")
                     .arg(kMaxExternalDocumentNumber)
                     .arg(ext),
                 ErrorKind::Invalid));
        return;
    }
    if (order.customerNumber.trimmed().isEmpty() || order.lines.isEmpty()) {
        later<ErpSalesOrder>(
            std::move(done),
            fail(tr("Business Central: sales order %1 needs a customer and at least one line.").arg(ext),
                 ErrorKind::Invalid));
        return;
    }
    // Idempotent submit: the external document number is asked for before every create, except
    // the very first attempt of an order (the caller knows it was never sent).
    if (order.firstAttempt) {
        createSalesOrder(order, false, done);
        return;
    }
    findSalesOrder(ext, [this, order, done](Result<std::optional<ErpSalesOrder>> found) {
        if (!found.ok()) {
            done(found.error());
            return;
        }
        if (found.value()) {
            ErpSalesOrder existing = *found.value();
            existing.alreadyExisted = true;
            qCInfo(lcErp).noquote() << QStringLiteral("Business Central: order %1 already exists as %2")
                                           .arg(existing.externalDocumentNumber, existing.number);
            done(existing);
            return;
        }
        createSalesOrder(order, false, done);
    });
}

Error BusinessCentralClient::salesOrderRefusal(const Reply& r, const ErpSalesOrder& order) {
    Error e = r.error;
    if (r.http.failure != net::HttpResult::Failure::Http || r.http.status < 400 || r.http.status >= 500 ||
        r.http.status == 401 || r.http.status == 403 || r.http.status == 408 || r.http.status == 429)
        return withContext(e, tr("sales order %1").arg(order.externalDocumentNumber.trimmed()));
    // Business Central's answer to a line naming an item it does not have: Internal_RecordNotFound,
    // "... contains a value (NOPE-123) that cannot be found in the related table (Item)."
    const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
    const QString reason = r.http.serverReason();
    if (error.value(QStringLiteral("code")).toString() == QLatin1String("Internal_RecordNotFound") &&
        reason.contains(QLatin1String("(Item)"))) {
        for (const ErpOrderLine& line : order.lines) {
            if (line.type == ErpOrderLine::Type::Item &&
                reason.contains(QLatin1Char('(') + line.itemNumber + QLatin1Char(')'))) {
                e.message = tr("Business Central does not know item %1.").arg(line.itemNumber);
                return e;
            }
        }
    }
    e.message = reason.isEmpty() ? tr("Business Central refused the sales order.")
                                 : tr("Business Central refused the sales order: %1").arg(reason);
    return e;
}

void BusinessCentralClient::createSalesOrder(const ErpSalesOrder& order, bool secondTry,
                                             Callback<ErpSalesOrder> done) {
    QJsonObject body = order.extraFields;
    body.insert(QStringLiteral("externalDocumentNumber"), order.externalDocumentNumber.trimmed());
    body.insert(QStringLiteral("customerNumber"), order.customerNumber.trimmed());
    body.insert(QStringLiteral("salesOrderLines"), linesJson(order.lines, true));
    const QUrl url = resourceUrl(QStringLiteral("salesOrders"),
                                 {{QStringLiteral("$expand"), QStringLiteral("salesOrderLines")}});
    // Not retried by the HTTP layer: after a lost answer the order is looked up instead.
    send(net::HttpRequest::postJson(url, body),
         [this, order, secondTry, done](const Reply& r) {
             const QString ext = order.externalDocumentNumber.trimmed();
             if (r.ok()) {
                 ErpSalesOrder created = salesOrderFromJson(r.json().object());
                 if (created.externalDocumentNumber.isEmpty())
                     created.externalDocumentNumber = ext;
                 qCInfo(lcErp).noquote()
                     << QStringLiteral("Business Central: created order %1 for %2").arg(created.number, ext);
                 done(created);
                 return;
             }
             if (!r.http.outcomeUnknown) {
                 done(salesOrderRefusal(r, order));
                 return;
             }
             // The answer was lost (5xx, time-out, connection lost): the order may exist. Look again.
             qCWarning(lcErp).noquote()
                 << QStringLiteral("Business Central: creating order %1: outcome unknown (%2); looking it up")
                        .arg(ext, r.error.message);
             const bool serverAnswered = r.http.status >= 500;
             const Error original = r.error;
             findSalesOrder(ext, [this, order, secondTry, done, ext, serverAnswered,
                                  original](Result<std::optional<ErpSalesOrder>> found) {
                 if (found.ok() && found.value()) {
                     ErpSalesOrder existing = *found.value();
                     existing.alreadyExisted = true;
                     done(existing);
                     return;
                 }
                 if (found.ok() && serverAnswered && !secondTry) {
                     // The server finished with an error and the order is not there: it was not created.
                     createSalesOrder(order, true, done);
                     return;
                 }
                 Error e = original;
                 e.kind = ErrorKind::UnknownOutcome;
                 e.message =
                     tr("Business Central: creating sales order %1 failed and it could not be confirmed "
                        "whether it was created (%2). It is looked up again before the next attempt.")
                         .arg(ext, found.ok() ? original.message : found.message());
                 done(e);
             });
         });
}

void BusinessCentralClient::prices(const QString& customerNumber, const QList<ErpOrderLine>& lines,
                                   Callback<QList<ErpPrice>> done) {
    if (lines.isEmpty()) {
        later<QList<ErpPrice>>(std::move(done), QList<ErpPrice>());
        return;
    }
    // Business Central has no price endpoint: a sales quote for the customer prices its lines.
    const QJsonObject body{{QStringLiteral("customerNumber"), customerNumber},
                           {QStringLiteral("salesQuoteLines"), linesJson(lines, false)}};
    const QUrl url = resourceUrl(QStringLiteral("salesQuotes"),
                                 {{QStringLiteral("$expand"), QStringLiteral("salesQuoteLines")}});
    send(net::HttpRequest::postJson(url, body), [this, customerNumber, done](const Reply& r) {
        if (!r.ok()) {
            done(withContext(r.error,
                             tr("pricing for customer %1 through a sales quote").arg(customerNumber)));
            return;
        }
        const QJsonObject quote = r.json().object();
        const QString id = quote.value(QStringLiteral("id")).toString();
        const auto answer = [this, id, done](const QJsonArray& quoteLines) {
            QList<ErpPrice> prices;
            for (const ErpOrderLine& line : linesFromJson(quoteLines))
                if (line.type == ErpOrderLine::Type::Item)
                    prices.append(ErpPrice{line.itemNumber, line.quantity, line.unitPrice.value_or(0)});
            // Answered once the quote is gone: a caller that exits at once leaves nothing behind.
            deleteQuote(id, [done, prices] { done(prices); });
        };
        if (quote.value(QStringLiteral("salesQuoteLines")).isArray()) {
            answer(quote.value(QStringLiteral("salesQuoteLines")).toArray());
            return;
        }
        getCollection(resourceUrl(QStringLiteral("salesQuotes(%1)/salesQuoteLines").arg(id)),
                      tr("reading the price quote's lines"),
                      [this, id, answer, done](Result<QList<QJsonObject>> read) {
                          if (!read.ok()) {
                              deleteQuote(id, [done, error = read.error()] { done(error); });
                              return;
                          }
                          QJsonArray array;
                          for (const QJsonObject& line : read.value())
                              array.append(line);
                          answer(array);
                      });
    });
}

void BusinessCentralClient::deleteQuote(const QString& id, std::function<void()> then) {
    if (id.isEmpty()) {
        then();
        return;
    }
    send(net::HttpRequest::deleteResource(resourceUrl(QStringLiteral("salesQuotes(%1)").arg(id))),
         [id, then = std::move(then)](const Reply& r) {
             if (!r.ok())
                 qCWarning(lcErp).noquote()
                     << QStringLiteral("Business Central: the price quote %1 could not be deleted: %2")
                            .arg(id, r.error.message);
             then();
         });
}

} // namespace linkdesk
