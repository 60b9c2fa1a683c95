// TharsternClient: orders/submit, prices through estimate requests, and the endpoint check of
// "Test connection".
#include "tharsternclient.h"

#include "erplog.h"
#include "net/httpclient.h"
#include "net/httprequest.h"

#include <QJsonArray>

namespace linkdesk {

namespace {

// The unit price in an estimate's answer. Where Tharstern puts it is not public: the estimate's (or
// its Estimate's) Quantities entry for this quantity, else a price on the object itself.
std::optional<double> unitPriceIn(const QJsonObject& details, double quantity) {
    const auto perUnit = [quantity](const QJsonObject& o) -> std::optional<double> {
        const QJsonValue unit = o.value(QStringLiteral("UnitPrice"));
        if (unit.isDouble())
            return unit.toDouble();
        for (const char* key : {"Price", "TotalPrice"}) {
            const QJsonValue total = o.value(QLatin1String(key));
            if (total.isDouble() && quantity > 0)
                return total.toDouble() / quantity;
        }
        return std::nullopt;
    };
    for (const QJsonObject& o : {details, details.value(QStringLiteral("Estimate")).toObject()}) {
        const QJsonArray quantities = o.value(QStringLiteral("Quantities")).toArray();
        QJsonObject chosen = quantities.isEmpty() ? QJsonObject() : quantities.first().toObject();
        for (const QJsonValue& q : quantities)
            if (qFuzzyCompare(q.toObject().value(QStringLiteral("Quantity")).toDouble(), quantity))
                chosen = q.toObject();
        if (auto price = perUnit(chosen))
            return price;
        if (auto price = perUnit(o))
            return price;
    }
    return std::nullopt;
}

} // namespace

struct TharsternClient::SubmitJob {
    ErpSalesOrder order;
    QString uniqueId;
    QJsonArray items;
    qsizetype next = 0;
    Callback<ErpSalesOrder> done;
};

struct TharsternClient::PriceJob {
    QString customerCode;
    QList<ErpOrderLine> lines;
    qsizetype next = 0;
    QList<ErpPrice> prices;
    Callback<QList<ErpPrice>> done;
};

QString TharsternClient::mayAlreadyHave(const QString& externalDocumentNumber) const {
    return tr("Tharstern may already have this order: UniqueSubmitOrderID %1").arg(externalDocumentNumber);
}

void TharsternClient::findSalesOrder(const QString& externalDocumentNumber,
                                     Callback<std::optional<ErpSalesOrder>> done) {
    later<std::optional<ErpSalesOrder>>(
        std::move(done), fail(tr("Tharstern: orders cannot be looked up by UniqueSubmitOrderID (%1).")
                                  .arg(externalDocumentNumber),
                              ErrorKind::NotFound));
}

// ---- orders/submit ---------------------------------------------------------------------------

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
    for (const ErpOrderLine& line : order.lines) {
        if (line.type != ErpOrderLine::Type::Account)
            continue;
        // Its public orders/submit takes products (StockItemID) only: no place for a G/L account.
        later<ErpSalesOrder>(
            std::move(done),
            fail(tr("Tharstern: order %1 has a G/L account line (%2), and Tharstern's orders take products "
                    "only. Send shipping and fees as a product instead (shipping_line_type=item, "
                    "fee_line_type=item, with a Tharstern product code).")
                     .arg(uniqueId, line.itemNumber),
                 ErrorKind::Invalid));
        return;
    }
    auto job = std::make_shared<SubmitJob>();
    job->order = order;
    job->uniqueId = uniqueId;
    job->done = std::move(done);
    submitNext(job);
}

// Each line names its product by StockItemID, the ID products?productCode= answers.
void TharsternClient::submitNext(const std::shared_ptr<SubmitJob>& job) {
    if (job->next >= job->order.lines.size()) {
        sendSubmit(job);
        return;
    }
    const ErpOrderLine line = job->order.lines.at(job->next);
    product(line.itemNumber, [this, job, line](Result<std::optional<Product>> found) {
        if (!found.ok()) { // nothing was sent: the outcome is known
            job->done(found.error());
            return;
        }
        if (!found.value() || found.value()->id <= 0) {
            job->done(fail(
                tr("Tharstern: product %1 of order %2 was not found.").arg(line.itemNumber, job->uniqueId),
                ErrorKind::NotFound));
            return;
        }
        QJsonObject item{{QStringLiteral("StockItemID"), found.value()->id},
                         {QStringLiteral("Quantity"), line.quantity}};
        if (line.unitPrice)
            item.insert(QStringLiteral("UnitPrice"), *line.unitPrice);
        if (!line.description.isEmpty())
            item.insert(QStringLiteral("Description"), line.description);
        job->items.append(item);
        ++job->next;
        submitNext(job);
    });
}

void TharsternClient::sendSubmit(const std::shared_ptr<SubmitJob>& job) {
    QJsonObject order = job->order.extraFields;
    order.insert(QStringLiteral("UniqueSubmitOrderID"), job->uniqueId);
    order.insert(QStringLiteral("InvoiceCustomer"),
                 QJsonObject{{QStringLiteral("Code"), job->order.customerNumber.trimmed()}});
    if (!order.contains(QStringLiteral("OrderDate")))
        order.insert(QStringLiteral("OrderDate"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    order.insert(QStringLiteral("Items"), job->items);
    const QJsonObject body{{QStringLiteral("Orders"), QJsonArray{order}}};
    // Sent again by the HTTP layer after a lost answer only where the site de-duplicates on
    // UniqueSubmitOrderID; nothing public says Tharstern does.
    const auto request = net::HttpRequest::postJson(endpoint(QStringLiteral("orders/submit")), body)
                             .setRetrySafe(m_config.submitDeduplicates);
    call(request, tr("submitting order %1").arg(job->uniqueId),
         [this, job](Result<QJsonValue> details, const net::HttpResult& r) {
             if (!details.ok()) {
                 Error e = details.error();
                 if (r.outcomeUnknown) {
                     e.kind = ErrorKind::UnknownOutcome;
                     e.message =
                         mayAlreadyHave(job->uniqueId) + QStringLiteral(" (") + e.message + QLatin1Char(')');
                 }
                 job->done(e);
                 return;
             }
             const QJsonArray orders = details.value().toObject().value(QStringLiteral("Orders")).toArray();
             if (orders.isEmpty()) {
                 job->done(
                     fail(mayAlreadyHave(job->uniqueId) + tr(" (the answer to orders/submit names no order)"),
                          ErrorKind::UnknownOutcome));
                 return;
             }
             const QJsonObject o = orders.first().toObject();
             const QString id = o.value(QStringLiteral("ID")).toVariant().toString();
             if (id.isEmpty() || id == QLatin1String("0")) { // refused, and StatusDetails says why
                 QString why = o.value(QStringLiteral("StatusDetails")).toString();
                 if (why.isEmpty())
                     why = tr("the server gave no reason");
                 job->done(
                     fail(tr("Tharstern refused order %1: %2").arg(job->uniqueId, why), ErrorKind::Refused));
                 return;
             }
             ErpSalesOrder submitted = job->order;
             submitted.id = id;
             submitted.number = id;
             for (const char* key : {"OrderNo", "OrderRef", "OrderNumber"}) {
                 const QString number = o.value(QLatin1String(key)).toVariant().toString();
                 if (!number.isEmpty()) {
                     submitted.number = number;
                     break;
                 }
             }
             // Only a de-duplicating site can say so.
             submitted.alreadyExisted = o.value(QStringLiteral("AlreadySubmitted")).toBool();
             qCInfo(lcErp).noquote() << QStringLiteral("Tharstern: order %1 is %2%3")
                                            .arg(job->uniqueId, submitted.number,
                                                 submitted.alreadyExisted ? QStringLiteral(" (already there)")
                                                                          : QString());
             job->done(submitted);
         });
}

// ---- prices ----------------------------------------------------------------------------------

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

// One line at a time: the product's type → its estimate request example → an estimate for the
// customer and quantity. Every estimate is stored in Tharstern: callers cache the prices.
void TharsternClient::priceNext(const std::shared_ptr<PriceJob>& job) {
    if (job->next >= job->lines.size()) {
        job->done(job->prices);
        return;
    }
    const ErpOrderLine line = job->lines.at(job->next);
    product(line.itemNumber, [this, job, line](Result<std::optional<Product>> found) {
        if (!found.ok()) {
            job->done(found.error());
            return;
        }
        if (!found.value()) {
            job->done(
                fail(tr("Tharstern: product %1 was not found.").arg(line.itemNumber), ErrorKind::NotFound));
            return;
        }
        const int type = found.value()->productType;
        if (type <= 0) {
            job->done(
                fail(tr("Tharstern: product %1 has no product type to estimate it by.").arg(line.itemNumber),
                     ErrorKind::Refused));
            return;
        }
        const auto example = m_examples.constFind(type);
        if (example != m_examples.cend()) {
            estimate(job, *example);
            return;
        }
        call(net::HttpRequest::get(endpoint(QStringLiteral("EstRequest/%1/Example").arg(type))),
             tr("reading the estimate request example of product %1").arg(line.itemNumber),
             [this, job, type](Result<QJsonValue> answer, const net::HttpResult&) {
                 if (!answer.ok()) {
                     job->done(answer.error());
                     return;
                 }
                 m_examples.insert(type, answer.value().toObject());
                 estimate(job, answer.value().toObject());
             });
    });
}

void TharsternClient::estimate(const std::shared_ptr<PriceJob>& job, const QJsonObject& example) {
    const ErpOrderLine line = job->lines.at(job->next);
    QJsonObject request = example;
    // As the public client does: the customer (and delivery customer) set, the example's contacts,
    // which belong to another customer, dropped.
    for (const QString& key : {QStringLiteral("Customer"), QStringLiteral("DeliveryCustomer")}) {
        if (key != QLatin1String("Customer") && !request.contains(key))
            continue;
        QJsonObject who = request.value(key).toObject();
        who.insert(QStringLiteral("Code"), job->customerCode);
        request.insert(key, who);
    }
    for (const char* key : {"Contact", "DeliveryContact"})
        if (request.contains(QLatin1String(key)))
            request.insert(QLatin1String(key), QJsonValue::Null);
    request.insert(QStringLiteral("Quantity"), line.quantity);
    QJsonArray quantities = request.value(QStringLiteral("Quantities")).toArray();
    if (!quantities.isEmpty()) {
        QJsonObject first = quantities.first().toObject();
        first.insert(QStringLiteral("Quantity"), line.quantity);
        request.insert(QStringLiteral("Quantities"), QJsonArray{first});
    }
    call(net::HttpRequest::postJson(endpoint(QStringLiteral("estrequest")), request),
         tr("pricing product %1 for customer %2").arg(line.itemNumber, job->customerCode),
         [this, job, line](Result<QJsonValue> answer, const net::HttpResult&) {
             if (!answer.ok()) {
                 job->done(answer.error());
                 return;
             }
             const auto unitPrice = unitPriceIn(answer.value().toObject(), line.quantity);
             if (!unitPrice) {
                 job->done(
                     fail(tr("Tharstern: the estimate for product %1 has no price.").arg(line.itemNumber),
                          ErrorKind::Failed));
                 return;
             }
             job->prices.append(ErpPrice{line.itemNumber, line.quantity, qMax(0.0, *unitPrice)});
             ++job->next;
             priceNext(job);
         });
}

// ---- Test connection -------------------------------------------------------------------------

void TharsternClient::checkEndpoints(Callback<QList<EndpointCheck>> done) {
    struct Checks {
        QList<EndpointCheck> list;
        QList<std::function<void()>> steps;
        qsizetype next = 0;
        Callback<QList<EndpointCheck>> done;
    };
    auto checks = std::make_shared<Checks>();
    checks->done = std::move(done);
    const auto advance = [checks] {
        if (checks->next < checks->steps.size())
            checks->steps.at(checks->next++)();
        else
            checks->done(checks->list);
    };
    const auto worked = [checks](const QString& endpointName, const QString& detail) {
        checks->list.append({endpointName, EndpointCheck::State::Worked, detail});
    };
    const auto failed = [checks](const QString& endpointName, const QString& detail) {
        checks->list.append({endpointName, EndpointCheck::State::Failed, detail});
    };
    const auto notTried = [checks](const QString& endpointName, const QString& detail) {
        checks->list.append({endpointName, EndpointCheck::State::NotTried, detail});
    };
    // A list endpoint answering: its first page and its total.
    const auto probe = [this, advance, worked, failed](const QString& name, const QUrl& url) {
        return [this, advance, worked, failed, name, url] {
            call(net::HttpRequest::get(url), name, [=](Result<QJsonValue> details, const net::HttpResult&) {
                if (!details.ok()) {
                    failed(name, details.message());
                } else {
                    const QJsonObject d = details.value().toObject();
                    const int total = d.value(QStringLiteral("TotalItemCount"))
                                          .toInt(int(d.value(QStringLiteral("Items")).toArray().size()));
                    worked(name, tr("answered (%n items).", nullptr, total));
                }
                advance();
            });
        };
    };

    const QString signIn = QStringLiteral("GET Authentication/GenerateAPIToken");
    const QString byCode = QStringLiteral("GET customers?customerCode=");
    const QUrl byCodeUrl =
        endpoint(QStringLiteral("customers"),
                 {{QStringLiteral("customerCode"), QStringLiteral("LINKDESK-CONNECTION-TEST")}});
    checks->steps << [this, checks, advance, worked, failed, signIn, byCode, byCodeUrl] {
        call(net::HttpRequest::get(byCodeUrl), byCode,
             [=, this](Result<QJsonValue> details, const net::HttpResult&) {
                 if (!details.ok() && tokensFetched() == 0) { // never sent: the sign-in failed
                     failed(signIn, details.message());
                     checks->next = checks->steps.size(); // nothing else can work
                     advance();
                     return;
                 }
                 worked(signIn, tr("signed in as %1.").arg(m_config.user));
                 if (details.ok())
                     worked(byCode, tr("answered."));
                 else
                     failed(byCode, details.message());
                 advance();
             });
    };
    if (m_config.customerSearch == TharsternConfig::Search::Endpoint) {
        const QString name =
            QStringLiteral("GET %1?%2=").arg(m_config.customerSearchPath, m_config.customerSearchParameter);
        const QString nobody = QStringLiteral("linkdesk-connection-test@example.invalid");
        const QUrl url = endpoint(m_config.customerSearchPath, {{m_config.customerSearchParameter, nobody}});
        checks->steps << [this, advance, worked, failed, name, url] {
            call(net::HttpRequest::get(url), name,
                 [=, this](Result<QJsonValue> details, const net::HttpResult&) {
                     if (!details.ok()) {
                         failed(name, details.message());
                     } else {
                         const int rows =
                             int(details.value().toObject().value(QStringLiteral("Items")).toArray().size());
                         if (rows == 0)
                             worked(name,
                                    tr("answered no customer for an e-mail nobody has, as an e-mail search "
                                       "should."));
                         else
                             failed(
                                 name,
                                 tr("answered %1 customers for an e-mail nobody has: the server ignores %2. "
                                    "Set customer_search_path and customer_search_parameter, or "
                                    "customer_search=contacts.")
                                     .arg(rows)
                                     .arg(m_config.customerSearchParameter));
                     }
                     advance();
                 });
        };
    } else {
        checks->steps << probe(QStringLiteral("GET customers (directory)"),
                               endpoint(QStringLiteral("customers"),
                                        {{m_config.pageParameter, QStringLiteral("1")},
                                         {m_config.pageSizeParameter, QString::number(m_config.pageSize)}}));
        checks->steps << probe(QStringLiteral("GET %1 (directory)").arg(m_config.contactsPath),
                               endpoint(m_config.contactsPath,
                                        {{m_config.pageParameter, QStringLiteral("1")},
                                         {m_config.pageSizeParameter, QString::number(m_config.pageSize)}}));
    }
    checks->steps << probe(QStringLiteral("GET %1?customerCode=").arg(m_config.contactsPath),
                           endpoint(m_config.contactsPath, {{QStringLiteral("customerCode"),
                                                             QStringLiteral("LINKDESK-CONNECTION-TEST")}}));
    checks->steps << probe(
        QStringLiteral("GET products?productCode="),
        endpoint(QStringLiteral("products"),
                 {{QStringLiteral("productCode"), QStringLiteral("LINKDESK-CONNECTION-TEST")}}));
    checks->steps << [this, notTried, advance] {
        const QString creates = tr("not tried: it would create one in Tharstern.");
        notTried(QStringLiteral("POST %1").arg(m_config.customerCreatePath), creates);
        notTried(QStringLiteral("POST %1").arg(m_config.contactsPath), creates);
        notTried(QStringLiteral("POST address/create"), creates);
        notTried(QStringLiteral("POST estrequest"), tr("not tried: every estimate is stored in Tharstern."));
        notTried(QStringLiteral("POST orders/submit"),
                 m_config.submitDeduplicates
                     ? tr("not tried; submit_deduplicates=true: an order whose submit outcome is unknown is "
                          "sent again.")
                     : tr("not tried; an order whose submit outcome is unknown waits for staff "
                          "(submit_deduplicates=false)."));
        advance();
    };
    advance();
}

} // namespace linkdesk
