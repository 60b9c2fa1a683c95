#include "tharsternfake.h"

#include "erpdata.h"

#include <QJsonDocument>
#include <QUuid>

namespace sandbox {

namespace {

const QString System = QStringLiteral("tharstern");

Response ok(const QJsonValue& details) {
    return Response::json(
        QJsonObject{{QStringLiteral("Status"), QJsonObject{{QStringLiteral("Success"), true}}},
                    {QStringLiteral("Details"), details},
                    {QStringLiteral("Problems"), QJsonArray()}});
}

Response problem(int status, const QString& code, const QString& message) {
    return Response::json(
        QJsonObject{
            {QStringLiteral("Status"), QJsonObject{{QStringLiteral("Success"), false}}},
            {QStringLiteral("Problems"),
             QJsonArray{QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}}}}},
        status);
}

// Tharstern's query parameters are not case-sensitive.
QString param(const Request& request, const QString& name) {
    for (const auto& item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

bool sameText(const QString& a, const QString& b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// The site's search by name: the record's code or name contains the text, not minding case.
bool containsText(const QJsonObject& record, const QString& codeKey, const QString& nameKey,
                  const QString& text) {
    return record.value(codeKey).toString().contains(text, Qt::CaseInsensitive) ||
           record.value(nameKey).toString().contains(text, Qt::CaseInsensitive);
}

// A configured path as a route: "api-ext/customers/by-email" -> the regex of its own.
QString routeOf(const QString& path) {
    QString p = path.trimmed();
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    return QStringLiteral("(?i)^/tharstern/api/%1$").arg(QRegularExpression::escape(p));
}

} // namespace

void TharsternOptions::read(const QJsonObject& json) {
    searchPath = json.value(QStringLiteral("search_path")).toString(searchPath);
    searchParameter = json.value(QStringLiteral("search_parameter")).toString(searchParameter);
    createPath = json.value(QStringLiteral("create_path")).toString(createPath);
    nameSearchParameter = json.value(QStringLiteral("name_search_parameter")).toString(nameSearchParameter);
    productSearchParameter =
        json.value(QStringLiteral("product_search_parameter")).toString(productSearchParameter);
    submitDeduplicates = json.value(QStringLiteral("submit_deduplicates")).toBool(submitDeduplicates);
    pageSize = json.value(QStringLiteral("page_size")).toInt(pageSize);
    applicationId = json.value(QStringLiteral("application_id")).toString(applicationId);
}

QJsonObject TharsternOptions::toJson() const {
    return {{QStringLiteral("search_path"), searchPath},
            {QStringLiteral("search_parameter"), searchParameter},
            {QStringLiteral("create_path"), createPath},
            {QStringLiteral("name_search_parameter"), nameSearchParameter},
            {QStringLiteral("product_search_parameter"), productSearchParameter},
            {QStringLiteral("submit_deduplicates"), submitDeduplicates},
            {QStringLiteral("page_size"), pageSize},
            {QStringLiteral("application_id"), applicationId}};
}

QJsonObject TharsternFake::state() const {
    return m_options.toJson();
}

void TharsternFake::addRoutes(Router& router) {
    const auto route = [](const char* path) {
        return QStringLiteral("(?i)^/tharstern/api/%1$").arg(QLatin1String(path));
    };
    router.add("GET", route("Authentication/GenerateAPIToken"),
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
    // A guarded route answered by one of this fake's handlers.
    const auto answeredBy = [guarded, this](Response (TharsternFake::*handler)(const Request&)) {
        return guarded([this, handler](const Request& r, const QStringList&) { return (this->*handler)(r); });
    };
    // The site's own e-mail search and customer create come first: they may share a path with
    // the public routes (customers, contacts).
    if (!m_options.searchPath.isEmpty())
        router.add("GET", routeOf(m_options.searchPath),
                   guarded([this](const Request& r, const QStringList&) {
                       if (param(r, m_options.searchParameter).isEmpty()) // the public list, then
                           return sameText(m_options.searchPath, QStringLiteral("contacts")) ? contacts(r)
                                                                                             : customers(r);
                       return searchByEmail(r);
                   }));
    if (!m_options.createPath.isEmpty())
        router.add("POST", routeOf(m_options.createPath), answeredBy(&TharsternFake::createCustomer));
    router.add("GET", route("customers"), answeredBy(&TharsternFake::customers));
    router.add("GET", route("contacts"), answeredBy(&TharsternFake::contacts));
    router.add("POST", route("contacts"), answeredBy(&TharsternFake::createContact));
    router.add("POST", route("address/create"), answeredBy(&TharsternFake::createAddress));
    router.add("GET", route("products"), answeredBy(&TharsternFake::products));
    router.add("GET", route("EstRequest/(\\d+)/Example"),
               guarded([this](const Request&, const QStringList& c) {
                   return estimateExample(c.value(0).toInt());
               }));
    router.add("POST", route("estrequest"), answeredBy(&TharsternFake::estimate));
    router.add("POST", route("orders/submit"), answeredBy(&TharsternFake::submitOrders));
}

// Basic base64(token:) as the public C# client sends it, or base64(token) as the PHP one does.
bool TharsternFake::authorised(const Request& request) const {
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Basic "))
        return false;
    QByteArray decoded = QByteArray::fromBase64(auth.mid(6));
    if (decoded.endsWith(':'))
        decoded.chop(1);
    if (decoded.contains(':')) // a password: not how the token is sent
        return false;
    return m_data.tokenValid(System, QString::fromUtf8(decoded));
}

Response TharsternFake::token(const Request& request) {
    m_data.count(System, QStringLiteral("tokenRequests"));
    if (param(request, QStringLiteral("applicationId")) != m_options.applicationId)
        return problem(400, QStringLiteral("InvalidApplication"), QStringLiteral("Unknown application id."));
    if (!sameText(param(request, QStringLiteral("email")), m_data.tharsternUser) ||
        param(request, QStringLiteral("password")) != m_data.tharsternPassword)
        return problem(401, QStringLiteral("InvalidCredentials"),
                       QStringLiteral("The email address or password is incorrect."));
    m_data.count(System, QStringLiteral("tokens"));
    // A GUID, as Tharstern's tokens are.
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_data.acceptToken(System, token);
    return ok(QJsonObject{{QStringLiteral("Token"), token},
                          {QStringLiteral("ExpiresInSeconds"), m_data.tokenExpiresIn}});
}

QJsonObject TharsternFake::customerOut(const QJsonObject& c) const {
    return QJsonObject{
        {QStringLiteral("ID"), m_data.customerIndex(c.value(QStringLiteral("number")).toString()) + 1},
        {QStringLiteral("Code"), c.value(QStringLiteral("number"))},
        {QStringLiteral("Name"), c.value(QStringLiteral("displayName"))},
        {QStringLiteral("Email"), c.value(QStringLiteral("email"))},
        {QStringLiteral("CurrencyCode"), c.value(QStringLiteral("currencyCode"))},
        {QStringLiteral("Country"), c.value(QStringLiteral("country"))},
        {QStringLiteral("VatNumber"), c.value(QStringLiteral("taxRegistrationNumber"))},
        {QStringLiteral("OnStop"), !c.value(QStringLiteral("blocked")).toString().isEmpty()}};
}

// One page of a list: page (from 1) and pageSize, at most the site's page size; TotalItemCount.
Response TharsternFake::page(const Request& request, const QJsonArray& all) const {
    int size = param(request, QStringLiteral("pageSize")).toInt();
    if (size <= 0 || size > m_options.pageSize)
        size = m_options.pageSize;
    const int number = qMax(1, param(request, QStringLiteral("page")).toInt());
    QJsonArray items;
    for (qsizetype i = qsizetype(number - 1) * size; i < all.size() && items.size() < size; ++i)
        items.append(all.at(i));
    return ok(QJsonObject{{QStringLiteral("Items"), items}, {QStringLiteral("TotalItemCount"), all.size()}});
}

// customers?customerCode=; any other parameter (an e-mail, say) is ignored, as a server ignores
// what it does not know: the answer is then the first page of every customer.
Response TharsternFake::customers(const Request& request) {
    m_data.count(System, QStringLiteral("customerLookups"));
    const QString code = param(request, QStringLiteral("customerCode"));
    const QString name =
        m_options.nameSearchParameter.isEmpty() ? QString() : param(request, m_options.nameSearchParameter);
    QJsonArray list;
    for (const QJsonObject& c : std::as_const(m_data.customers))
        if ((code.isEmpty() || sameText(c.value(QStringLiteral("number")).toString(), code)) &&
            (name.isEmpty() ||
             containsText(c, QStringLiteral("number"), QStringLiteral("displayName"), name)))
            list.append(customerOut(c));
    return page(request, list);
}

QJsonArray TharsternFake::allContacts() const {
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
            const QJsonObject contact = value.toObject();
            list.append(QJsonObject{{QStringLiteral("ID"), ++id},
                                    {QStringLiteral("CustomerCode"), number},
                                    {QStringLiteral("FirstName"), contact.value(QStringLiteral("firstName"))},
                                    {QStringLiteral("LastName"), contact.value(QStringLiteral("lastName"))},
                                    {QStringLiteral("Email"), contact.value(QStringLiteral("email"))}});
        }
    }
    return list;
}

Response TharsternFake::contacts(const Request& request) {
    m_data.count(System, QStringLiteral("contactLookups"));
    const QString code = param(request, QStringLiteral("customerCode"));
    QJsonArray list;
    for (const QJsonValue& contact : allContacts())
        if (code.isEmpty() ||
            sameText(contact.toObject().value(QStringLiteral("CustomerCode")).toString(), code))
            list.append(contact);
    return page(request, list);
}

// The site's e-mail search: customers whose own e-mail or one of whose contacts' is the one asked
// for, each row carrying the e-mail that matched (contact rows where the search is on contacts).
Response TharsternFake::searchByEmail(const Request& request) {
    m_data.count(System, QStringLiteral("emailSearches"));
    const QString email = param(request, m_options.searchParameter);
    const bool contactRows = sameText(m_options.searchPath, QStringLiteral("contacts"));
    QJsonArray list;
    QStringList seen;
    for (const QJsonValue& value : allContacts()) {
        const QJsonObject contact = value.toObject();
        const QString code = contact.value(QStringLiteral("CustomerCode")).toString();
        if (!sameText(contact.value(QStringLiteral("Email")).toString(), email))
            continue;
        if (contactRows) {
            list.append(contact);
            continue;
        }
        if (seen.contains(code))
            continue;
        seen << code;
        QJsonObject row = customerOut(m_data.customers.at(m_data.customerIndex(code)));
        row.insert(QStringLiteral("Email"), contact.value(QStringLiteral("Email")));
        list.append(row);
    }
    return ok(QJsonObject{{QStringLiteral("Items"), list}, {QStringLiteral("TotalItemCount"), list.size()}});
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
        {QStringLiteral("taxRegistrationNumber"), body.value(QStringLiteral("VatNumber")).toString()},
        {QStringLiteral("createdBy"), QStringLiteral("api")}};
    const QJsonObject created = m_data.addCustomer(record);
    if (m_data.takeFailAfterCommit(System, QStringLiteral("customerCreates")))
        return problem(500, QStringLiteral("ServerError"), QStringLiteral("An unexpected error occurred."));
    return ok(customerOut(created));
}

std::optional<Response> TharsternFake::appendToCustomer(const QString& code, const QString& counter,
                                                        const QString& listKey, const QJsonObject& entry) {
    const int index = m_data.customerIndex(code);
    if (index < 0)
        return problem(400, QStringLiteral("Validation"),
                       QStringLiteral("Customer '%1' was not found.").arg(code));
    m_data.count(System, counter);
    QJsonObject& customer = m_data.customers[index];
    QJsonArray list = customer.value(listKey).toArray();
    list.append(entry);
    customer.insert(listKey, list);
    return std::nullopt;
}

Response TharsternFake::createContact(const Request& request) {
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString code = body.value(QStringLiteral("CustomerCode")).toString();
    if (auto refused = appendToCustomer(
            code, QStringLiteral("contactCreates"), QStringLiteral("contacts"),
            QJsonObject{{QStringLiteral("firstName"), body.value(QStringLiteral("FirstName"))},
                        {QStringLiteral("lastName"), body.value(QStringLiteral("LastName"))},
                        {QStringLiteral("email"), body.value(QStringLiteral("Email"))}}))
        return *refused;
    if (m_data.takeFailAfterCommit(System, QStringLiteral("contactCreates")))
        return problem(500, QStringLiteral("ServerError"), QStringLiteral("An unexpected error occurred."));
    return ok(QJsonObject{{QStringLiteral("ID"), int(allContacts().size())},
                          {QStringLiteral("CustomerCode"), code},
                          {QStringLiteral("Email"), body.value(QStringLiteral("Email"))}});
}

Response TharsternFake::createAddress(const Request& request) {
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString code = body.value(QStringLiteral("CustomerCode")).toString();
    if (auto refused =
            appendToCustomer(code, QStringLiteral("addressCreates"), QStringLiteral("addresses"), body))
        return *refused;
    ++m_addresses;
    return ok(QJsonObject{
        {QStringLiteral("Items"),
         QJsonArray{QJsonObject{{QStringLiteral("ID"), m_addresses}, {QStringLiteral("Code"), code}}}}});
}

Response TharsternFake::products(const Request& request) {
    m_data.count(System, QStringLiteral("productLookups"));
    const QString code = param(request, QStringLiteral("productCode"));
    const QString name = m_options.productSearchParameter.isEmpty()
                             ? QString()
                             : param(request, m_options.productSearchParameter);
    QJsonArray list;
    for (qsizetype i = 0; i < m_data.items.size(); ++i) {
        const QJsonObject& item = m_data.items.at(i);
        if (!code.isEmpty() && item.value(QStringLiteral("number")).toString() != code)
            continue;
        if (!name.isEmpty() &&
            !containsText(item, QStringLiteral("number"), QStringLiteral("displayName"), name))
            continue;
        list.append(
            QJsonObject{{QStringLiteral("ID"), int(i) + 1},
                        {QStringLiteral("Code"), item.value(QStringLiteral("number"))},
                        {QStringLiteral("Description"), item.value(QStringLiteral("displayName"))},
                        {QStringLiteral("ProductTypes_ID"), item.value(QStringLiteral("productTypeId"))}});
    }
    return page(request, list);
}

Response TharsternFake::estimateExample(int productTypeId) {
    m_data.count(System, QStringLiteral("estimateExamples"));
    const int item = m_data.itemIndexByProductType(productTypeId);
    if (item < 0)
        return problem(404, QStringLiteral("NotFound"),
                       QStringLiteral("Product type %1 was not found.").arg(productTypeId));
    return ok(QJsonObject{
        {QStringLiteral("ProductTypes_ID"), productTypeId},
        {QStringLiteral("Title"), m_data.items[item].value(QStringLiteral("displayName"))},
        {QStringLiteral("Customer"), QJsonObject{{QStringLiteral("Code"), QStringLiteral("EXAMPLE")}}},
        {QStringLiteral("DeliveryCustomer"),
         QJsonObject{{QStringLiteral("Code"), QStringLiteral("EXAMPLE")}}},
        {QStringLiteral("Contact"), QJsonObject{{QStringLiteral("ID"), 1}}},
        {QStringLiteral("DeliveryContact"), QJsonObject{{QStringLiteral("ID"), 1}}},
        {QStringLiteral("Quantity"), 1},
        {QStringLiteral("Sections"),
         QJsonArray{QJsonObject{{QStringLiteral("Description"), QStringLiteral("Main")}}}}});
}

Response TharsternFake::estimate(const Request& request) {
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const int item = m_data.itemIndexByProductType(body.value(QStringLiteral("ProductTypes_ID")).toInt());
    if (item < 0)
        return problem(400, QStringLiteral("Validation"), QStringLiteral("ProductTypes_ID is not valid."));
    const QString code =
        body.value(QStringLiteral("Customer")).toObject().value(QStringLiteral("Code")).toString();
    if (m_data.customerIndex(code) < 0)
        return problem(400, QStringLiteral("Validation"),
                       QStringLiteral("Customer '%1' was not found.").arg(code));
    if (body.value(QStringLiteral("Contact")).isObject()) // the example's contact is another customer's
        return problem(400, QStringLiteral("Validation"),
                       QStringLiteral("Contact 1 does not belong to customer '%1'.").arg(code));
    const double quantity = body.value(QStringLiteral("Quantity")).toDouble();
    if (quantity <= 0)
        return Response::json(
            QJsonObject{{QStringLiteral("Message"), QStringLiteral("The request is invalid.")},
                        {QStringLiteral("ModelState"),
                         QJsonObject{{QStringLiteral("estRequestProduct.Quantity"),
                                      QJsonArray{QStringLiteral("Quantity must be above 0.")}}}}},
            400);
    m_data.count(System, QStringLiteral("estimates"));
    ++m_data.estimates;
    const double unitPrice =
        m_data.priceFor(code, m_data.items[item].value(QStringLiteral("number")).toString());
    return ok(
        QJsonObject{{QStringLiteral("Estimate"),
                     QJsonObject{{QStringLiteral("ID"), m_data.estimates},
                                 {QStringLiteral("EstimateRef"),
                                  QStringLiteral("E%1").arg(m_data.estimates, 5, 10, QLatin1Char('0'))}}},
                    {QStringLiteral("Customer"), QJsonObject{{QStringLiteral("Code"), code}}},
                    {QStringLiteral("Quantities"),
                     QJsonArray{QJsonObject{{QStringLiteral("Quantity"), quantity},
                                            {QStringLiteral("UnitPrice"), unitPrice},
                                            {QStringLiteral("Price"), unitPrice * quantity}}}}});
}

Response TharsternFake::submitOrders(const Request& request) {
    m_data.count(System, QStringLiteral("orderSubmits"));
    const QJsonArray orders =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("Orders")).toArray();
    if (orders.isEmpty())
        return problem(400, QStringLiteral("Validation"), QStringLiteral("Orders is required."));
    QJsonArray out;
    for (const QJsonValue& order : orders)
        out.append(submitOne(order.toObject()));
    if (m_data.takeFailAfterCommit(System, QStringLiteral("orderCreates")))
        return problem(500, QStringLiteral("ServerError"), QStringLiteral("An unexpected error occurred."));
    return ok(QJsonObject{{QStringLiteral("Orders"), out}});
}

// One order of orders/submit: {ID, OrderNo, StatusDetails}, ID 0 when it was refused.
QJsonObject TharsternFake::submitOne(const QJsonObject& body) {
    const QString uniqueId = body.value(QStringLiteral("UniqueSubmitOrderID")).toString();
    const auto refused = [uniqueId](const QString& why) {
        return QJsonObject{{QStringLiteral("ID"), 0},
                           {QStringLiteral("UniqueSubmitOrderID"), uniqueId},
                           {QStringLiteral("StatusDetails"), why}};
    };
    const auto stored = [](const QJsonObject& order, bool existing) {
        return QJsonObject{
            {QStringLiteral("ID"), order.value(QStringLiteral("id"))},
            {QStringLiteral("OrderNo"), order.value(QStringLiteral("number"))},
            {QStringLiteral("UniqueSubmitOrderID"), order.value(QStringLiteral("uniqueSubmitOrderId"))},
            {QStringLiteral("StatusDetails"),
             existing ? QStringLiteral("Already submitted") : QStringLiteral("Created")},
            {QStringLiteral("AlreadySubmitted"), existing}};
    };
    if (uniqueId.isEmpty())
        return refused(QStringLiteral("UniqueSubmitOrderID is required."));
    if (m_options.submitDeduplicates)
        for (const QJsonObject& order : std::as_const(m_data.salesOrders))
            if (order.value(QStringLiteral("system")).toString() == System &&
                order.value(QStringLiteral("uniqueSubmitOrderId")).toString() == uniqueId)
                return stored(order, true);
    const QString code =
        body.value(QStringLiteral("InvoiceCustomer")).toObject().value(QStringLiteral("Code")).toString();
    const int customer = m_data.customerIndex(code);
    if (customer < 0)
        return refused(QStringLiteral("Customer '%1' was not found.").arg(code));
    if (!m_data.customers[customer].value(QStringLiteral("blocked")).toString().isEmpty())
        return refused(QStringLiteral("Customer '%1' is on stop.").arg(code));
    QJsonArray lines;
    for (const QJsonValue& value : body.value(QStringLiteral("Items")).toArray()) {
        const QJsonObject in = value.toObject();
        const int stockItem = in.value(QStringLiteral("StockItemID")).toInt();
        if (stockItem < 1 || stockItem > m_data.items.size())
            return refused(QStringLiteral("StockItemID %1 was not found.").arg(stockItem));
        const QString product = m_data.items.at(stockItem - 1).value(QStringLiteral("number")).toString();
        const double quantity = in.value(QStringLiteral("Quantity")).toDouble(1);
        const double unitPrice = in.contains(QStringLiteral("UnitPrice"))
                                     ? in.value(QStringLiteral("UnitPrice")).toDouble()
                                     : m_data.priceFor(code, product);
        QJsonObject line{{QStringLiteral("itemNumber"), product},
                         {QStringLiteral("quantity"), quantity},
                         {QStringLiteral("unitPrice"), unitPrice}};
        if (in.contains(QStringLiteral("Description")))
            line.insert(QStringLiteral("description"), in.value(QStringLiteral("Description")));
        lines.append(line);
    }
    if (lines.isEmpty())
        return refused(QStringLiteral("An order needs at least one item."));
    m_data.count(System, QStringLiteral("orderCreates"));
    const QJsonObject order{{QStringLiteral("system"), System},
                            {QStringLiteral("id"), static_cast<int>(m_data.salesOrders.size()) + 1},
                            {QStringLiteral("number"), m_data.nextOrderNumber(QStringLiteral("J"))},
                            {QStringLiteral("uniqueSubmitOrderId"), uniqueId},
                            {QStringLiteral("customerNumber"), code},
                            {QStringLiteral("lines"), lines}};
    m_data.salesOrders.append(order);
    return stored(order, false);
}

} // namespace sandbox
