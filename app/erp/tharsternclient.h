#pragma once

#include "httperpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <functional>
#include <memory>

namespace linkdesk {

class LookupCache;

// Where and as whom the client talks to Tharstern, and the site-specific guesses (see
// docs/tharstern.md: which parts of the API are public and which are configured per site).
struct TharsternConfig {
    enum class Search {
        Endpoint, // GET customerSearchPath?customerSearchParameter=EMAIL, its answer checked
        Contacts, // a directory of every customer and contact, read page by page, matched here
    };

    // The server, e.g. "https://mis.example.com/TharsternAPI"; "/api/" is added unless the URL
    // already ends in "/api".
    QUrl apiUrl;
    QString user;     // login e-mail
    QString password; // never logged, never part of a message
    QString applicationId = QStringLiteral("api");
    // No public e-mail search or customer create is known: both are configurable.
    Search customerSearch = Search::Endpoint;
    QString customerSearchPath = QStringLiteral("customers");
    QString customerSearchParameter = QStringLiteral("email");
    QString customerCreatePath = QStringLiteral("customers");
    QString contactsPath = QStringLiteral("contacts");
    // No public search by name is known either: GET path?parameter=TEXT, paged like the directory,
    // every row checked to carry the text in its code or name (tharsternsearch.cpp). Customers are
    // searched in the directory instead where customerSearch is Contacts.
    QString customerNameSearchPath = QStringLiteral("customers");
    QString customerNameSearchParameter = QStringLiteral("name");
    QString productSearchPath = QStringLiteral("products");
    QString productSearchParameter = QStringLiteral("name");
    // Whether the site's Tharstern answers a repeated UniqueSubmitOrderID with the first order. Off:
    // a submit whose outcome is unknown is never sent again on its own (resubmitIsSafe()).
    bool submitDeduplicates = false;
    // Paging of the directory's lists (a guess: nothing public names the parameters). Pages are
    // read until the answer's TotalItemCount is reached.
    QString pageParameter = QStringLiteral("page");
    QString pageSizeParameter = QStringLiteral("pageSize");
    int pageSize = 500;
    int maxPages = 2000;
    // How long the directory is used without a LookupCache (tests); with one, its TTL applies.
    int directoryTtlSeconds = 600;
    int timeoutMs = 0; // per attempt; 0: the HttpClient's default
};

// ErpClient over the Tharstern REST API:
// - a token from Authentication/GenerateAPIToken (a nil GUID means refused), sent as the Basic-auth
//   user with an empty password, fetched again once when a call answers 401;
// - every answer's {Status: {Success}, Details, Problems} envelope unwrapped; Problems (also under
//   Details.Result, and ASP.NET's ModelState) become the error message;
// - customers by code; by e-mail through the site's search endpoint, whose answer is checked (a
//   server ignoring the parameter is a Configuration error, never "no customer"), or through a
//   directory of all customers and contacts (tharsterndirectory.cpp);
// - customer create, then its contact with the e-mail and its address (tharsterncustomers.cpp),
//   never repeated blindly: a lost answer is an UnknownOutcome error;
// - orders/submit with UniqueSubmitOrderID, sent once unless the site de-duplicates, and prices
//   through estimate requests (tharsternorders.cpp);
// - customers and products by code or name, for staff (tharsternsearch.cpp).
class TharsternClient final : public HttpErpClient {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TharsternClient)
public:
    TharsternClient(TharsternConfig config, net::HttpClient* http, QObject* parent = nullptr);
    ~TharsternClient() override;

    QString systemName() const override { return QStringLiteral("tharstern"); }

    void findCustomers(const CustomerSearch& search, Callback<QList<ErpCustomer>> done) override;
    void customer(const QString& code, Callback<std::optional<ErpCustomer>> done) override;
    void itemExists(const QString& productCode, Callback<bool> done) override;
    void createCustomer(const ErpCustomer& customer, const QJsonObject& templateFields,
                        Callback<ErpCustomer> done) override;
    // Tharstern has no known look-up of an order by UniqueSubmitOrderID: answers NotFound.
    void findSalesOrder(const QString& externalDocumentNumber,
                        Callback<std::optional<ErpSalesOrder>> done) override;
    void submitSalesOrder(const ErpSalesOrder& order, Callback<ErpSalesOrder> done) override;
    void prices(const QString& customerCode, const QList<ErpOrderLine>& lines,
                Callback<QList<ErpPrice>> done) override;
    // Only when the site's Tharstern is known to de-duplicate (submit_deduplicates=true).
    bool resubmitIsSafe() const override { return m_config.submitDeduplicates; }
    QString mayAlreadyHave(const QString& externalDocumentNumber) const override;
    // By code (customers?customerCode=, products?productCode=: public) on the first page, then by
    // name through the site's search (or, for customers with customer_search=contacts, the
    // directory).
    void searchCustomers(const ErpSearch& search, Callback<ErpSearchPage<ErpCustomer>> done) override;
    void searchItems(const ErpSearch& search, Callback<ErpSearchPage<ErpItem>> done) override;
    void checkEndpoints(Callback<QList<EndpointCheck>> done) override;

    // Keeps the customer and contact directory (customer_search=contacts) in the look-up cache: it
    // lives as long as the cache's TTL, outlives the process and is emptied by Clear cache, which
    // also empties what the client keeps in memory (the directory, products, estimate examples).
    void setLookupCache(LookupCache* cache);

    const TharsternConfig& config() const { return m_config; }
    QUrl endpoint(const QString& path, const QList<QPair<QString, QString>>& query = {}) const;
    static ErpCustomer customerFromJson(const QJsonObject& json);
    // A product as an item: Code, and Name (else Description).
    static ErpItem itemFromJson(const QJsonObject& json);
    // A customer create's body: the template's fields overlaid with the customer's own.
    static QJsonObject customerBody(const ErpCustomer& customer, const QJsonObject& templateFields);
    // "Message (Code); Message (Code)" from a Problems list.
    static QString problemsText(const QJsonValue& problems);
    // Every problem an answer carries: Problems, Details.Result.Problems, ModelState, Message.
    static QString answerProblems(const QJsonObject& root);

    // Directory loads from the server so far.
    int directoryLoads() const { return m_directoryLoads; }
    // Forgets the directory held in memory (Clear cache empties the look-up cache's copy).
    void clearDirectory();

private:
    // The Details of a successful answer, or why there is none.
    using DetailsHandler = std::function<void(Result<QJsonValue>, const net::HttpResult&)>;
    struct Product {
        int id = 0;          // StockItemID of an order line
        int productType = 0; // ProductTypes_ID: the estimate request's example
    };
    struct Directory;
    struct PriceJob;
    struct CreateJob;
    struct SubmitJob;

    // Sends with the token and unwraps the {Status, Details, Problems} envelope.
    void call(const net::HttpRequest& request, const QString& what, DetailsHandler done);
    void fetchToken() override;
    void authorise(net::HttpRequest& request, const QString& token) const override;
    // One page of Details.Items.
    void listItems(const QUrl& url, const QString& what, Callback<QList<QJsonObject>> done);
    // Every item of a paged list: page after page until TotalItemCount is reached.
    void listAllItems(const QString& path, const QString& what, Callback<QList<QJsonObject>> done);
    void listPage(const QString& path, const QString& what, int page, QList<QJsonObject> sofar,
                  Callback<QList<QJsonObject>> done);
    void product(const QString& code, Callback<std::optional<Product>> done);

    // E-mail search through the site's endpoint; its rows checked against the e-mail.
    void findCustomersByEndpoint(const CustomerSearch& search, Callback<QList<ErpCustomer>> done);
    // The customers behind these codes (found through contacts), with the e-mail that matched.
    void customersByCode(const CustomerSearch& search, const QList<QPair<QString, QString>>& codes,
                         Callback<QList<ErpCustomer>> done);
    // The directory: from memory, the look-up cache, or (fresh, or neither has it) the server.
    void withDirectory(bool fresh, std::function<void(Result<std::shared_ptr<const Directory>>)> done);
    // After a clear of the look-up cache: forgets the directory, products and examples held here.
    void forgetIfCleared();
    void loadDirectory();
    void noteCreated(const ErpCustomer& customer);
    void findCustomersByDirectory(const CustomerSearch& search, Callback<QList<ErpCustomer>> done);
    // Customers by code or name in the directory, paged here (tharsterndirectory.cpp).
    void searchCustomersInDirectory(const ErpSearch& search, Callback<ErpSearchPage<ErpCustomer>> done);
    // One page of the site's search by name: path?parameter=text (profile keys pathKey and
    // parameterKey), its rows checked; more: whether there is a page after it (tharsternsearch.cpp).
    struct NamePage {
        QList<QJsonObject> rows;
        bool more = false;
    };
    void searchByName(const QString& path, const QString& parameter, const QString& pathKey,
                      const QString& parameterKey, const ErpSearch& search, int page, const QString& what,
                      Callback<NamePage> done);

    void createContact(const std::shared_ptr<CreateJob>& job);
    void confirmContact(const std::shared_ptr<CreateJob>& job);
    void createAddress(const std::shared_ptr<CreateJob>& job);
    void finishCreate(const std::shared_ptr<CreateJob>& job);

    void submitNext(const std::shared_ptr<SubmitJob>& job);
    void sendSubmit(const std::shared_ptr<SubmitJob>& job);
    void priceNext(const std::shared_ptr<PriceJob>& job);
    void estimate(const std::shared_ptr<PriceJob>& job, const QJsonObject& example);

    TharsternConfig m_config;
    LookupCache* m_cache = nullptr;
    quint64 m_cacheEpoch = 0;           // the cache's epoch what is held here was read in
    QHash<QString, Product> m_products; // product code ->
    QHash<int, QJsonObject> m_examples; // ProductTypes_ID -> EstRequest/{id}/Example
    std::shared_ptr<const Directory> m_directory;
    qint64 m_directoryLoadedMs = -1; // on m_clock; -1: none held
    bool m_directoryFresh = false;   // read from the server since the last create began
    bool m_directoryPending = false;
    QList<std::function<void(Result<std::shared_ptr<const Directory>>)>> m_directoryWaiters;
    int m_directoryLoads = 0;
    QElapsedTimer m_clock;
};

} // namespace linkdesk
