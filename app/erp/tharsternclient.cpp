// TharsternClient: sign-in, the response envelope, paged lists, customers by code and products.
// The e-mail search is in tharsterndirectory.cpp, customer creation in tharsterncustomers.cpp,
// orders and prices in tharsternorders.cpp.
#include "tharsternclient.h"

#include "erpcustomerjson.h"
#include "erperror.h"
#include "erplog.h"
#include "net/httpclient.h"
#include "net/httprequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace linkdesk {

namespace {

// The ErpCustomer fields as Tharstern's customer JSON names them.
constexpr ErpCustomerFields kTharsternCustomer{"Code",         "Name",    "Email",
                                               "CurrencyCode", "Country", "VatNumber"};

// The count of a list answer: TotalItemCount (public), TotalCount as some versions spell it.
int totalOf(const QJsonObject& details) {
    for (const char* key : {"TotalItemCount", "TotalCount"}) {
        const QJsonValue v = details.value(QLatin1String(key));
        if (v.isDouble())
            return v.toInt();
    }
    return -1;
}

// What tells two list items apart when a server ignores the page parameter.
QString itemKey(const QJsonObject& item) {
    for (const char* key : {"ID", "Id", "Code", "CustomerCode"}) {
        const QJsonValue v = item.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            return QString::fromLatin1(key) + QLatin1Char('=') + v.toVariant().toString();
    }
    return QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact));
}

// The nil GUID 00000000-0000-0000-0000-000000000000: what GenerateAPIToken answers a refused user.
bool isNilToken(const QString& token) {
    int zeros = 0;
    for (const QChar c : token) {
        if (c == QLatin1Char('0'))
            ++zeros;
        else if (c != QLatin1Char('-') && c != QLatin1Char('{') && c != QLatin1Char('}'))
            return false;
    }
    return zeros > 0;
}

} // namespace

TharsternClient::TharsternClient(TharsternConfig config, net::HttpClient* http, QObject* parent)
    : HttpErpClient(QStringLiteral("Tharstern"), config.timeoutMs, http, parent)
    , m_config(std::move(config)) {
    m_clock.start();
}

TharsternClient::~TharsternClient() = default;

QUrl TharsternClient::endpoint(const QString& path, const QList<QPair<QString, QString>>& query) const {
    QString base = baseUrl(m_config.apiUrl);
    if (!base.endsWith(QLatin1String("/api")))
        base += QStringLiteral("/api");
    // A configured path may carry a query of its own ("customers/search?active=true").
    QString route = path.trimmed();
    while (route.startsWith(QLatin1Char('/')))
        route.remove(0, 1);
    QList<QPair<QString, QString>> items;
    const qsizetype mark = route.indexOf(QLatin1Char('?'));
    if (mark >= 0) {
        items = QUrlQuery(route.mid(mark + 1)).queryItems(QUrl::FullyDecoded);
        route.truncate(mark);
    }
    QUrl url(base + QLatin1Char('/') + route);
    setQuery(url, items + query);
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

QString TharsternClient::answerProblems(const QJsonObject& root) {
    QStringList out;
    const auto add = [&out](const QString& text) {
        if (!text.isEmpty() && !out.contains(text))
            out << text;
    };
    add(problemsText(root.value(QStringLiteral("Problems"))));
    const QJsonObject result =
        root.value(QStringLiteral("Details")).toObject().value(QStringLiteral("Result")).toObject();
    add(problemsText(result.value(QStringLiteral("Problems"))));
    // ASP.NET's answer to a request it could not bind: {"Message", "ModelState": {field: [texts]}}.
    const QJsonObject modelState = root.value(QStringLiteral("ModelState")).toObject();
    for (auto it = modelState.begin(); it != modelState.end(); ++it)
        add(QStringLiteral("%1: %2").arg(it.key(), problemsText(it.value())));
    if (out.isEmpty() && !root.contains(QStringLiteral("Status")))
        add(root.value(QStringLiteral("Message")).toString());
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
        // A refused sign-in may still say Success, with the nil GUID as its token.
        const bool nil = isNilToken(token);
        if (r.ok() && success && !token.isEmpty() && !nil) {
            const int expiresIn = details.value(QStringLiteral("ExpiresInSeconds")).toInt();
            storeToken(token, expiresIn > 120 ? QDateTime::currentDateTimeUtc().addSecs(expiresIn - 60)
                                              : QDateTime());
            qCInfo(lcErp).noquote() << QStringLiteral("Tharstern: signed in as %1").arg(m_config.user);
            finish(token);
            return;
        }
        QString why = answerProblems(root);
        if (why.isEmpty())
            why = !r.ok() ? r.plainMessage(QStringLiteral("Tharstern"))
                  : nil   ? tr("the server answered an empty token (wrong user, password or application id)")
                          : tr("the answer carries no token");
        // The call itself was never sent: an outage is Transient, never UnknownOutcome.
        const ErrorKind kind =
            !r.ok() && (r.status == 0 || r.status >= 500) ? ErrorKind::Transient : ErrorKind::Configuration;
        finish(Error{tr("Tharstern sign-in failed for %1: %2 Check the user e-mail and password.")
                         .arg(m_config.user, why.endsWith(QLatin1Char('.')) ? why : why + QLatin1Char('.')),
                     kind, r.ok() ? QString() : r.detail()});
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
            const QString problems = answerProblems(root);
            if (!r.ok()) {
                Error e = r.toError(QStringLiteral("Tharstern"));
                // Tharstern's Problems say why, where the plain sentence does not already.
                if (!problems.isEmpty() && !e.message.contains(problems)) {
                    if (e.message.endsWith(QLatin1Char('.')))
                        e.message.chop(1);
                    e.message += QStringLiteral(": ") + problems;
                }
                done(withContext(e, what), r);
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

void TharsternClient::listAllItems(const QString& path, const QString& what,
                                   Callback<QList<QJsonObject>> done) {
    listPage(path, what, 1, {}, std::move(done));
}

void TharsternClient::listPage(const QString& path, const QString& what, int page, QList<QJsonObject> sofar,
                               Callback<QList<QJsonObject>> done) {
    const QUrl url = endpoint(path, {{m_config.pageParameter, QString::number(page)},
                                     {m_config.pageSizeParameter, QString::number(m_config.pageSize)}});
    call(net::HttpRequest::get(url), what,
         [this, path, what, page, sofar = std::move(sofar), done](Result<QJsonValue> details,
                                                                  const net::HttpResult&) mutable {
             if (!details.ok()) {
                 done(details.error());
                 return;
             }
             const QJsonObject d = details.value().toObject();
             const QList<QJsonObject> items = jsonObjects(d.value(QStringLiteral("Items")).toArray());
             const int total = totalOf(d);
             if (page > 1 && !items.isEmpty() && !sofar.isEmpty() &&
                 itemKey(items.first()) == itemKey(sofar.first())) {
                 done(fail(tr("Tharstern: %1: page %2 is the first page again, so the server does not page "
                              "with %3= and %4=; it answered %5 of %6 items.")
                               .arg(what)
                               .arg(page)
                               .arg(m_config.pageParameter, m_config.pageSizeParameter)
                               .arg(sofar.size())
                               .arg(total),
                           ErrorKind::Configuration));
                 return;
             }
             sofar += items;
             const bool more =
                 total >= 0 ? sofar.size() < total && !items.isEmpty() : items.size() >= m_config.pageSize;
             if (!more) {
                 qCInfo(lcErp).noquote() << QStringLiteral("Tharstern: %1: %2 items in %3 pages")
                                                .arg(what)
                                                .arg(sofar.size())
                                                .arg(page);
                 done(sofar);
                 return;
             }
             if (page >= m_config.maxPages) {
                 done(fail(tr("Tharstern: %1: still more after %2 pages of %3.")
                               .arg(what)
                               .arg(page)
                               .arg(m_config.pageSize),
                           ErrorKind::Configuration));
                 return;
             }
             listPage(path, what, page + 1, std::move(sofar), std::move(done));
         });
}

// ---- customers and products ------------------------------------------------------------------

ErpCustomer TharsternClient::customerFromJson(const QJsonObject& json) {
    ErpCustomer c = customerFields(json, kTharsternCustomer);
    c.company = c.name;
    c.blocked = json.value(QStringLiteral("OnStop")).toBool();
    if (c.blocked)
        c.blockedReason = tr("on stop in Tharstern");
    return c;
}

QJsonObject TharsternClient::customerBody(const ErpCustomer& customer, const QJsonObject& templateFields) {
    return customerCreateBody(customer, templateFields, kTharsternCustomer);
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

void TharsternClient::product(const QString& code, Callback<std::optional<Product>> done) {
    forgetIfCleared();
    const auto known = m_products.constFind(code);
    if (known != m_products.cend()) {
        later<std::optional<Product>>(std::move(done), std::optional<Product>(*known));
        return;
    }
    const QUrl url = endpoint(QStringLiteral("products"), {{QStringLiteral("productCode"), code}});
    listItems(url, tr("looking up product %1").arg(code), [this, code, done](Result<QList<QJsonObject>> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        for (const QJsonObject& json : r.value()) {
            if (json.value(QStringLiteral("Code")).toString() != code)
                continue;
            Product p;
            p.id = json.value(QStringLiteral("ID")).toInt(json.value(QStringLiteral("Id")).toInt());
            p.productType = json.value(QStringLiteral("ProductTypes_ID"))
                                .toInt(json.value(QStringLiteral("ProductTypeId")).toInt());
            m_products.insert(code, p);
            done(std::optional<Product>(p));
            return;
        }
        done(std::optional<Product>());
    });
}

void TharsternClient::itemExists(const QString& productCode, Callback<bool> done) {
    product(productCode, [done](Result<std::optional<Product>> r) {
        if (!r.ok())
            done(r.error());
        else
            done(r.value().has_value());
    });
}

} // namespace linkdesk
