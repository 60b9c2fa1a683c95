#include "seed.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace sandbox::seed {

namespace {
const QStringList kCurrencies{QStringLiteral("GBP"), QStringLiteral("EUR"), QStringLiteral("USD")};
const QStringList kCountries{QStringLiteral("GB"), QStringLiteral("NL"), QStringLiteral("US")};

QString price(QRandomGenerator& random, int minCents, int maxCents) {
    const int cents = minCents + int(random.bounded(maxCents - minCents + 1));
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject billing(const QString& first, const QString& last, const QString& company, const QString& email,
                    const QString& country) {
    return QJsonObject{{QStringLiteral("first_name"), first},
                       {QStringLiteral("last_name"), last},
                       {QStringLiteral("company"), company},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000")},
                       {QStringLiteral("address_1"), QStringLiteral("1 High Street")},
                       {QStringLiteral("city"), QStringLiteral("London")},
                       {QStringLiteral("postcode"), QStringLiteral("EC1A 1AA")},
                       {QStringLiteral("country"), country}};
}
} // namespace

QJsonObject empty() {
    return QJsonObject{
        {QStringLiteral("woocommerce"),
         QJsonObject{{QStringLiteral("consumer_key"), QStringLiteral("ck_demo")},
                     {QStringLiteral("consumer_secret"), QStringLiteral("cs_demo")},
                     {QStringLiteral("orders"), QJsonArray()}}},
        {QStringLiteral("erp"),
         QJsonObject{{QStringLiteral("client_id"), QStringLiteral("linkdesk")},
                     {QStringLiteral("client_secret"), QStringLiteral("bc-secret")},
                     {QStringLiteral("tharstern_user"), QStringLiteral("api@example.com")},
                     {QStringLiteral("tharstern_password"), QStringLiteral("th-secret")},
                     {QStringLiteral("customers"), QJsonArray()},
                     {QStringLiteral("items"), QJsonArray()},
                     {QStringLiteral("prices"), QJsonArray()}}},
    };
}

std::optional<QJsonObject> load(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read seed %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("seed %1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

bool save(const QJsonObject& seed, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(seed).toJson()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write seed %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QJsonObject> generate(const QString& spec, quint32 randomSeed, QString* error) {
    QHash<QString, int> n{{QStringLiteral("orders"), 0},
                          {QStringLiteral("customers"), 0},
                          {QStringLiteral("new_customers"), 0},
                          {QStringLiteral("items"), 0},
                          {QStringLiteral("guests"), 0}};
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = false;
        const int value = kv.size() == 2 ? kv[1].trimmed().toInt(&ok) : 0;
        if (kv.size() != 2 || !n.contains(kv[0].trimmed()) || !ok || value < 0) {
            *error = QStringLiteral("--generate: cannot read \"%1\" (expected orders=N,customers=M,"
                                    "new_customers=K,items=I,guests=G)")
                         .arg(part);
            return std::nullopt;
        }
        n[kv[0].trimmed()] = value;
    }
    QRandomGenerator random(randomSeed);
    QJsonObject seed = empty();
    QJsonObject woo = seed.value(QStringLiteral("woocommerce")).toObject();
    QJsonObject erp = seed.value(QStringLiteral("erp")).toObject();

    QJsonArray items;
    QStringList itemPrices;
    for (int i = 1; i <= n[QStringLiteral("items")]; ++i) {
        itemPrices << price(random, 100, 20000);
        items.append(
            QJsonObject{{QStringLiteral("number"), QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0'))},
                        {QStringLiteral("displayName"), QStringLiteral("Product %1").arg(i)},
                        {QStringLiteral("unitPrice"), itemPrices.last().toDouble()}});
    }

    struct ShopCustomer {
        qint64 id;
        QString first, last, company, email, country, currency;
    };
    QList<ShopCustomer> shopCustomers;
    QJsonArray erpCustomers;
    QJsonArray prices;
    const int existing = n[QStringLiteral("customers")];
    for (int i = 1; i <= existing + n[QStringLiteral("new_customers")]; ++i) {
        const bool known = i <= existing;
        ShopCustomer c{i,
                       QStringLiteral("First%1").arg(i),
                       QStringLiteral("Last%1").arg(i),
                       QStringLiteral("Company %1 Ltd").arg(i),
                       known ? QStringLiteral("customer%1@example.com").arg(i)
                             : QStringLiteral("new%1@example.com").arg(i),
                       kCountries[i % kCountries.size()],
                       kCurrencies[i % kCurrencies.size()]};
        shopCustomers.append(c);
        if (!known)
            continue;
        const QString number = QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'));
        erpCustomers.append(QJsonObject{{QStringLiteral("number"), number},
                                        {QStringLiteral("displayName"), c.company},
                                        {QStringLiteral("email"), c.email},
                                        {QStringLiteral("currencyCode"), c.currency},
                                        {QStringLiteral("country"), c.country},
                                        {QStringLiteral("vatNumber"), QStringLiteral("GB%1").arg(100000 + i)},
                                        {QStringLiteral("blocked"), false}});
        if (i <= 10 && !items.isEmpty())
            prices.append(QJsonObject{
                {QStringLiteral("customerNumber"), number},
                {QStringLiteral("itemNumber"), items.first().toObject().value(QStringLiteral("number"))},
                {QStringLiteral("unitPrice"), itemPrices.first().toDouble() * 0.9}});
    }

    QJsonArray orders;
    const int orderCount = n[QStringLiteral("orders")];
    const int guests = std::min(n[QStringLiteral("guests")], orderCount);
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QDateTime modified = start;
    static const QStringList statuses{QStringLiteral("processing"), QStringLiteral("processing"),
                                      QStringLiteral("completed"), QStringLiteral("on-hold")};
    for (int i = 0; i < orderCount; ++i) {
        const qint64 id = 1001 + i;
        if (i % 10 != 9)
            modified = modified.addSecs(1 + random.bounded(5));
        const bool guest = i < guests || shopCustomers.isEmpty();
        QJsonObject bill;
        qint64 customerId = 0;
        QString currency = QStringLiteral("GBP");
        if (guest) {
            bill = billing(QStringLiteral("Guest"), QStringLiteral("Buyer%1").arg(i + 1), QString(),
                           QStringLiteral("guest%1@example.com").arg(i + 1), QStringLiteral("GB"));
        } else {
            const ShopCustomer& c = shopCustomers[(i - guests) % shopCustomers.size()];
            bill = billing(c.first, c.last, c.company, c.email, c.country);
            customerId = c.id;
            currency = c.currency;
        }
        QJsonArray lines;
        const int lineCount = 1 + int(random.bounded(3));
        for (int l = 0; l < lineCount; ++l) {
            const int item = items.isEmpty() ? -1 : int(random.bounded(int(items.size())));
            const int quantity = 1 + int(random.bounded(10));
            const QString unit = item >= 0 ? itemPrices[item] : QStringLiteral("9.99");
            lines.append(
                QJsonObject{{QStringLiteral("id"), id * 10 + l},
                            {QStringLiteral("name"), item >= 0 ? QStringLiteral("Product %1").arg(item + 1)
                                                               : QStringLiteral("Unknown product")},
                            {QStringLiteral("product_id"), 100 + std::max(item, 0)},
                            {QStringLiteral("variation_id"), 0},
                            {QStringLiteral("sku"),
                             item >= 0 ? items[item].toObject().value(QStringLiteral("number")).toString()
                                       : QStringLiteral("SKU-MISSING")},
                            {QStringLiteral("quantity"), quantity},
                            {QStringLiteral("price"), unit.toDouble()},
                            {QStringLiteral("total"), QString::number(unit.toDouble() * quantity, 'f', 2)}});
        }
        const QString when = modified.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        orders.append(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("number"), QString::number(id)},
                                  {QStringLiteral("status"), statuses[i % statuses.size()]},
                                  {QStringLiteral("currency"), currency},
                                  {QStringLiteral("date_created_gmt"), when},
                                  {QStringLiteral("date_modified_gmt"), when},
                                  {QStringLiteral("customer_id"), customerId},
                                  {QStringLiteral("billing"), bill},
                                  {QStringLiteral("line_items"), lines}});
    }
    woo.insert(QStringLiteral("orders"), orders);
    erp.insert(QStringLiteral("customers"), erpCustomers);
    erp.insert(QStringLiteral("items"), items);
    erp.insert(QStringLiteral("prices"), prices);
    seed.insert(QStringLiteral("woocommerce"), woo);
    seed.insert(QStringLiteral("erp"), erp);
    return seed;
}

} // namespace sandbox::seed
