#pragma once

#include "httperpclient.h"
#include "net/httprequest.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <functional>

namespace linkdesk {

// Where and as whom the client talks to Business Central (API v2.0).
struct BusinessCentralConfig {
    // Either the service root ("https://api.businesscentral.dynamics.com"), to which
    // "/v2.0/{tenant}/{environment}/api/v2.0" is added, or a URL already ending in "/api/v2.0".
    QUrl apiUrl;
    // OAuth2 token endpoint; empty: https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token
    QUrl tokenUrl;
    QString tenant;
    QString environment;
    QString companyId;
    QString clientId;
    QString clientSecret; // never logged, never part of a message
    QString scope = QStringLiteral("https://api.businesscentral.dynamics.com/.default");
    int timeoutMs = 0; // per attempt; 0: the HttpClient's default
    // Calls started while an ErpClient::Batch is open go as $batch requests of at most batchSize
    // (<= 100) operations; off: every call is a request of its own.
    bool batch = true;
    int batchSize = 100;
};

// ErpClient over the Business Central API v2.0:
// - an OAuth2 client-credentials token from tokenUrl, cached until shortly before it expires and
//   fetched again once when a call answers 401;
// - customers by email: $filter=tolower(email) eq '...' (a ' doubled), then compared again on
//   Linkdesk's side with CustomerSearch::matches (normalised email and match fields);
// - customers and items by number, customers created from template fields overlaid with the
//   customer's own (never repeated blindly: a lost answer is an UnknownOutcome error);
// - sales orders looked up by externalDocumentNumber before each create and again after a create
//   whose outcome is unknown; created with deep-inserted salesOrderLines;
// - prices through a sales quote with the lines, read back and deleted;
// - with batching on, the calls started while an ErpClient::Batch is open go together as JSON
//   $batch requests (businesscentralbatch.cpp), each operation answered on its own: the same
//   messages, the same look-up after a lost create, whether it travelled alone or in a batch.
class BusinessCentralClient final : public HttpErpClient {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessCentralClient)
public:
    BusinessCentralClient(BusinessCentralConfig config, net::HttpClient* http, QObject* parent = nullptr);
    ~BusinessCentralClient() override;

    QString systemName() const override { return QStringLiteral("businesscentral"); }

    void findCustomers(const CustomerSearch& search, Callback<QList<ErpCustomer>> done) override;
    void customer(const QString& number, Callback<std::optional<ErpCustomer>> done) override;
    void itemExists(const QString& number, Callback<bool> done) override;
    void createCustomer(const ErpCustomer& customer, const QJsonObject& templateFields,
                        Callback<ErpCustomer> done) override;
    void findSalesOrder(const QString& externalDocumentNumber,
                        Callback<std::optional<ErpSalesOrder>> done) override;
    void submitSalesOrder(const ErpSalesOrder& order, Callback<ErpSalesOrder> done) override;
    void prices(const QString& customerNumber, const QList<ErpOrderLine>& lines,
                Callback<QList<ErpPrice>> done) override;
    // Two filtered reads (businesscentralsearch.cpp): by number, then by name, since Business
    // Central refuses an "or" across two fields; each capped by $top and paged by $skip.
    void searchCustomers(const ErpSearch& search, Callback<ErpSearchPage<ErpCustomer>> done) override;
    void searchItems(const ErpSearch& search, Callback<ErpSearchPage<ErpItem>> done) override;
    // An order is found by its externalDocumentNumber before it is created again.
    bool resubmitIsSafe() const override { return true; }
    // Batched: a full batch on every connection the HTTP client keeps open.
    int submitWave() const override;

    // The API root ("…/api/v2.0"): $batch lives here, and a batch's operations are relative to it.
    QUrl apiRootUrl() const;
    // The company-scoped base URL every resource is under ("…/companies(id)").
    QUrl companyUrl() const;
    // An OData string literal: 'text' with every ' doubled.
    static QString odataString(const QString& text);
    // The URL of a company resource with these query items (values percent-encoded, '+' too).
    QUrl resourceUrl(const QString& path, const QList<QPair<QString, QString>>& query = {}) const;

    // The $filter of a search by number: startswith(number,'TEXT'), in upper case as Business
    // Central keeps its numbers (Code fields), quoted.
    static QString numberFilter(const QString& text);
    // The $filter of a search by name: contains(tolower(displayName),'text'). A plain contains is
    // case-sensitive in Business Central, as eq is; tolower() makes it find "Flyers" for "flyer".
    static QString nameFilter(const QString& text);

    static ErpCustomer customerFromJson(const QJsonObject& json);
    static ErpItem itemFromJson(const QJsonObject& json);
    static ErpSalesOrder salesOrderFromJson(const QJsonObject& json);

private:
    // An answer, or why there is none: the HTTP error, or the sign-in error before any request.
    struct Reply {
        net::HttpResult http;
        Error error; // when !ok(): "auth_failed..." for a failed sign-in, else HttpResult::toError()
        bool ok() const { return http.ok(); }
        const QJsonDocument& json() const { return http.json; }
    };
    using ResultHandler = std::function<void(const Reply&)>;
    struct Gathered {
        net::HttpRequest request;
        ResultHandler done;
    };

    // Sends with a bearer token; on 401 fetches a new token once and sends again. With batching on
    // and a Batch open, the request waits for the batch to close (batchClosed()).
    void send(const net::HttpRequest& request, ResultHandler done);
    void sendNow(const net::HttpRequest& request, ResultHandler done);
    static Reply replyOf(const Result<void>& signIn, const net::HttpResult& answer);
    void batchClosed() override;
    // One $batch of these operations; each answer goes to its own handler (businesscentralbatch.cpp).
    void sendBatch(const QList<Gathered>& operations);
    // An OAuth2 client-credentials token from tokenUrl.
    void fetchToken() override;
    void authorise(net::HttpRequest& request, const QString& token) const override;
    // GET a collection; answers its "value" array.
    void getCollection(const QUrl& url, const QString& what, Callback<QList<QJsonObject>> done);
    void createSalesOrder(const ErpSalesOrder& order, bool secondTry, Callback<ErpSalesOrder> done);
    // The plain sentence for a sales order Business Central refused ("does not know item X",
    // "refused the sales order: <its own message>"), or the error in context for other failures.
    static Error salesOrderRefusal(const Reply& r, const ErpSalesOrder& order);
    // One page of customers or items: those by number, then by name (businesscentralsearch.cpp).
    struct SearchCursor;
    template <typename T>
    void searchCollection(const QString& collection, const ErpSearch& search,
                          T (*fromJson)(const QJsonObject&), const QString& what,
                          Callback<ErpSearchPage<T>> done);
    // Deletes a price quote, then calls then (whether or not the delete worked: it is only logged).
    void deleteQuote(const QString& id, std::function<void()> then);

    BusinessCentralConfig m_config;
    QList<Gathered> m_gathered; // started while a Batch is open
};

} // namespace linkdesk
