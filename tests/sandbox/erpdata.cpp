#include "erpdata.h"

#include <QJsonArray>
#include <QUuid>

namespace sandbox {

namespace {

QString blockedText(const QJsonValue& value) {
    if (value.isBool())
        return value.toBool() ? QStringLiteral("All") : QString();
    const QString text = value.toString().trimmed();
    return text == QLatin1String("_x0020_") ? QString() : text;
}

// The index of the first entry of list whose key holds text, or -1.
int indexWhere(const QList<QJsonObject>& list, const QString& key, const QString& text) {
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].value(key).toString() == text)
            return i;
    }
    return -1;
}

} // namespace

ErpData::ErpData(const QJsonObject& seed)
    : clientId(seed.value(QStringLiteral("client_id")).toString(QStringLiteral("linkdesk")))
    , clientSecret(seed.value(QStringLiteral("client_secret")).toString(QStringLiteral("bc-secret")))
    , tharsternUser(seed.value(QStringLiteral("tharstern_user")).toString(QStringLiteral("api@example.com")))
    , tharsternPassword(
          seed.value(QStringLiteral("tharstern_password")).toString(QStringLiteral("th-secret")))
    , companyId(seed.value(QStringLiteral("company_id")).toString())
    , tokenLifetimeSeconds(seed.value(QStringLiteral("token_lifetime_seconds")).toInt(3600)) {
    tokenExpiresIn = seed.value(QStringLiteral("token_expires_in")).toInt(tokenLifetimeSeconds);
    for (const QJsonValue& value : seed.value(QStringLiteral("customers")).toArray()) {
        QJsonObject c = value.toObject();
        c.insert(QStringLiteral("blocked"), blockedText(c.value(QStringLiteral("blocked"))));
        if (c.contains(QStringLiteral("vatNumber")) && !c.contains(QStringLiteral("taxRegistrationNumber")))
            c.insert(QStringLiteral("taxRegistrationNumber"), c.take(QStringLiteral("vatNumber")));
        addCustomer(c);
    }
    int productType = 1;
    for (const QJsonValue& value : seed.value(QStringLiteral("items")).toArray()) {
        QJsonObject item = value.toObject();
        if (!item.contains(QStringLiteral("id")))
            item.insert(QStringLiteral("id"), newId());
        if (!item.contains(QStringLiteral("productTypeId")))
            item.insert(QStringLiteral("productTypeId"), productType);
        productType = item.value(QStringLiteral("productTypeId")).toInt() + 1;
        item.insert(QStringLiteral("blocked"), item.value(QStringLiteral("blocked")).toBool());
        items.append(item);
    }
    for (const QJsonValue& value : seed.value(QStringLiteral("prices")).toArray())
        prices.append(value.toObject());
    for (const QJsonValue& value : seed.value(QStringLiteral("accounts")).toArray()) {
        QJsonObject account = value.toObject();
        if (!account.contains(QStringLiteral("id")))
            account.insert(QStringLiteral("id"), newId());
        account.insert(QStringLiteral("blocked"), account.value(QStringLiteral("blocked")).toBool());
        account.insert(QStringLiteral("directPosting"),
                       account.value(QStringLiteral("directPosting")).toBool(true));
        if (!account.contains(QStringLiteral("accountType")))
            account.insert(QStringLiteral("accountType"), QStringLiteral("Posting"));
        accounts.append(account);
    }
}

QString ErpData::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int ErpData::customerIndex(const QString& number) const {
    return indexWhere(customers, QStringLiteral("number"), number);
}

int ErpData::customerIndexById(const QString& id) const {
    return indexWhere(customers, QStringLiteral("id"), id);
}

int ErpData::itemIndex(const QString& number) const {
    return indexWhere(items, QStringLiteral("number"), number);
}

int ErpData::accountIndex(const QString& number) const {
    return indexWhere(accounts, QStringLiteral("number"), number);
}

int ErpData::itemIndexByProductType(int productTypeId) const {
    for (int i = 0; i < items.size(); ++i) {
        if (items[i].value(QStringLiteral("productTypeId")).toInt() == productTypeId)
            return i;
    }
    return -1;
}

double ErpData::priceFor(const QString& customerNumber, const QString& itemNumber) const {
    for (const QJsonObject& price : prices) {
        if (price.value(QStringLiteral("customerNumber")).toString() == customerNumber &&
            price.value(QStringLiteral("itemNumber")).toString() == itemNumber)
            return price.value(QStringLiteral("unitPrice")).toDouble();
    }
    const int item = itemIndex(itemNumber);
    return item < 0 ? 0.0 : items[item].value(QStringLiteral("unitPrice")).toDouble();
}

QJsonObject ErpData::addCustomer(QJsonObject customer) {
    if (!customer.contains(QStringLiteral("id")))
        customer.insert(QStringLiteral("id"), newId());
    if (customer.value(QStringLiteral("number")).toString().isEmpty()) {
        QString number;
        do {
            number = QStringLiteral("C%1").arg(m_nextCustomer++);
        } while (customerIndex(number) >= 0);
        customer.insert(QStringLiteral("number"), number);
    }
    for (const QString& key :
         {QStringLiteral("displayName"), QStringLiteral("email"), QStringLiteral("currencyCode"),
          QStringLiteral("country"), QStringLiteral("taxRegistrationNumber"), QStringLiteral("blocked")}) {
        if (!customer.contains(key))
            customer.insert(key, QString());
    }
    if (!customer.contains(QStringLiteral("type")))
        customer.insert(QStringLiteral("type"), QStringLiteral("Company"));
    customer.insert(QStringLiteral("lastModifiedDateTime"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    customers.append(customer);
    return customer;
}

QString ErpData::nextOrderNumber(const QString& prefix) {
    return prefix + QString::number(m_nextOrder++);
}

QString ErpData::issueToken(const QString& system) {
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(system + QLatin1Char(':') + token,
                    QDateTime::currentDateTimeUtc().addSecs(tokenLifetimeSeconds));
    return token;
}

void ErpData::acceptToken(const QString& system, const QString& token) {
    m_tokens.insert(system + QLatin1Char(':') + token,
                    QDateTime::currentDateTimeUtc().addSecs(tokenLifetimeSeconds));
}

bool ErpData::tokenValid(const QString& system, const QString& token) const {
    const auto it = m_tokens.constFind(system + QLatin1Char(':') + token);
    return it != m_tokens.cend() && *it > QDateTime::currentDateTimeUtc();
}

void ErpData::revokeTokens() {
    m_tokens.clear();
}

void ErpData::count(const QString& system, const QString& kind) {
    ++m_counts[system][kind];
}

int ErpData::counted(const QString& system, const QString& kind) const {
    return m_counts.value(system).value(kind);
}

void ErpData::failAfterCommit(const QString& system, const QString& kind, int times) {
    m_failAfterCommit.insert(system + QLatin1Char('.') + kind, times);
}

bool ErpData::takeFailAfterCommit(const QString& system, const QString& kind) {
    const QString key = system + QLatin1Char('.') + kind;
    const int left = m_failAfterCommit.value(key);
    if (left <= 0)
        return false;
    m_failAfterCommit.insert(key, left - 1);
    return true;
}

QJsonObject ErpData::state() const {
    QJsonArray customerArray;
    for (const QJsonObject& c : customers)
        customerArray.append(c);
    QJsonArray orderArray;
    for (const QJsonObject& o : salesOrders)
        orderArray.append(o);
    QJsonObject counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        QJsonObject perKind;
        for (auto k = it->cbegin(); k != it->cend(); ++k)
            perKind.insert(k.key(), k.value());
        counts.insert(it.key(), perKind);
    }
    return QJsonObject{{QStringLiteral("customers"), customerArray},
                       {QStringLiteral("salesOrders"), orderArray},
                       {QStringLiteral("openSalesQuotes"), static_cast<int>(salesQuotes.size())},
                       {QStringLiteral("estimates"), estimates},
                       {QStringLiteral("counts"), counts}};
}

} // namespace sandbox
