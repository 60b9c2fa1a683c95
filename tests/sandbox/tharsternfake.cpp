#include "tharsternfake.h"

#include "erpdata.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {

const QString System = QStringLiteral("tharstern");

Response ok(const QJsonValue& details) {
    return Response::json(
        QJsonObject{{QStringLiteral("Status"), QJsonObject{{QStringLiteral("Success"), true}}},
                    {QStringLiteral("Details"), details},
                    {QStringLiteral("Problems"), QJsonArray()}});
}

Response items(const QJsonArray& list) {
    return ok(QJsonObject{{QStringLiteral("Items"), list}, {QStringLiteral("TotalCount"), list.size()}});
}

Response problem(int status, const QString& code, const QString& message) {
    return Response::json(
        QJsonObject{
            {QStringLiteral("Status"), QJsonObject{{QStringLiteral("Success"), false}}},
            {QStringLiteral("Problems"),
             QJsonArray{QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}}}}},
        status);
}

QString param(const Request& request, const char* name) {
    // Tharstern's query parameters are not case-sensitive.
    for (const auto& item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

} // namespace

void TharsternFake::addRoutes(Router& router) {
    const QString base = QStringLiteral("^/tharstern/api/");
    router.add("GET", base + QStringLiteral("Authentication/GenerateAPIToken$"),
               [this](const Request& r, const QStringList&) { return token(r); });
    auto guarded = [this](auto handler) {
        return [this, handler](const Request& r, const QStringList& captures) {
            m_data.count(System, QStringLiteral("requests"));
            if (!authorised(r)) {
                m_data.count(System, QStringLiteral("unauthorized"));
                return problem(401, QStringLiteral("Unauthorised"),
                               QStringLiteral("Authorization has been denied for this request."));
            }
            return handler(r, captures);
        };
    };
    router.add("GET", base + QStringLiteral("customers$"),
               guarded([this](const Request& r, const QStringList&) { return customers(r); }));
    router.add("POST", base + QStringLiteral("customers$"),
               guarded([this](const Request& r, const QStringList&) { return createCustomer(r); }));
    router.add("GET", base + QStringLiteral("contacts$"),
               guarded([this](const Request& r, const QStringList&) { return contacts(r); }));
    router.add("GET", base + QStringLiteral("products$"),
               guarded([this](const Request& r, const QStringList&) { return products(r); }));
    router.add("GET", base + QStringLiteral("EstRequest/(\\d+)/Example$"),
               guarded([this](const Request&, const QStringList& c) {
                   return estimateExample(c.value(0).toInt());
               }));
    router.add("POST", base + QStringLiteral("estrequest$"),
               guarded([this](const Request& r, const QStringList&) { return estimate(r); }));
    router.add("POST", base + QStringLiteral("orders/submit$"),
               guarded([this](const Request& r, const QStringList&) { return submitOrder(r); }));
}

bool TharsternFake::authorised(const Request& request) const {
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(auth.mid(6));
    const int colon = decoded.indexOf(':');
    if (colon < 0 || colon != decoded.size() - 1) // the token is the user, the password is empty
        return false;
    return m_data.tokenValid(System, QString::fromUtf8(decoded.left(colon)));
}

Response TharsternFake::token(const Request& request) {
    m_data.count(System, QStringLiteral("tokenRequests"));
    if (param(request, "applicationId") != QLatin1String("api"))
        return problem(400, QStringLiteral("InvalidApplication"), QStringLiteral("Unknown application id."));
    if (param(request, "email").compare(m_data.tharsternUser, Qt::CaseInsensitive) != 0 ||
        param(request, "password") != m_data.tharsternPassword)
        return problem(401, QStringLiteral("InvalidCredentials"),
                       QStringLiteral("The email address or password is incorrect."));
    m_data.count(System, QStringLiteral("tokens"));
    return ok(QJsonObject{{QStringLiteral("Token"), m_data.issueToken(System)},
                          {QStringLiteral("ExpiresInSeconds"), m_data.tokenExpiresIn}});
}

QJsonObject TharsternFake::customerOut(const QJsonObject& c) const {
    return QJsonObject{
        {QStringLiteral("Id"), m_data.customerIndex(c.value(QStringLiteral("number")).toString()) + 1},
        {QStringLiteral("Code"), c.value(QStringLiteral("number"))},
        {QStringLiteral("Name"), c.value(QStringLiteral("displayName"))},
        {QStringLiteral("Email"), c.value(QStringLiteral("email"))},
        {QStringLiteral("CurrencyCode"), c.value(QStringLiteral("currencyCode"))},
        {QStringLiteral("Country"), c.value(QStringLiteral("country"))},
        {QStringLiteral("VatNumber"), c.value(QStringLiteral("taxRegistrationNumber"))},
        {QStringLiteral("OnStop"), !c.value(QStringLiteral("blocked")).toString().isEmpty()}};
}

Response TharsternFake::customers(const Request& request) {
    m_data.count(System, QStringLiteral("customerLookups"));
    const QString code = param(request, "customerCode");
    const QString email = param(request, "email").trimmed();
    QJsonArray list;
    for (const QJsonObject& c : std::as_const(m_data.customers)) {
        if (!code.isEmpty() &&
            c.value(QStringLiteral("number")).toString().compare(code, Qt::CaseInsensitive) != 0)
            continue;
        if (!email.isEmpty() &&
            c.value(QStringLiteral("email")).toString().trimmed().compare(email, Qt::CaseInsensitive) != 0)
            continue;
        list.append(customerOut(c));
    }
    return items(list);
}

Response TharsternFake::createCustomer(const Request& request) {
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(QStringLiteral("Name")).toString().trimmed();
    if (name.isEmpty())
        return problem(400, QStringLiteral("Validation"), QStringLiteral("Name is required."));
    const QString code = body.value(QStringLiteral("Code")).toString().trimmed();
    if (!code.isEmpty() && m_data.customerIndex(code) >= 0)
        return problem(400, QStringLiteral("Validation"),
                       QStringLiteral("A customer with code '%1' already exists.").arg(code));
    m_data.count(System, QStringLiteral("customerCreates"));
    QJsonObject record{
        {QStringLiteral("number"), code},
        {QStringLiteral("displayName"), name},
        {QStringLiteral("email"), body.value(QStringLiteral("Email")).toString()},
        {QStringLiteral("currencyCode"), body.value(QStringLiteral("CurrencyCode")).toString()},
        {QStringLiteral("country"), body.value(QStringLiteral("Country")).toString()},
        {QStringLiteral("taxRegistrationNumber"), body.value(QStringLiteral("VatNumber")).toString()}};
    const QJsonObject created = m_data.addCustomer(record);
    if (m_data.takeFailAfterCommit(System, QStringLiteral("customerCreates")))
        return problem(500, QStringLiteral("ServerError"), QStringLiteral("An unexpected error occurred."));
    return ok(customerOut(created));
}

Response TharsternFake::contacts(const Request& request) {
    m_data.count(System, QStringLiteral("contactLookups"));
    const QString code = param(request, "customerCode");
    QJsonArray list;
    int id = 0;
    for (const QJsonObject& c : std::as_const(m_data.customers)) {
        const QString number = c.value(QStringLiteral("number")).toString();
        QJsonArray own;
        if (!c.value(QStringLiteral("email")).toString().isEmpty())
            own.append(QJsonObject{{QStringLiteral("email"), c.value(QStringLiteral("email"))},
                                   {QStringLiteral("lastName"), c.value(QStringLiteral("displayName"))}});
        for (const QJsonValue& contact : c.value(QStringLiteral("contacts")).toArray())
            own.append(contact);
        for (const QJsonValue& value : std::as_const(own)) {
            ++id;
            if (!code.isEmpty() && number.compare(code, Qt::CaseInsensitive) != 0)
                continue;
            const QJsonObject contact = value.toObject();
            list.append(QJsonObject{{QStringLiteral("Id"), id},
                                    {QStringLiteral("CustomerCode"), number},
                                    {QStringLiteral("FirstName"), contact.value(QStringLiteral("firstName"))},
                                    {QStringLiteral("LastName"), contact.value(QStringLiteral("lastName"))},
                                    {QStringLiteral("Email"), contact.value(QStringLiteral("email"))}});
        }
    }
    return items(list);
}

Response TharsternFake::products(const Request& request) {
    m_data.count(System, QStringLiteral("productLookups"));
    const QString code = param(request, "productCode");
    QJsonArray list;
    for (const QJsonObject& item : std::as_const(m_data.items)) {
        if (!code.isEmpty() && item.value(QStringLiteral("number")).toString() != code)
            continue;
        list.append(
            QJsonObject{{QStringLiteral("Id"), item.value(QStringLiteral("productTypeId"))},
                        {QStringLiteral("Code"), item.value(QStringLiteral("number"))},
                        {QStringLiteral("Description"), item.value(QStringLiteral("displayName"))},
                        {QStringLiteral("ProductTypeId"), item.value(QStringLiteral("productTypeId"))}});
    }
    return items(list);
}

Response TharsternFake::estimateExample(int productTypeId) {
    m_data.count(System, QStringLiteral("estimateExamples"));
    const int item = m_data.itemIndexByProductType(productTypeId);
    if (item < 0)
        return problem(404, QStringLiteral("NotFound"),
                       QStringLiteral("Product type %1 was not found.").arg(productTypeId));
    return ok(
        QJsonObject{{QStringLiteral("ProductTypeId"), productTypeId},
                    {QStringLiteral("Title"), m_data.items[item].value(QStringLiteral("displayName"))},
                    {QStringLiteral("Customer"), QJsonObject{{QStringLiteral("Code"), QString()}}},
                    {QStringLiteral("Contact"), QJsonObject{{QStringLiteral("Id"), 0}}},
                    {QStringLiteral("Quantities"), QJsonArray{QJsonObject{{QStringLiteral("Quantity"), 1}}}},
                    {QStringLiteral("Sections"),
                     QJsonArray{QJsonObject{{QStringLiteral("Description"), QStringLiteral("Main")}}}}});
}

Response TharsternFake::estimate(const Request& request) {
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const int item = m_data.itemIndexByProductType(body.value(QStringLiteral("ProductTypeId")).toInt());
    if (item < 0)
        return problem(400, QStringLiteral("Validation"), QStringLiteral("ProductTypeId is not valid."));
    const QString code =
        body.value(QStringLiteral("Customer")).toObject().value(QStringLiteral("Code")).toString();
    const int customer = m_data.customerIndex(code);
    if (customer < 0)
        return problem(400, QStringLiteral("Validation"),
                       QStringLiteral("Customer '%1' was not found.").arg(code));
    m_data.count(System, QStringLiteral("estimates"));
    ++m_data.estimates;
    const double unitPrice =
        m_data.priceFor(code, m_data.items[item].value(QStringLiteral("number")).toString());
    QJsonArray quantities;
    for (const QJsonValue& q : body.value(QStringLiteral("Quantities")).toArray()) {
        const double quantity = q.toObject().value(QStringLiteral("Quantity")).toDouble();
        quantities.append(QJsonObject{{QStringLiteral("Quantity"), quantity},
                                      {QStringLiteral("UnitPrice"), unitPrice},
                                      {QStringLiteral("Price"), unitPrice * quantity}});
    }
    return ok(QJsonObject{
        {QStringLiteral("EstimateId"), m_data.estimates},
        {QStringLiteral("EstimateRef"), QStringLiteral("E%1").arg(m_data.estimates, 5, 10, QLatin1Char('0'))},
        {QStringLiteral("Customer"), QJsonObject{{QStringLiteral("Code"), code}}},
        {QStringLiteral("Quantities"), quantities}});
}

Response TharsternFake::submitOrder(const Request& request) {
    m_data.count(System, QStringLiteral("orderSubmits"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString uniqueId = body.value(QStringLiteral("UniqueSubmitOrderID")).toString();
    if (uniqueId.isEmpty())
        return problem(400, QStringLiteral("Validation"), QStringLiteral("UniqueSubmitOrderID is required."));
    auto details = [](const QJsonObject& order, bool existing) {
        return QJsonObject{
            {QStringLiteral("OrderId"), order.value(QStringLiteral("id"))},
            {QStringLiteral("OrderRef"), order.value(QStringLiteral("number"))},
            {QStringLiteral("UniqueSubmitOrderID"), order.value(QStringLiteral("uniqueSubmitOrderId"))},
            {QStringLiteral("AlreadySubmitted"), existing}};
    };
    for (const QJsonObject& order : std::as_const(m_data.salesOrders)) {
        if (order.value(QStringLiteral("system")).toString() == System &&
            order.value(QStringLiteral("uniqueSubmitOrderId")).toString() == uniqueId)
            return ok(details(order, true));
    }
    const QString code =
        body.value(QStringLiteral("InvoiceCustomer")).toObject().value(QStringLiteral("Code")).toString();
    const int customer = m_data.customerIndex(code);
    if (customer < 0)
        return problem(400, QStringLiteral("Validation"),
                       QStringLiteral("Invoice customer '%1' was not found.").arg(code));
    if (!m_data.customers[customer].value(QStringLiteral("blocked")).toString().isEmpty())
        return problem(400, QStringLiteral("Validation"),
                       QStringLiteral("Customer '%1' is on stop.").arg(code));
    QJsonArray lines;
    for (const QJsonValue& value : body.value(QStringLiteral("Items")).toArray()) {
        const QJsonObject in = value.toObject();
        const QString product = in.value(QStringLiteral("ProductCode")).toString();
        if (m_data.itemIndex(product) < 0)
            return problem(400, QStringLiteral("Validation"),
                           QStringLiteral("Product '%1' was not found.").arg(product));
        const double quantity = in.value(QStringLiteral("Quantity")).toDouble(1);
        const double unitPrice = in.contains(QStringLiteral("UnitPrice"))
                                     ? in.value(QStringLiteral("UnitPrice")).toDouble()
                                     : m_data.priceFor(code, product);
        lines.append(QJsonObject{{QStringLiteral("itemNumber"), product},
                                 {QStringLiteral("quantity"), quantity},
                                 {QStringLiteral("unitPrice"), unitPrice}});
    }
    if (lines.isEmpty())
        return problem(400, QStringLiteral("Validation"),
                       QStringLiteral("An order needs at least one item."));
    m_data.count(System, QStringLiteral("orderCreates"));
    const QJsonObject order{{QStringLiteral("system"), System},
                            {QStringLiteral("id"), static_cast<int>(m_data.salesOrders.size()) + 1},
                            {QStringLiteral("number"), m_data.nextOrderNumber(QStringLiteral("J"))},
                            {QStringLiteral("uniqueSubmitOrderId"), uniqueId},
                            {QStringLiteral("customerNumber"), code},
                            {QStringLiteral("lines"), lines}};
    m_data.salesOrders.append(order);
    if (m_data.takeFailAfterCommit(System, QStringLiteral("orderCreates")))
        return problem(500, QStringLiteral("ServerError"), QStringLiteral("An unexpected error occurred."));
    return ok(details(order, false));
}

} // namespace sandbox
