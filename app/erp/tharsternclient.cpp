// TharsternClient: sign-in, the response envelope, customers and products. Orders and prices are
// in tharsternorders.cpp.
#include "tharsternclient.h"

#include "erpcustomerjson.h"
#include "erplog.h"
#include "net/httpclient.h"
#include "net/httprequest.h"

#include <QJsonArray>

namespace linkdesk {

namespace {

// The ErpCustomer fields as Tharstern's customer JSON names them.
constexpr ErpCustomerFields kCustomerFields{"Code", "Name", "Email", "CurrencyCode", "Country", "VatNumber"};

} // namespace

TharsternClient::TharsternClient(TharsternConfig config, net::HttpClient* http, QObject* parent)
    : HttpErpClient(QStringLiteral("Tharstern"), config.timeoutMs, http, parent)
    , m_config(std::move(config)) {}

TharsternClient::~TharsternClient() = default;

QUrl TharsternClient::endpoint(const QString& path, const QList<QPair<QString, QString>>& query) const {
    QString base = baseUrl(m_config.apiUrl);
    if (!base.endsWith(QLatin1String("/api")))
        base += QStringLiteral("/api");
    QUrl url(base + QLatin1Char('/') + path);
    setQuery(url, query);
    return url;
}

QString TharsternClient::problemsText(const QJsonValue& problems) {
    QStringList out;
    const QJsonArray list = problems.isArray() ? problems.toArray() : QJsonArray{problems};
    for (const QJsonValue& value : list) {
        if (value.isString()) {
            out << value.toString();
            continue;
        }
        const QJsonObject o = value.toObject();
        QString message;
        for (const char* key : {"Message", "Description", "Detail", "Text"}) {
            message = o.value(QLatin1String(key)).toString();
            if (!message.isEmpty())
                break;
        }
        const QString code = o.value(QStringLiteral("Code")).toVariant().toString();
        if (message.isEmpty())
            message = code;
        else if (!code.isEmpty())
            message += QStringLiteral(" (%1)").arg(code);
        if (!message.isEmpty())
            out << message;
    }
    return out.join(QStringLiteral("; "));
}

// ---- sign-in and the envelope ----------------------------------------------------------------

void TharsternClient::fetchToken() {
    // The password travels in the query (that is the API); the request log redacts it.
    auto request =
        net::HttpRequest::get(endpoint(QStringLiteral("Authentication/GenerateAPIToken"),
                                       {{QStringLiteral("email"), m_config.user},
                                        {QStringLiteral("password"), m_config.password},
                                        {QStringLiteral("applicationId"), m_config.applicationId}}));
    request.setHeader("Accept", "application/json");
    if (m_config.timeoutMs > 0)
        request.setTimeout(m_config.timeoutMs);
    const auto finish = [this](const Result<QString>& outcome) {
        if (!outcome.ok())
            qCWarning(lcErp).noquote() << outcome.message();
        finishTokenFetch(outcome);
    };
    if (!m_http) {
        finish(fail(tr("Tharstern: no HTTP client."), ErrorKind::Invalid));
        return;
    }
    m_http->send(request, this, [this, finish](const net::HttpResult& r) {
        const QJsonObject root = r.json.object();
        const QJsonObject details = root.value(QStringLiteral("Details")).toObject();
        const QString token = details.value(QStringLiteral("Token")).toString();
        const bool success =
            root.value(QStringLiteral("Status")).toObject().value(QStringLiteral("Success")).toBool();
        if (r.ok() && success && !token.isEmpty()) {
            const int expiresIn = details.value(QStringLiteral("ExpiresInSeconds")).toInt();
            storeToken(token, expiresIn > 120 ? QDateTime::currentDateTimeUtc().addSecs(expiresIn - 60)
                                              : QDateTime());
            qCInfo(lcErp).noquote() << QStringLiteral("Tharstern: signed in as %1").arg(m_config.user);
            finish(token);
            return;
        }
        QString why = problemsText(root.value(QStringLiteral("Problems")));
        if (why.isEmpty())
            why = r.ok() ? tr("the answer carries no token") : r.errorMessage;
        // The call itself was never sent: an outage is Transient, never UnknownOutcome.
        const ErrorKind kind =
            !r.ok() && (r.status == 0 || r.status >= 500) ? ErrorKind::Transient : ErrorKind::Configuration;
        finish(fail(tr("Tharstern sign-in failed for %1: %2 Check the user e-mail and password.")
                        .arg(m_config.user, why.endsWith(QLatin1Char('.')) ? why : why + QLatin1Char('.')),
                    kind));
    });
}

void TharsternClient::authorise(net::HttpRequest& request, const QString& token) const {
    request.setBasicAuth(token, QString()); // the token is the user
}

void TharsternClient::call(const net::HttpRequest& request, const QString& what, DetailsHandler done) {
    sendSignedIn(
        request, [what, done = std::move(done)](const Result<void>& signIn, const net::HttpResult& r) {
            if (!signIn.ok()) {
                done(signIn.error(), net::HttpResult{});
                return;
            }
            const QJsonObject root = r.json.object();
            const QString problems = problemsText(root.value(QStringLiteral("Problems")));
            if (!r.ok()) {
                Error e = r.toError();
                // The HTTP layer's message names the request; Tharstern's Problems say why.
                e.message = tr("Tharstern: %1 failed: %2").arg(what, e.message);
                if (!problems.isEmpty() && !e.message.contains(problems))
                    e.message += QStringLiteral(" (%1)").arg(problems);
                done(e, r);
                return;
            }
            const QJsonValue status = root.value(QStringLiteral("Status"));
            if (!status.isObject() || !status.toObject().value(QStringLiteral("Success")).toBool()) {
                const QString message = status.toObject().value(QStringLiteral("Message")).toString();
                QString why = problems.isEmpty() ? message : problems;
                if (why.isEmpty())
                    why = status.isObject() ? tr("the server reports no success")
                                            : tr("the answer is not a Tharstern response");
                done(fail(tr("Tharstern: %1 failed: %2").arg(what, why), ErrorKind::Refused), r);
                return;
            }
            done(root.value(QStringLiteral("Details")), r);
        });
}

void TharsternClient::listItems(const QUrl& url, const QString& what, Callback<QList<QJsonObject>> done) {
    call(net::HttpRequest::get(url), what, [done](Result<QJsonValue> details, const net::HttpResult&) {
        if (!details.ok()) {
            done(details.error());
            return;
        }
        done(jsonObjects(details.value().toObject().value(QStringLiteral("Items")).toArray()));
    });
}

// ---- customers and products ------------------------------------------------------------------

ErpCustomer TharsternClient::customerFromJson(const QJsonObject& json) {
    ErpCustomer c = customerFields(json, kCustomerFields);
    c.company = c.name;
    c.blocked = json.value(QStringLiteral("OnStop")).toBool();
    if (c.blocked)
        c.blockedReason = tr("on stop in Tharstern");
    return c;
}

void TharsternClient::findCustomers(const CustomerSearch& search, Callback<QList<ErpCustomer>> done) {
    const QString email = search.email.trimmed();
    if (email.isEmpty()) {
        later<QList<ErpCustomer>>(std::move(done),
                                  fail(tr("Tharstern: no email to search for."), ErrorKind::Invalid));
        return;
    }
    if (m_config.emailSearchByContacts) {
        findCustomersByContacts(search, std::move(done));
        return;
    }
    const QUrl url = endpoint(m_config.customerSearchPath, {{m_config.customerEmailParameter, email}});
    listItems(url, tr("looking up customers by email %1").arg(email),
              [search, done](Result<QList<QJsonObject>> r) {
                  if (!r.ok()) {
                      done(r.error());
                      return;
                  }
                  done(matchingCustomers(r.value(), search, &customerFromJson));
              });
}

void TharsternClient::customer(const QString& code, Callback<std::optional<ErpCustomer>> done) {
    const QUrl url = endpoint(QStringLiteral("customers"), {{QStringLiteral("customerCode"), code}});
    listItems(url, tr("looking up customer %1").arg(code), [code, done](Result<QList<QJsonObject>> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        for (const QJsonObject& json : r.value()) {
            if (json.value(QStringLiteral("Code")).toString().compare(code, Qt::CaseInsensitive) == 0) {
                done(std::optional<ErpCustomer>(customerFromJson(json)));
                return;
            }
        }
        done(std::optional<ErpCustomer>());
    });
}

void TharsternClient::itemExists(const QString& productCode, Callback<bool> done) {
    const QUrl url = endpoint(QStringLiteral("products"), {{QStringLiteral("productCode"), productCode}});
    listItems(url, tr("looking up product %1").arg(productCode),
              [this, productCode, done](Result<QList<QJsonObject>> r) {
                  if (!r.ok()) {
                      done(r.error());
                      return;
                  }
                  for (const QJsonObject& json : r.value()) {
                      if (json.value(QStringLiteral("Code")).toString() == productCode) {
                          const int type = json.value(QStringLiteral("ProductTypeId")).toInt();
                          if (type > 0)
                              m_productTypes.insert(productCode, type);
                          done(true);
                          return;
                      }
                  }
                  done(false);
              });
}

void TharsternClient::createCustomer(const ErpCustomer& customer, const QJsonObject& templateFields,
                                     Callback<ErpCustomer> done) {
    const QJsonObject body = customerCreateBody(customer, templateFields, kCustomerFields);
    const QString who = body.value(QLatin1String(kCustomerFields.name)).toString();
    if (who.trimmed().isEmpty()) {
        later<ErpCustomer>(std::move(done),
                           fail(tr("Tharstern: a new customer needs a name."), ErrorKind::Invalid));
        return;
    }
    // Never repeated on its own: a create whose answer was lost may have created the customer.
    call(net::HttpRequest::postJson(endpoint(m_config.customerCreatePath), body),
         tr("creating customer %1").arg(who),
         [this, who, done](Result<QJsonValue> details, const net::HttpResult& r) {
             if (!details.ok()) {
                 Error e = details.error();
                 if (r.outcomeUnknown)
                     e.message +=
                         tr(" The customer may have been created: look it up before creating it again.");
                 done(e);
                 return;
             }
             const ErpCustomer created = customerFromJson(details.value().toObject());
             if (!created.isValid()) {
                 done(fail(tr("Tharstern: creating customer %1: the answer names no customer code.").arg(who),
                           ErrorKind::Failed));
                 return;
             }
             qCInfo(lcErp).noquote() << QStringLiteral("Tharstern: created customer %1").arg(created.number);
             // Write-through: a customer Linkdesk creates is found by email at once.
             if (m_contactsLoaded.isValid() && !created.email.isEmpty())
                 m_contacts.append(Contact{created.email, created.number});
             done(created);
         });
}

} // namespace linkdesk
