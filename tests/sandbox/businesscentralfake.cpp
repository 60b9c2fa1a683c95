#include "businesscentralfake.h"

#include "businesscentralfilter.h"
#include "erpdata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace sandbox {

const QString BusinessCentralFake::System = QStringLiteral("businesscentral");

Response BusinessCentralFake::odataError(int status, const QString& code, const QString& message) {
    return Response::json(
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
        status);
}

namespace {
QJsonObject withEtag(QJsonObject entity) {
    entity.remove(QStringLiteral("system"));
    entity.remove(QStringLiteral("lines"));
    entity.remove(QStringLiteral("contacts"));
    const QByteArray digest = QCryptographicHash::hash(QJsonDocument(entity).toJson(QJsonDocument::Compact),
                                                       QCryptographicHash::Sha1)
                                  .toHex()
                                  .left(16);
    entity.insert(QStringLiteral("@odata.etag"),
                  QStringLiteral("W/\"JzE7%1Jyc=\"").arg(QLatin1String(digest)));
    return entity;
}

QString unquoteKey(QString key) {
    if (key.startsWith(QLatin1Char('\'')) && key.endsWith(QLatin1Char('\'')) && key.size() >= 2)
        key = key.mid(1, key.size() - 2);
    return key;
}

const QStringList CustomerProperties{QStringLiteral("number"),
                                     QStringLiteral("displayName"),
                                     QStringLiteral("type"),
                                     QStringLiteral("addressLine1"),
                                     QStringLiteral("addressLine2"),
                                     QStringLiteral("city"),
                                     QStringLiteral("state"),
                                     QStringLiteral("country"),
                                     QStringLiteral("postalCode"),
                                     QStringLiteral("phoneNumber"),
                                     QStringLiteral("email"),
                                     QStringLiteral("website"),
                                     QStringLiteral("salespersonCode"),
                                     QStringLiteral("creditLimit"),
                                     QStringLiteral("taxLiable"),
                                     QStringLiteral("taxAreaId"),
                                     QStringLiteral("taxRegistrationNumber"),
                                     QStringLiteral("currencyId"),
                                     QStringLiteral("currencyCode"),
                                     QStringLiteral("paymentTermsId"),
                                     QStringLiteral("shipmentMethodId"),
                                     QStringLiteral("paymentMethodId"),
                                     QStringLiteral("blocked")};

// What an item of API v2.0 has, and so what a $filter on items may name.
const QStringList ItemProperties{QStringLiteral("id"),
                                 QStringLiteral("number"),
                                 QStringLiteral("displayName"),
                                 QStringLiteral("displayName2"),
                                 QStringLiteral("type"),
                                 QStringLiteral("itemCategoryId"),
                                 QStringLiteral("itemCategoryCode"),
                                 QStringLiteral("blocked"),
                                 QStringLiteral("gtin"),
                                 QStringLiteral("inventory"),
                                 QStringLiteral("unitPrice"),
                                 QStringLiteral("priceIncludesTax"),
                                 QStringLiteral("unitCost"),
                                 QStringLiteral("taxGroupId"),
                                 QStringLiteral("taxGroupCode"),
                                 QStringLiteral("baseUnitOfMeasureId"),
                                 QStringLiteral("baseUnitOfMeasureCode"),
                                 QStringLiteral("generalProductPostingGroupId"),
                                 QStringLiteral("generalProductPostingGroupCode"),
                                 QStringLiteral("inventoryPostingGroupId"),
                                 QStringLiteral("inventoryPostingGroupCode"),
                                 QStringLiteral("lastModifiedDateTime")};

// A $top or $skip: absent (-1), a whole number of 0 or more, or nullopt (refused, as OData does).
std::optional<int> countOption(const Request& request, const QString& name) {
    if (!request.query.hasQueryItem(name))
        return -1;
    bool ok = false;
    const int value = request.query.queryItemValue(name).toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

Response unknownProperty(const QString& property, const QString& type) {
    return BusinessCentralFake::odataError(
        400, QStringLiteral("BadRequest"),
        QStringLiteral("The property '%1' does not exist on type 'Microsoft.NAV.%2'. Make sure "
                       "to only use property names that are defined by the type.")
            .arg(property, type));
}

} // namespace

bool BusinessCentralFake::isCustomerProperty(const QString& name) {
    return CustomerProperties.contains(name);
}

bool BusinessCentralFake::isBlockedValue(const QString& value) {
    return QStringList{QString(), QStringLiteral(" "), QStringLiteral("Ship"), QStringLiteral("Invoice"),
                       QStringLiteral("All")}
        .contains(value);
}

void BusinessCentralFake::addRoutes(Router& router) {
    router.add("POST", QStringLiteral("^/([^/]+)/oauth2/v2\\.0/token$"),
               [this](const Request& request, const QStringList&) { return token(request); });
    m_router = &router;
    router.add(
        "POST", QStringLiteral("^/v2\\.0/([^/]+)/([^/]+)/api/v2\\.0/\\$batch$"),
        [this](const Request& request, const QStringList& captures) { return batch(request, captures); });
    const QString api =
        QStringLiteral("^/v2\\.0/([^/]+)/([^/]+)/api/v2\\.0/(companies(?:\\(([^)]*)\\))?(?:/(.*))?)$");
    for (const QByteArray& method :
         {QByteArray("GET"), QByteArray("POST"), QByteArray("PATCH"), QByteArray("DELETE")}) {
        router.add(method, api, [this](const Request& request, const QStringList& captures) {
            return this->api(request, captures);
        });
    }
}

Response BusinessCentralFake::token(const Request& request) {
    m_data.count(System, QStringLiteral("tokenRequests"));
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto field = [&form](const char* name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    auto aadError = [](int status, const QString& error, const QString& description) {
        return Response::json(
            QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
            status);
    };
    if (field("grant_type") != QLatin1String("client_credentials"))
        return aadError(400, QStringLiteral("unsupported_grant_type"),
                        QStringLiteral("AADSTS70003: The app requested an unsupported grant type."));
    if (field("client_id") != m_data.clientId)
        return aadError(400, QStringLiteral("unauthorized_client"),
                        QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                                       "directory.")
                            .arg(field("client_id")));
    if (field("client_secret") != m_data.clientSecret)
        return aadError(
            401, QStringLiteral("invalid_client"),
            QStringLiteral("AADSTS7000215: Invalid client secret provided. Ensure the secret being "
                           "sent in the request is the client secret value, not the client secret ID."));
    if (!field("scope").endsWith(QLatin1String("/.default")))
        return aadError(400, QStringLiteral("invalid_scope"),
                        QStringLiteral("AADSTS1002012: The provided value for scope is not valid. Client "
                                       "credential flows must have a scope value with /.default suffixed."));
    m_data.count(System, QStringLiteral("tokens"));
    return Response::json(QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                      {QStringLiteral("expires_in"), m_data.tokenExpiresIn},
                                      {QStringLiteral("ext_expires_in"), m_data.tokenExpiresIn},
                                      {QStringLiteral("access_token"), m_data.issueToken(System)}});
}

Response BusinessCentralFake::api(const Request& request, const QStringList& captures) {
    m_data.count(System, QStringLiteral("requests"));
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || !m_data.tokenValid(System, QString::fromLatin1(auth.mid(7)))) {
        m_data.count(System, QStringLiteral("unauthorized"));
        Response response = odataError(
            401, QStringLiteral("Authentication_InvalidCredentials"),
            auth.isEmpty() ? QStringLiteral("The credentials provided are incorrect")
                           : QStringLiteral("The server has rejected the client credentials. The token is "
                                            "expired or not valid."));
        response.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\"")));
        return response;
    }
    const QString companyId = unquoteKey(captures.value(3));
    const QString rest = captures.value(4);
    if (captures.value(2) == QLatin1String("companies")) {
        if (request.method != "GET")
            return odataError(405, QStringLiteral("BadRequest_MethodNotAllowed"),
                              QStringLiteral("'%1' requests for 'companies' are not allowed.")
                                  .arg(QString::fromLatin1(request.method)));
        const QString id = m_data.companyId.isEmpty() ? ErpData::newId() : m_data.companyId;
        return Response::json(
            QJsonObject{{QStringLiteral("value"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                                {QStringLiteral("name"), QStringLiteral("CRONUS")}}}}});
    }
    if (!m_data.companyId.isEmpty() && companyId != m_data.companyId)
        return odataError(
            404, QStringLiteral("Internal_CompanyNotFound"),
            QStringLiteral("Cannot process the request because the default company cannot be found. "
                           "You can specify a default company in the service configuration file, or "
                           "specify one for each tenant."));

    static const QRegularExpression resource(
        QStringLiteral("^(customers|items|salesOrders|salesQuotes)(?:\\(([^)]*)\\))?(?:/"
                       "(salesOrderLines|salesQuoteLines))?$"));
    const auto m = resource.match(rest);
    if (!m.hasMatch())
        return odataError(404, QStringLiteral("BadRequest_NotFound"),
                          QStringLiteral("The request URI is not valid. Since the segment '%1' refers to a "
                                         "collection, this must be the last segment in the request URI or it "
                                         "must be followed by an function or action.")
                              .arg(rest.section(QLatin1Char('/'), 0, 0)));
    const QString kind = m.captured(1);
    const QString id = unquoteKey(m.captured(2));
    const bool linesOnly = !m.captured(3).isEmpty();
    if (kind == QLatin1String("customers"))
        return customers(request, id);
    if (kind == QLatin1String("items"))
        return items(request, id);
    return documents(request, kind == QLatin1String("salesQuotes"), id, linesOnly);
}

Response BusinessCentralFake::collection(const Request& request, const QList<QJsonObject>& entities,
                                         const QString& kind, const Shape& shape) {
    const BusinessCentralFilter filter(
        request.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded));
    if (!filter.isValid())
        return odataError(400, QStringLiteral("BadRequest"), filter.error());
    // A property the entity does not have is refused, as Business Central does.
    const QString type = kind == QLatin1String("customers") ? QStringLiteral("customer")
                         : kind == QLatin1String("items")   ? QStringLiteral("item")
                                                            : QString();
    const QStringList known =
        type == QLatin1String("customer")
            ? CustomerProperties + QStringList{QStringLiteral("id"), QStringLiteral("lastModifiedDateTime")}
        : type == QLatin1String("item") ? ItemProperties
                                        : QStringList();
    for (const QString& field : filter.fields())
        if (!known.isEmpty() && !known.contains(field))
            return odataError(400, QStringLiteral("BadRequest"),
                              QStringLiteral("Could not find a property named '%1' on type "
                                             "'Microsoft.NAV.%2'.")
                                  .arg(field, type));
    const std::optional<int> top = countOption(request, QStringLiteral("$top"));
    const std::optional<int> skipped = countOption(request, QStringLiteral("$skip"));
    for (const auto& [name, value] :
         {std::pair{QStringLiteral("$top"), top}, {QStringLiteral("$skip"), skipped}})
        if (!value)
            return odataError(400, QStringLiteral("BadRequest"),
                              QStringLiteral("Invalid value '%1' for %2 query option found. The %2 query "
                                             "option requires a non-negative integer value.")
                                  .arg(request.query.queryItemValue(name), name));
    int skip = qMax(0, *skipped);
    QJsonArray value;
    for (const QJsonObject& entity : entities) {
        if (!filter.matches(entity))
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        if (*top >= 0 && value.size() >= *top)
            break;
        value.append(shape ? shape(entity) : entity);
    }
    return Response::json(
        QJsonObject{{QStringLiteral("@odata.context"), QStringLiteral("$metadata#%1").arg(kind)},
                    {QStringLiteral("value"), value}});
}

Response BusinessCentralFake::customers(const Request& request, const QString& id) {
    if (request.method == "POST" && id.isEmpty())
        return createCustomer(request);
    if (request.method != "GET")
        return odataError(405, QStringLiteral("BadRequest_MethodNotAllowed"),
                          QStringLiteral("'%1' requests for 'customers' are not allowed.")
                              .arg(QString::fromLatin1(request.method)));
    m_data.count(System, QStringLiteral("customerLookups"));
    if (!id.isEmpty()) {
        const int index = m_data.customerIndexById(id);
        if (index < 0)
            return odataError(404, QStringLiteral("Internal_RecordNotFound"),
                              QStringLiteral("The Customer does not exist. Identification fields and values: "
                                             "Id='%1'")
                                  .arg(id));
        return Response::json(withEtag(m_data.customers[index]));
    }
    // Shaped after the filter: a look-up by e-mail among many customers stays cheap.
    return collection(request, m_data.customers, QStringLiteral("customers"), &withEtag);
}

Response BusinessCentralFake::createCustomer(const Request& request) {
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!CustomerProperties.contains(it.key()))
            return unknownProperty(it.key(), QStringLiteral("customer"));
    }
    const QString number = body.value(QStringLiteral("number")).toString();
    if (!number.isEmpty() && m_data.customerIndex(number) >= 0)
        return odataError(400, QStringLiteral("Internal_EntityWithSameKeyExists"),
                          QStringLiteral("The record in table Customer already exists. Identification fields "
                                         "and values: No.='%1'")
                              .arg(number));
    m_data.count(System, QStringLiteral("customerCreates"));
    const QJsonObject created = m_data.addCustomer(body);
    if (m_data.takeFailAfterCommit(System, QStringLiteral("customerCreates")))
        return odataError(500, QStringLiteral("Internal_ServerError"),
                          QStringLiteral("An unexpected error occurred after the record was saved."));
    return Response::json(withEtag(created), 201);
}

Response BusinessCentralFake::items(const Request& request, const QString& id) {
    if (request.method != "GET")
        return odataError(405, QStringLiteral("BadRequest_MethodNotAllowed"),
                          QStringLiteral("'%1' requests for 'items' are not allowed.")
                              .arg(QString::fromLatin1(request.method)));
    m_data.count(System, QStringLiteral("itemLookups"));
    const auto shape = [](const QJsonObject& item) {
        QJsonObject shaped = item;
        shaped.remove(QStringLiteral("productTypeId"));
        return withEtag(shaped);
    };
    for (const QJsonObject& item : std::as_const(m_data.items))
        if (!id.isEmpty() && item.value(QStringLiteral("id")).toString() == id)
            return Response::json(shape(item));
    if (!id.isEmpty())
        return odataError(
            404, QStringLiteral("Internal_RecordNotFound"),
            QStringLiteral("The Item does not exist. Identification fields and values: Id='%1'").arg(id));
    return collection(request, m_data.items, QStringLiteral("items"), shape);
}

} // namespace sandbox
