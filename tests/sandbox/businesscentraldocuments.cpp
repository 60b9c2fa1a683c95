// BusinessCentralFake: sales orders and sales quotes, with their lines deep-inserted.
#include "businesscentralfake.h"

#include "erpdata.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {
QString linesKey(bool quotes) {
    return quotes ? QStringLiteral("salesQuoteLines") : QStringLiteral("salesOrderLines");
}

const QStringList HeaderProperties{QStringLiteral("externalDocumentNumber"),
                                   QStringLiteral("customerNumber"),
                                   QStringLiteral("customerId"),
                                   QStringLiteral("orderDate"),
                                   QStringLiteral("documentDate"),
                                   QStringLiteral("postingDate"),
                                   QStringLiteral("currencyCode"),
                                   QStringLiteral("shipToName"),
                                   QStringLiteral("shipToContact"),
                                   QStringLiteral("email"),
                                   QStringLiteral("phoneNumber"),
                                   QStringLiteral("salesperson"),
                                   QStringLiteral("pricesIncludeTax"),
                                   QStringLiteral("paymentTermsId"),
                                   QStringLiteral("shipmentMethodId"),
                                   QStringLiteral("sellToAddressLine1"),
                                   QStringLiteral("sellToCity"),
                                   QStringLiteral("sellToCountry"),
                                   QStringLiteral("sellToPostCode"),
                                   QStringLiteral("yourReference")};

const QStringList LineProperties{QStringLiteral("lineType"),        QStringLiteral("lineObjectNumber"),
                                 QStringLiteral("itemId"),          QStringLiteral("description"),
                                 QStringLiteral("quantity"),        QStringLiteral("unitPrice"),
                                 QStringLiteral("discountPercent"), QStringLiteral("sequence")};

// Business Central's answer to a field whose value is not in the table it relates to.
Response notInRelatedTable(const QString& field, const QString& table, const QString& value,
                           const QString& related) {
    return BusinessCentralFake::odataError(
        400, QStringLiteral("Internal_RecordNotFound"),
        QStringLiteral("The field %1 of table %2 contains a value (%3) that cannot be found in the related "
                       "table (%4).")
            .arg(field, table, value, related));
}

// Business Central's answer to a line that names a blocked record of this table.
Response blockedRecord(const QString& table, const QString& number) {
    return BusinessCentralFake::odataError(
        400, QStringLiteral("Internal_TestFieldError"),
        QStringLiteral("Blocked must be equal to 'No'  in %1: No.=%2. Current value is 'Yes'.")
            .arg(table, number));
}

} // namespace

// A sales line as Business Central validates and fills it: an Item line priced for the customer
// (its own price, else the item's) unless it names a unit price; an Account line (a G/L account that
// exists, is not blocked and takes direct posting) at the unit price it names, else 0, since Business
// Central has no price for an account; a Comment line with its text only. The description is a
// Text[100]. Other line types are not played: refused rather than accepted unchecked.
std::optional<Response> BusinessCentralFake::fillLine(QJsonObject& line,
                                                      const QString& customerNumber) const {
    const QString type = line.value(QStringLiteral("lineType")).toString(QStringLiteral("Comment"));
    const QString number = line.value(QStringLiteral("lineObjectNumber")).toString();
    line.insert(QStringLiteral("lineType"), type);
    const QString description = line.value(QStringLiteral("description")).toString();
    if (description.size() > 100)
        return odataError(400, QStringLiteral("BadRequest"),
                          QStringLiteral("The length of the string is %1, but it must be less than or equal "
                                         "to 100 characters. Value: %2")
                              .arg(description.size())
                              .arg(description));
    if (type == QLatin1String("Comment"))
        return std::nullopt;
    const double quantity = line.value(QStringLiteral("quantity")).toDouble(1);
    double unitPrice = 0;
    if (type == QLatin1String("Item")) {
        const int item = m_data.itemIndex(number);
        if (item < 0)
            return notInRelatedTable(QStringLiteral("No."), QStringLiteral("Sales Line"), number,
                                     QStringLiteral("Item"));
        const QJsonObject& i = m_data.items[item];
        if (i.value(QStringLiteral("blocked")).toBool())
            return blockedRecord(QStringLiteral("Item"), number);
        unitPrice = line.contains(QStringLiteral("unitPrice"))
                        ? line.value(QStringLiteral("unitPrice")).toDouble()
                        : m_data.priceFor(customerNumber, number);
        line.insert(QStringLiteral("itemId"), i.value(QStringLiteral("id")));
        if (description.isEmpty())
            line.insert(QStringLiteral("description"), i.value(QStringLiteral("displayName")));
    } else if (type == QLatin1String("Account")) {
        const int account = m_data.accountIndex(number);
        if (account < 0)
            return notInRelatedTable(QStringLiteral("No."), QStringLiteral("Sales Line"), number,
                                     QStringLiteral("G/L Account"));
        const QJsonObject& a = m_data.accounts[account];
        if (a.value(QStringLiteral("accountType")).toString() != QLatin1String("Posting"))
            return odataError(
                400, QStringLiteral("Internal_TestFieldError"),
                QStringLiteral("Account Type must be equal to 'Posting'  in G/L Account: No.=%1. "
                               "Current value is '%2'.")
                    .arg(number, a.value(QStringLiteral("accountType")).toString()));
        if (a.value(QStringLiteral("blocked")).toBool())
            return blockedRecord(QStringLiteral("G/L Account"), number);
        if (!a.value(QStringLiteral("directPosting")).toBool())
            return odataError(400, QStringLiteral("Internal_TestFieldError"),
                              QStringLiteral("Direct Posting must have a value in G/L Account: No.=%1. It "
                                             "cannot be zero or empty.")
                                  .arg(number));
        unitPrice = line.value(QStringLiteral("unitPrice")).toDouble(0);
        if (description.isEmpty())
            line.insert(QStringLiteral("description"), a.value(QStringLiteral("displayName")));
    } else {
        return odataError(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The sandbox does not play sales lines of type '%1' (it plays Comment, "
                           "Item and Account).")
                .arg(type));
    }
    line.insert(QStringLiteral("quantity"), quantity);
    line.insert(QStringLiteral("unitPrice"), unitPrice);
    line.insert(QStringLiteral("amountExcludingTax"), quantity * unitPrice);
    return std::nullopt;
}

QJsonObject BusinessCentralFake::documentOut(const QJsonObject& document, bool quotes, bool expand) const {
    QJsonObject out = document;
    out.remove(QStringLiteral("system"));
    out.remove(QStringLiteral("lines"));
    if (!expand)
        out.remove(linesKey(quotes));
    out.insert(QStringLiteral("@odata.etag"), QStringLiteral("W/\"JzE5OzEwMDAwOz%1Jyc=\"")
                                                  .arg(document.value(QStringLiteral("number")).toString()));
    return out;
}

Response BusinessCentralFake::documents(const Request& request, bool quotes, const QString& id,
                                        bool linesOnly) {
    const QString what = quotes ? QStringLiteral("Quote") : QStringLiteral("Order");
    QList<QJsonObject>& store = quotes ? m_data.salesQuotes : m_data.salesOrders;
    if (request.method == "POST" && id.isEmpty() && !linesOnly)
        return createDocument(request, quotes);
    int index = -1;
    if (!id.isEmpty()) {
        for (int i = 0; i < store.size(); ++i) {
            if (store[i].value(QStringLiteral("id")).toString() == id)
                index = i;
        }
        if (index < 0)
            return odataError(
                404, QStringLiteral("Internal_RecordNotFound"),
                QStringLiteral("The Sales Header does not exist. Identification fields and values: "
                               "Document Type='%1',Id='%2'")
                    .arg(what, id));
    }
    if (request.method == "DELETE" && index >= 0 && !linesOnly) {
        m_data.count(System, quotes ? QStringLiteral("quoteDeletes") : QStringLiteral("orderDeletes"));
        store.removeAt(index);
        return Response{204, {}, {}, {}};
    }
    if (request.method != "GET")
        return odataError(405, QStringLiteral("BadRequest_MethodNotAllowed"),
                          QStringLiteral("'%1' requests for 'sales%2s' are not allowed.")
                              .arg(QString::fromLatin1(request.method), what));
    m_data.count(System, quotes ? QStringLiteral("quoteReads") : QStringLiteral("orderLookups"));
    const bool expand = request.query.queryItemValue(QStringLiteral("$expand")).contains(linesKey(quotes));
    if (linesOnly) {
        QList<QJsonObject> lines;
        for (const QJsonValue& line : store[index].value(linesKey(quotes)).toArray())
            lines.append(line.toObject());
        return collection(request, lines, linesKey(quotes));
    }
    if (index >= 0)
        return Response::json(documentOut(store[index], quotes, expand));
    QList<QJsonObject> out;
    for (const QJsonObject& document : std::as_const(store)) {
        if (document.value(QStringLiteral("system")).toString() == System)
            out.append(document);
    }
    return collection(
        request, out, quotes ? QStringLiteral("salesQuotes") : QStringLiteral("salesOrders"),
        [this, quotes, expand](const QJsonObject& d) { return documentOut(d, quotes, expand); });
}

Response BusinessCentralFake::createDocument(const Request& request, bool quotes) {
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(request.body, &parseError);
    if (!json.isObject())
        return odataError(400, QStringLiteral("BadRequest"),
                          QStringLiteral("Invalid Request Body: %1").arg(parseError.errorString()));
    const QJsonObject body = json.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!HeaderProperties.contains(it.key()) && it.key() != linesKey(quotes))
            return odataError(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("The property '%1' does not exist on type 'Microsoft.NAV.%2'.")
                    .arg(it.key(), quotes ? QStringLiteral("salesQuote") : QStringLiteral("salesOrder")));
    }
    int customer = -1;
    if (body.contains(QStringLiteral("customerId")))
        customer = m_data.customerIndexById(body.value(QStringLiteral("customerId")).toString());
    else
        customer = m_data.customerIndex(body.value(QStringLiteral("customerNumber")).toString());
    if (customer < 0)
        return notInRelatedTable(QStringLiteral("Sell-to Customer No."), QStringLiteral("Sales Header"),
                                 body.value(QStringLiteral("customerNumber")).toString(),
                                 QStringLiteral("Customer"));
    const QJsonObject& c = m_data.customers[customer];
    const QString customerNumber = c.value(QStringLiteral("number")).toString();
    const QString blocked = c.value(QStringLiteral("blocked")).toString();
    if (!blocked.isEmpty())
        return odataError(
            400, QStringLiteral("Internal_ValidationError"),
            QStringLiteral("You cannot create this type of document when Customer %1 is blocked "
                           "with type %2")
                .arg(customerNumber, blocked));

    QJsonObject document = body;
    document.insert(QStringLiteral("id"), ErpData::newId());
    document.insert(QStringLiteral("number"),
                    m_data.nextOrderNumber(quotes ? QStringLiteral("S-QUO10") : QStringLiteral("S-ORD10")));
    document.insert(QStringLiteral("customerId"), c.value(QStringLiteral("id")));
    document.insert(QStringLiteral("customerNumber"), customerNumber);
    document.insert(QStringLiteral("customerName"), c.value(QStringLiteral("displayName")));
    if (!document.contains(QStringLiteral("externalDocumentNumber")))
        document.insert(QStringLiteral("externalDocumentNumber"), QString());
    if (!document.contains(QStringLiteral("currencyCode")))
        document.insert(QStringLiteral("currencyCode"), c.value(QStringLiteral("currencyCode")));
    if (!document.contains(QStringLiteral("orderDate")))
        document.insert(QStringLiteral("orderDate"), QDate::currentDate().toString(Qt::ISODate));
    document.insert(QStringLiteral("status"), QStringLiteral("Draft"));

    QJsonArray lines;
    QJsonArray summary;
    double total = 0;
    int sequence = 10000;
    for (const QJsonValue& value : body.value(linesKey(quotes)).toArray()) {
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!LineProperties.contains(it.key()))
                return odataError(400, QStringLiteral("BadRequest"),
                                  QStringLiteral("The property '%1' does not exist on type "
                                                 "'Microsoft.NAV.%2'.")
                                      .arg(it.key(), quotes ? QStringLiteral("salesQuoteLine")
                                                            : QStringLiteral("salesOrderLine")));
        }
        QJsonObject line = in;
        line.insert(QStringLiteral("id"), ErpData::newId());
        line.insert(QStringLiteral("documentId"), document.value(QStringLiteral("id")));
        line.insert(QStringLiteral("sequence"), sequence);
        sequence += 10000;
        if (auto refused = fillLine(line, customerNumber))
            return *refused;
        if (line.value(QStringLiteral("lineType")).toString() == QLatin1String("Item"))
            summary.append(
                QJsonObject{{QStringLiteral("itemNumber"), line.value(QStringLiteral("lineObjectNumber"))},
                            {QStringLiteral("quantity"), line.value(QStringLiteral("quantity"))},
                            {QStringLiteral("unitPrice"), line.value(QStringLiteral("unitPrice"))}});
        total += line.value(QStringLiteral("amountExcludingTax")).toDouble();
        lines.append(line);
    }
    document.insert(linesKey(quotes), lines);
    document.insert(QStringLiteral("totalAmountExcludingTax"), total);
    document.insert(QStringLiteral("system"), System);
    document.insert(QStringLiteral("lines"), summary);
    const QString kind = quotes ? QStringLiteral("quoteCreates") : QStringLiteral("orderCreates");
    m_data.count(System, kind);
    (quotes ? m_data.salesQuotes : m_data.salesOrders).append(document);
    if (m_data.takeFailAfterCommit(System, kind))
        return odataError(500, QStringLiteral("Internal_ServerError"),
                          QStringLiteral("An unexpected error occurred after the document was saved."));
    const bool expand = request.query.queryItemValue(QStringLiteral("$expand")).contains(linesKey(quotes));
    return Response::json(documentOut(document, quotes, expand), 201);
}

} // namespace sandbox
