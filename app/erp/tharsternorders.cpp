// TharsternClient: orders/submit (idempotent by UniqueSubmitOrderID) and prices through
// estimate requests.
#include "tharsternclient.h"

#include "erplog.h"
#include "net/httpclient.h"
#include "net/httprequest.h"

#include <QJsonArray>

namespace linkdesk {

struct TharsternClient::PriceJob {
    QString customerCode;
    QList<ErpOrderLine> lines;
    int next = 0;
    QList<ErpPrice> prices;
    Callback<QList<ErpPrice>> done;
};

void TharsternClient::findSalesOrder(const QString& externalDocumentNumber,
                                     Callback<std::optional<ErpSalesOrder>> done) {
    later<std::optional<ErpSalesOrder>>(
        std::move(done), fail(tr("Tharstern: orders cannot be looked up by UniqueSubmitOrderID (%1); a "
                                 "submit with the same id answers the existing order instead.")
                                  .arg(externalDocumentNumber),
                              ErrorKind::NotFound));
}

void TharsternClient::submitSalesOrder(const ErpSalesOrder& order, Callback<ErpSalesOrder> done) {
    const QString uniqueId = order.externalDocumentNumber.trimmed();
    if (uniqueId.isEmpty() || order.customerNumber.trimmed().isEmpty() || order.lines.isEmpty()) {
        later<ErpSalesOrder>(
            std::move(done),
            fail(tr("Tharstern: an order needs a UniqueSubmitOrderID, an invoice customer and "
                    "at least one item (order '%1').")
                     .arg(uniqueId),
                 ErrorKind::Invalid));
        return;
    }
    QJsonObject body = order.extraFields;
    body.insert(QStringLiteral("UniqueSubmitOrderID"), uniqueId);
    body.insert(QStringLiteral("InvoiceCustomer"),
                QJsonObject{{QStringLiteral("Code"), order.customerNumber.trimmed()}});
    QJsonArray items;
    for (const ErpOrderLine& line : order.lines) {
        QJsonObject item{{QStringLiteral("ProductCode"), line.itemNumber},
                         {QStringLiteral("Quantity"), line.quantity}};
        if (line.unitPrice)
            item.insert(QStringLiteral("UnitPrice"), *line.unitPrice);
        if (!line.description.isEmpty())
            item.insert(QStringLiteral("Description"), line.description);
        items.append(item);
    }
    body.insert(QStringLiteral("Items"), items);
    // Tharstern answers a second submit with the same UniqueSubmitOrderID with the first order, so
    // a submit whose answer was lost (5xx, time-out) may be sent again: the HTTP layer retries it.
    const auto request =
        net::HttpRequest::postJson(endpoint(QStringLiteral("orders/submit")), body).setRetrySafe(true);
    call(request, tr("submitting order %1").arg(uniqueId),
         [order, uniqueId, done](Result<QJsonValue> details, const net::HttpResult& r) {
             if (!details.ok()) {
                 done(details.error());
                 return;
             }
             const QJsonObject d = details.value().toObject();
             ErpSalesOrder submitted = order;
             submitted.id = d.value(QStringLiteral("OrderId")).toVariant().toString();
             submitted.number = d.value(QStringLiteral("OrderRef")).toString();
             // Already there: an earlier submit, or this one's first attempt whose answer was lost.
             submitted.alreadyExisted = d.value(QStringLiteral("AlreadySubmitted")).toBool();
             if (submitted.alreadyExisted && r.attempts > 1)
                 qCInfo(lcErp).noquote()
                     << QStringLiteral("Tharstern: order %1 was stored by an attempt whose answer was lost")
                            .arg(uniqueId);
             qCInfo(lcErp).noquote() << QStringLiteral("Tharstern: order %1 is %2%3")
                                            .arg(uniqueId, submitted.number,
                                                 submitted.alreadyExisted ? QStringLiteral(" (already there)")
                                                                          : QString());
             done(submitted);
         });
}

void TharsternClient::prices(const QString& customerCode, const QList<ErpOrderLine>& lines,
                             Callback<QList<ErpPrice>> done) {
    auto job = std::make_shared<PriceJob>();
    job->customerCode = customerCode;
    job->lines = lines;
    job->done = std::move(done);
    if (lines.isEmpty()) {
        later<QList<ErpPrice>>(std::move(job->done), QList<ErpPrice>());
        return;
    }
    priceNext(job);
}

// One line at a time: product type → the estimate request's example → the estimate for the
// customer and quantity. Every estimate is stored in Tharstern, so callers cache the prices.
void TharsternClient::priceNext(const std::shared_ptr<PriceJob>& job) {
    if (job->next >= job->lines.size()) {
        job->done(job->prices);
        return;
    }
    const ErpOrderLine line = job->lines.at(job->next);
    const auto failed = [job](const Error& error) { job->done(error); };

    const auto estimate = [this, job, line, failed](int productType) {
        call(net::HttpRequest::get(endpoint(QStringLiteral("EstRequest/%1/Example").arg(productType))),
             tr("reading the estimate request example of product %1").arg(line.itemNumber),
             [this, job, line, failed](Result<QJsonValue> example, const net::HttpResult&) {
                 if (!example.ok()) {
                     failed(example.error());
                     return;
                 }
                 QJsonObject request = example.value().toObject();
                 QJsonObject customer = request.value(QStringLiteral("Customer")).toObject();
                 customer.insert(QStringLiteral("Code"), job->customerCode);
                 request.insert(QStringLiteral("Customer"), customer);
                 request.insert(QStringLiteral("Quantities"),
                                QJsonArray{QJsonObject{{QStringLiteral("Quantity"), line.quantity}}});
                 call(net::HttpRequest::postJson(endpoint(QStringLiteral("estrequest")), request),
                      tr("pricing product %1 for customer %2").arg(line.itemNumber, job->customerCode),
                      [this, job, line, failed](Result<QJsonValue> priced, const net::HttpResult&) {
                          if (!priced.ok()) {
                              failed(priced.error());
                              return;
                          }
                          const QJsonArray quantities =
                              priced.value().toObject().value(QStringLiteral("Quantities")).toArray();
                          if (quantities.isEmpty()) {
                              failed(fail(tr("Tharstern: the estimate for product %1 has no price.")
                                              .arg(line.itemNumber),
                                          ErrorKind::Failed));
                              return;
                          }
                          const QJsonObject q = quantities.first().toObject();
                          double unitPrice = q.value(QStringLiteral("UnitPrice")).toDouble(-1);
                          if (unitPrice < 0 && line.quantity > 0)
                              unitPrice = q.value(QStringLiteral("Price")).toDouble() / line.quantity;
                          job->prices.append(ErpPrice{line.itemNumber, line.quantity, qMax(0.0, unitPrice)});
                          ++job->next;
                          priceNext(job);
                      });
             });
    };

    const auto known = m_productTypes.constFind(line.itemNumber);
    if (known != m_productTypes.cend()) {
        estimate(*known);
        return;
    }
    listItems(endpoint(QStringLiteral("products"), {{QStringLiteral("productCode"), line.itemNumber}}),
              tr("looking up product %1").arg(line.itemNumber),
              [this, line, estimate, failed](Result<QList<QJsonObject>> products) {
                  if (!products.ok()) {
                      failed(products.error());
                      return;
                  }
                  for (const QJsonObject& p : products.value()) {
                      const int type = p.value(QStringLiteral("ProductTypeId")).toInt();
                      if (p.value(QStringLiteral("Code")).toString() == line.itemNumber && type > 0) {
                          m_productTypes.insert(line.itemNumber, type);
                          estimate(type);
                          return;
                      }
                  }
                  failed(fail(tr("Tharstern: product %1 was not found.").arg(line.itemNumber),
                              ErrorKind::NotFound));
              });
}

} // namespace linkdesk
