// BusinessCentralClient: sign-in, plumbing, customers and items. Orders and prices are in
// businesscentraldocuments.cpp.
#include "businesscentralclient.h"

#include "erpcustomerjson.h"
#include "erperror.h"
#include "erplog.h"
#include "net/httpclient.h"
#include "net/httprequest.h"
#include "net/httpresult.h"

#include <QJsonArray>

namespace linkdesk {

namespace {

// Renew a token this long before the expiry the token endpoint announced.
constexpr int kTokenMarginSeconds = 60;

// The ErpCustomer fields as Business Central's customer JSON names them.
constexpr ErpCustomerFields kBusinessCentralCustomer{"number",       "displayName", "email",
                                                     "currencyCode", "country",     "taxRegistrationNumber"};

QString blockedValue(const QJsonValue& value) {
    if (value.isBool())
        return value.toBool() ? QStringLiteral("All") : QString();
    const QString text = value.toString().trimmed();
    return text == QLatin1String("_x0020_") ? QString() : text;
}

} // namespace

BusinessCentralClient::BusinessCentralClient(BusinessCentralConfig config, net::HttpClient* http,
                                             QObject* parent)
    : HttpErpClient(QStringLiteral("Business Central"), config.timeoutMs, http, parent)
    , m_config(std::move(config)) {}

BusinessCentralClient::~BusinessCentralClient() = default;

QString BusinessCentralClient::odataString(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QUrl BusinessCentralClient::apiRootUrl() const {
    QString base = baseUrl(m_config.apiUrl);
    if (!base.endsWith(QLatin1String("/api/v2.0")))
        base += QStringLiteral("/v2.0/%1/%2/api/v2.0")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_config.tenant)),
                         QString::fromLatin1(QUrl::toPercentEncoding(m_config.environment)));
    return QUrl(base);
}

QUrl BusinessCentralClient::companyUrl() const {
    return QUrl(baseUrl(apiRootUrl()) +
                QStringLiteral("/companies(%1)")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_config.companyId))));
}

QUrl BusinessCentralClient::resourceUrl(const QString& path,
                                        const QList<QPair<QString, QString>>& query) const {
    QUrl url = companyUrl();
    url.setPath(url.path() + QLatin1Char('/') + path);
    setQuery(url, query, "$", "'()");
    return url;
}

// ---- sign-in and sending ---------------------------------------------------------------------

void BusinessCentralClient::fetchToken() {
    QUrl tokenUrl = m_config.tokenUrl;
    if (tokenUrl.isEmpty())
        tokenUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/token")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_config.tenant))));
    const auto field = [](const char* name, const QString& value) {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    const QByteArray form = field("grant_type", QStringLiteral("client_credentials")) + '&' +
                            field("client_id", m_config.clientId) + '&' +
                            field("client_secret", m_config.clientSecret) + '&' +
                            field("scope", m_config.scope);
    auto request = net::HttpRequest::post(tokenUrl, form, "application/x-www-form-urlencoded")
                       .setRetrySafe(true); // asking for a token twice does no harm
    if (m_config.timeoutMs > 0)
        request.setTimeout(m_config.timeoutMs);
    if (!m_http) {
        finishTokenFetch(fail(tr("Business Central: no HTTP client."), ErrorKind::Invalid));
        return;
    }
    m_http->send(request, this, [this](const net::HttpResult& r) {
        Result<QString> outcome = fail(QString());
        const QString token = r.json.object().value(QStringLiteral("access_token")).toString();
        if (r.ok() && !token.isEmpty()) {
            const int expiresIn = r.json.object().value(QStringLiteral("expires_in")).toVariant().toInt();
            const int lifetime = expiresIn > 2 * kTokenMarginSeconds ? expiresIn - kTokenMarginSeconds
                                                                     : qMax(1, expiresIn / 2);
            storeToken(token, QDateTime::currentDateTimeUtc().addSecs(expiresIn > 0 ? lifetime : 300));
            qCInfo(lcErp) << "Business Central: signed in as client" << m_config.clientId;
            outcome = token;
        } else if (r.ok()) {
            outcome = fail(tr("Business Central sign-in failed: the token endpoint answered without an "
                              "access token."),
                           ErrorKind::Configuration);
        } else if (r.failure == net::HttpResult::Failure::Http && r.status >= 400 && r.status < 500) {
            outcome = fail(
                tr("Business Central sign-in failed for client id '%1': %2 Check the client "
                   "id, the client secret and the tenant.")
                    .arg(m_config.clientId, r.serverMessage.isEmpty() ? r.errorMessage : r.serverMessage),
                ErrorKind::Configuration);
        } else {
            // Transient, never UnknownOutcome: whatever the token request did, the call itself was
            // never sent, so a create that fails here surely created nothing.
            outcome = fail(tr("Business Central sign-in failed: %1").arg(r.errorMessage),
                           r.failure == net::HttpResult::Failure::Cancelled ? ErrorKind::Cancelled
                                                                            : ErrorKind::Transient);
        }
        if (!outcome.ok()) {
            qCWarning(lcErp).noquote() << outcome.message();
            if (!r.ok())
                outcome = Error{outcome.message(), outcome.error().kind, r.detail()};
        }
        finishTokenFetch(outcome);
    });
}

void BusinessCentralClient::authorise(net::HttpRequest& request, const QString& token) const {
    request.setBearerToken(token);
}

BusinessCentralClient::Reply BusinessCentralClient::replyOf(const Result<void>& signIn,
                                                            const net::HttpResult& answer) {
    if (!signIn.ok()) {
        Reply reply;
        reply.http.failure = net::HttpResult::Failure::Invalid;
        reply.http.errorMessage = signIn.message();
        reply.error = signIn.error();
        return reply;
    }
    return Reply{answer, answer.ok() ? Error{} : answer.toError(QStringLiteral("Business Central"))};
}

void BusinessCentralClient::send(const net::HttpRequest& request, ResultHandler done) {
    if (m_config.batch && batchOpen()) {
        m_gathered.append({request, std::move(done)});
        return;
    }
    sendNow(request, std::move(done));
}

void BusinessCentralClient::sendNow(const net::HttpRequest& request, ResultHandler done) {
    sendSignedIn(request, [done = std::move(done)](const Result<void>& signIn, const net::HttpResult& r) {
        done(replyOf(signIn, r));
    });
}

void BusinessCentralClient::getCollection(const QUrl& url, const QString& what,
                                          Callback<QList<QJsonObject>> done) {
    send(net::HttpRequest::get(url), [what, done](const Reply& r) {
        if (!r.ok()) {
            done(withContext(r.error, what));
            return;
        }
        const QJsonValue value = r.json().object().value(QStringLiteral("value"));
        if (!value.isArray()) {
            done(fail(tr("Business Central: %1: the answer has no \"value\" list.").arg(what),
                      ErrorKind::Failed));
            return;
        }
        done(jsonObjects(value.toArray()));
    });
}

// ---- customers and items ---------------------------------------------------------------------

ErpCustomer BusinessCentralClient::customerFromJson(const QJsonObject& json) {
    ErpCustomer c = customerFields(json, kBusinessCentralCustomer);
    c.address = json.value(QStringLiteral("addressLine1")).toString();
    c.city = json.value(QStringLiteral("city")).toString();
    if (json.value(QStringLiteral("type")).toString() != QLatin1String("Person"))
        c.company = c.name;
    const QString blocked = blockedValue(json.value(QStringLiteral("blocked")));
    c.blocked = !blocked.isEmpty();
    if (c.blocked)
        c.blockedReason = tr("blocked in Business Central (%1)").arg(blocked);
    return c;
}

void BusinessCentralClient::findCustomers(const CustomerSearch& search, Callback<QList<ErpCustomer>> done) {
    const QString email = search.email.trimmed().toLower();
    if (email.isEmpty()) {
        later<QList<ErpCustomer>>(std::move(done),
                                  fail(tr("Business Central: no e-mail to search for."), ErrorKind::Invalid));
        return;
    }
    // A plain eq is case-sensitive in Business Central, and an address stored with stray spaces
    // never equals; contains(tolower()) finds both. Every candidate is compared again here
    // (CustomerSearch::matches: normalised email, match fields), so a longer address that merely
    // contains this one is dropped.
    const QUrl url = resourceUrl(
        QStringLiteral("customers"),
        {{QStringLiteral("$filter"), QStringLiteral("contains(tolower(email),%1)").arg(odataString(email))}});
    getCollection(url, tr("looking up customers by e-mail %1").arg(email),
                  [search, done](Result<QList<QJsonObject>> found) {
                      if (!found.ok()) {
                          done(found.error());
                          return;
                      }
                      done(matchingCustomers(found.value(), search, &customerFromJson));
                  });
}

void BusinessCentralClient::customer(const QString& number, Callback<std::optional<ErpCustomer>> done) {
    const QUrl url =
        resourceUrl(QStringLiteral("customers"),
                    {{QStringLiteral("$filter"), QStringLiteral("number eq %1").arg(odataString(number))}});
    getCollection(url, tr("looking up customer %1").arg(number),
                  [number, done](Result<QList<QJsonObject>> found) {
                      if (!found.ok()) {
                          done(found.error());
                          return;
                      }
                      for (const QJsonObject& json : found.value()) {
                          if (json.value(QStringLiteral("number")).toString() == number) {
                              done(std::optional<ErpCustomer>(customerFromJson(json)));
                              return;
                          }
                      }
                      done(std::optional<ErpCustomer>());
                  });
}

void BusinessCentralClient::itemExists(const QString& number, Callback<bool> done) {
    const QUrl url =
        resourceUrl(QStringLiteral("items"),
                    {{QStringLiteral("$filter"), QStringLiteral("number eq %1").arg(odataString(number))}});
    getCollection(url, tr("looking up item %1").arg(number),
                  [number, done](Result<QList<QJsonObject>> found) {
                      if (!found.ok()) {
                          done(found.error());
                          return;
                      }
                      bool exists = false;
                      for (const QJsonObject& json : found.value())
                          exists = exists || json.value(QStringLiteral("number")).toString() == number;
                      done(exists);
                  });
}

void BusinessCentralClient::createCustomer(const ErpCustomer& customer, const QJsonObject& templateFields,
                                           Callback<ErpCustomer> done) {
    QJsonObject body = customerCreateBody(customer, templateFields, kBusinessCentralCustomer);
    // What a template does not say, the order does: a person or a company, and the phone.
    if (!body.contains(QLatin1String("type")))
        body.insert(QLatin1String("type"),
                    customer.isCompany ? QStringLiteral("Company") : QStringLiteral("Person"));
    if (!customer.phone.trimmed().isEmpty() && !body.contains(QLatin1String("phoneNumber")))
        body.insert(QLatin1String("phoneNumber"), customer.phone.trimmed());
    const QString who = body.value(QLatin1String(kBusinessCentralCustomer.name)).toString();
    if (who.trimmed().isEmpty()) {
        later<ErpCustomer>(std::move(done),
                           fail(tr("Business Central: a new customer needs a name."), ErrorKind::Invalid));
        return;
    }
    // Never repeated on its own: a create whose answer was lost may have created the customer.
    auto request = net::HttpRequest::postJson(resourceUrl(QStringLiteral("customers")), body);
    send(request, [who, done](const Reply& r) {
        if (!r.ok()) {
            Error e = r.error;
            if (r.http.outcomeUnknown)
                e.message = tr("Business Central: creating customer %1 may have succeeded although it "
                               "failed (%2); look the customer up before creating it again.")
                                .arg(who, e.message);
            else
                e = withContext(e, tr("creating customer %1").arg(who));
            done(e);
            return;
        }
        const ErpCustomer created = customerFromJson(r.json().object());
        if (!created.isValid()) {
            done(fail(
                tr("Business Central: creating customer %1: the answer names no customer number.").arg(who),
                ErrorKind::Failed));
            return;
        }
        qCInfo(lcErp).noquote()
            << QStringLiteral("Business Central: created customer %1").arg(created.number);
        done(created);
    });
}

} // namespace linkdesk
