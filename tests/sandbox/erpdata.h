#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sandbox {

// The records behind both ERP fakes (customers, items, prices, sales orders, quotes, estimates),
// the access tokens they issued and what was asked of them. Seeded from the "erp" part of the seed;
// see SEED.md for the keys. Handlers run on the server's thread, one at a time.
class ErpData final {
public:
    explicit ErpData(const QJsonObject& seed);

    // Credentials and options from the seed.
    QString clientId;
    QString clientSecret;
    QString tharsternUser;
    QString tharsternPassword;
    QString companyId;               // empty: any company id is accepted
    int tokenLifetimeSeconds = 3600; // how long an issued token really works
    int tokenExpiresIn = 3600;       // what the Business Central token endpoint announces

    // Customers in Business Central's shape: id, number, displayName, email, currencyCode,
    // country, taxRegistrationNumber, blocked ("" or Ship/Invoice/All), contacts (Tharstern).
    QList<QJsonObject> customers;
    QList<QJsonObject> items;  // id, number, displayName, unitPrice, productTypeId
    QList<QJsonObject> prices; // customerNumber, itemNumber, unitPrice
    // Business Central G/L accounts: id, number, displayName, blocked, directPosting, accountType.
    QList<QJsonObject> accounts;
    // Both systems' orders: system, id, number, customerNumber, externalDocumentNumber or
    // uniqueSubmitOrderId, lines [{itemNumber, quantity, unitPrice}] (the item lines; Tharstern's with
    // the description sent, Business Central's whole lines under salesOrderLines).
    QList<QJsonObject> salesOrders;
    QList<QJsonObject> salesQuotes; // open Business Central quotes, lines under salesQuoteLines
    int estimates = 0;              // Tharstern estimates created by price requests

    // The records above, to undo what a transaction did (Business Central's $batch with
    // Isolation: snapshot). Counters, tokens and numbers handed out are not undone.
    struct Records {
        QList<QJsonObject> customers, items, prices, salesOrders, salesQuotes;
        int estimates = 0;
    };
    Records records() const { return {customers, items, prices, salesOrders, salesQuotes, estimates}; }
    void restore(const Records& r) {
        customers = r.customers;
        items = r.items;
        prices = r.prices;
        salesOrders = r.salesOrders;
        salesQuotes = r.salesQuotes;
        estimates = r.estimates;
    }

    int customerIndex(const QString& number) const;
    int customerIndexById(const QString& id) const;
    int itemIndex(const QString& number) const;
    int accountIndex(const QString& number) const;
    int itemIndexByProductType(int productTypeId) const;
    // The customer's own price for the item, else the item's unit price.
    double priceFor(const QString& customerNumber, const QString& itemNumber) const;
    QJsonObject addCustomer(QJsonObject customer); // assigns id and (when empty) number C1xxxx
    QString nextOrderNumber(const QString& prefix);
    static QString newId();

    QString issueToken(const QString& system);
    // Takes a token the fake made itself (Tharstern's are GUIDs) as issued.
    void acceptToken(const QString& system, const QString& token);
    bool tokenValid(const QString& system, const QString& token) const;
    void revokeTokens();

    // Request counts per system and kind ("customerLookups", "orderCreates", ...).
    void count(const QString& system, const QString& kind);
    int counted(const QString& system, const QString& kind) const;

    // "Commit, then answer 500": the next n requests of this kind are carried out and then fail.
    void failAfterCommit(const QString& system, const QString& kind, int times);
    bool takeFailAfterCommit(const QString& system, const QString& kind);

    QJsonObject state() const;

private:
    QHash<QString, QDateTime> m_tokens; // "system:token" -> expiry
    QHash<QString, QHash<QString, int>> m_counts;
    QHash<QString, int> m_failAfterCommit;
    int m_nextCustomer = 10001;
    int m_nextOrder = 1001;
};

} // namespace sandbox
