#pragma once

#include "httperpclient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <functional>
#include <memory>

namespace linkdesk {

// Where and as whom the client talks to Tharstern.
struct TharsternConfig {
    // The server, e.g. "https://mis.example.com/tharstern"; "/api/" is added unless the URL
    // already ends in "/api".
    QUrl apiUrl;
    QString user;     // login e-mail
    QString password; // never logged, never part of a message
    QString applicationId = QStringLiteral("api");
    // No public email search or customer create is known: both endpoints are configurable.
    QString customerSearchPath = QStringLiteral("customers");
    QString customerEmailParameter = QStringLiteral("email");
    QString customerCreatePath = QStringLiteral("customers");
    // Where the server has no email search: customers are found through a local directory of all
    // contacts (GET contacts: CustomerCode, Email), loaded on first use, refreshed after this many
    // seconds and matched by email on Linkdesk's side.
    bool emailSearchByContacts = false;
    int contactDirectoryTtlSeconds = 600;
    int timeoutMs = 0; // per attempt; 0: the HttpClient's default
};

// ErpClient over the Tharstern REST API:
// - a token from Authentication/GenerateAPIToken, sent as the Basic-auth user with an empty
//   password, fetched again once when a call answers 401;
// - every answer's {Status: {Success}, Details, Problems} envelope unwrapped; Problems become the
//   error message;
// - customers by code and by email (compared again with CustomerSearch::matches), customer create
//   (never repeated blindly: a lost answer is an UnknownOutcome error);
// - prices through estimate requests (products → EstRequest/{type}/Example → estrequest);
// - orders/submit with UniqueSubmitOrderID, which makes a repeated submit answer the first order,
//   so a submit whose answer was lost is simply sent again.
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
    // Tharstern has no known look-up of an order by UniqueSubmitOrderID: answers an "unsupported"
    // error. submitSalesOrder does not need it (the submit itself is idempotent).
    void findSalesOrder(const QString& externalDocumentNumber,
                        Callback<std::optional<ErpSalesOrder>> done) override;
    void submitSalesOrder(const ErpSalesOrder& order, Callback<ErpSalesOrder> done) override;
    void prices(const QString& customerCode, const QList<ErpOrderLine>& lines,
                Callback<QList<ErpPrice>> done) override;

    QUrl endpoint(const QString& path, const QList<QPair<QString, QString>>& query = {}) const;
    static ErpCustomer customerFromJson(const QJsonObject& json);
    // "Message (Code); Message (Code)" from a Problems list.
    static QString problemsText(const QJsonValue& problems);

    // Loads of the contact directory (emailSearchByContacts) so far.
    int contactDirectoryLoads() const { return m_contactLoads; }
    // Forgets the contact directory: the next email search loads it again.
    void clearContactDirectory();

private:
    // The Details of a successful answer, or why there is none.
    using DetailsHandler = std::function<void(Result<QJsonValue>, const net::HttpResult&)>;
    struct PriceJob;
    struct Contact {
        QString email;
        QString customerCode;
    };

    // Sends with the token and unwraps the {Status, Details, Problems} envelope.
    void call(const net::HttpRequest& request, const QString& what, DetailsHandler done);
    // A token from Authentication/GenerateAPIToken.
    void fetchToken() override;
    void authorise(net::HttpRequest& request, const QString& token) const override;
    void listItems(const QUrl& url, const QString& what, Callback<QList<QJsonObject>> done);
    void priceNext(const std::shared_ptr<PriceJob>& job);
    void withContactDirectory(std::function<void(Result<void>)> done);
    void findCustomersByContacts(const CustomerSearch& search, Callback<QList<ErpCustomer>> done);

    TharsternConfig m_config;
    QHash<QString, int> m_productTypes; // product code -> ProductTypeId
    QList<Contact> m_contacts;
    QDateTime m_contactsLoaded; // invalid: not loaded
    bool m_contactsPending = false;
    QList<std::function<void(Result<void>)>> m_contactWaiters;
    int m_contactLoads = 0;
};

} // namespace linkdesk
