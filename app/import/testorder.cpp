#include "testorder.h"

#include "erp/cachederpdirectory.h"
#include "erp/erpclient.h"
#include "match/matchsession.h"
#include "store/customerrepository.h"
#include "store/settingsstore.h"
#include "storematchdata.h"
#include "util/crossthread.h"
#include "wiring/importservices.h"

#include <QJsonArray>

namespace linkdesk::TestOrder {

namespace {
// Through the directory: prices are cached (a Tharstern price is an estimate it stores).
QJsonObject prices(CachedErpDirectory* directory, const QString& customer, const QList<ErpOrderLine>& lines) {
    const auto answer = directory->prices(customer, lines);
    QJsonObject o{{QStringLiteral("customer"), customer}};
    if (!answer) {
        o.insert(QStringLiteral("error"), answer.message());
        return o;
    }
    double total = 0;
    QJsonArray out;
    for (const ErpPrice& p : *answer) {
        total += p.unitPrice * p.quantity;
        out.append(QJsonObject{{QStringLiteral("item"), p.itemNumber},
                               {QStringLiteral("quantity"), p.quantity},
                               {QStringLiteral("unit_price"), p.unitPrice}});
    }
    o.insert(QStringLiteral("lines"), out);
    o.insert(QStringLiteral("total"), total);
    return o;
}
} // namespace

Result<QJsonObject> run(Database& db, ImportServices& services, const QString& shopCode,
                        const QString& shopCustomerId, const QList<Line>& lines) {
    if (lines.isEmpty())
        return fail(QObject::tr("A test order needs at least one product."));
    auto customer = CustomerRepository(db).find(shopCode, shopCustomerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return fail(QObject::tr("Shop %1 has no customer %2 in Linkdesk yet (import its orders first).")
                        .arg(shopCode, shopCustomerId));
    auto settings = SettingsStore(db).forShop(shopCode);
    if (!settings)
        return settings.error();
    StoreMatchData data(db);
    if (auto r = data.load(shopCode); !r)
        return r.error();

    StagedOrder order;
    order.shopCode = shopCode;
    order.orderNumber = QStringLiteral("TEST");
    order.customer = **customer;
    order.currency = order.customer.currency;
    for (const Line& l : lines) {
        OrderLine line;
        line.lineNo = int(order.lines.size()) + 1;
        line.sku = l.sku;
        line.quantity = l.quantity;
        if (l.shopPrice)
            line.unitPrice = QString::number(*l.shopPrice, 'f', 2);
        order.lines.append(line);
    }
    MatchSession::Options dryRun;
    dryRun.dryRun = true; // nothing written, nothing created
    const MatchOutcome outcome = MatchSession(*services.directory(), data, dryRun).run(order, *settings);

    const QString code = outcome.customer.erpCustomerNumber;
    QString how;
    if (outcome.status == MatchStatus::CreateCustomer)
        how = QObject::tr("would create a customer from template \"%1\"")
                  .arg(outcome.customer.creation->customerTemplate.name);
    else if (outcome.customer.defaultCustomer)
        how = QObject::tr("default customer");
    else if (!code.isEmpty())
        how = outcome.customer.link ? toString(outcome.customer.link->source) : QObject::tr("existing link");
    QJsonObject result{{QStringLiteral("status"), toString(outcome.status)},
                       {QStringLiteral("customer_code"), code},
                       {QStringLiteral("how"), how},
                       {QStringLiteral("reason"), outcome.reason},
                       {QStringLiteral("items"), QJsonArray::fromStringList(outcome.items.itemNumbers)},
                       {QStringLiteral("trace"), QJsonArray::fromStringList(outcome.trace.sentences())}};
    QList<ErpOrderLine> erpLines;
    QList<qsizetype> lineOf; // the test order's line of each ERP line
    for (qsizetype i = 0; i < order.lines.size() && i < outcome.items.itemNumbers.size(); ++i) {
        if (outcome.items.itemNumbers.at(i).isEmpty())
            continue;
        erpLines.append(
            ErpOrderLine{outcome.items.itemNumbers.at(i), order.lines.at(i).quantity, std::nullopt, {}});
        lineOf.append(i);
    }
    QJsonObject linked;
    if (!erpLines.isEmpty()) {
        CachedErpDirectory* directory = services.directory();
        if (!code.isEmpty()) {
            linked = prices(directory, code, erpLines);
            result.insert(QStringLiteral("price_linked"), linked);
        }
        if (!settings->defaultCustomerCode.isEmpty())
            result.insert(QStringLiteral("price_default"),
                          prices(directory, settings->defaultCustomerCode, erpLines));
    }
    const bool erpPrices = settings->lines.price == LineSource::Erp;
    result.insert(QStringLiteral("line_price_source"),
                  erpPrices ? QStringLiteral("erp") : QStringLiteral("shop"));
    const QJsonArray linkedLines = linked.value(QStringLiteral("lines")).toArray();
    QJsonArray out;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        QJsonObject line{{QStringLiteral("sku"), lines.at(i).sku},
                         {QStringLiteral("quantity"), lines.at(i).quantity}};
        if (lines.at(i).shopPrice)
            line.insert(QStringLiteral("shop_price"), *lines.at(i).shopPrice);
        if (const qsizetype k = lineOf.indexOf(i); k >= 0) {
            line.insert(QStringLiteral("item"), erpLines.at(k).itemNumber);
            if (k < linkedLines.size())
                line.insert(QStringLiteral("erp_price"),
                            linkedLines.at(k).toObject().value(QStringLiteral("unit_price")));
        }
        const QJsonValue applies =
            line.value(erpPrices ? QStringLiteral("erp_price") : QStringLiteral("shop_price"));
        if (!applies.isUndefined())
            line.insert(QStringLiteral("order_price"), applies);
        out.append(line);
    }
    result.insert(QStringLiteral("lines"), out);
    return result;
}

} // namespace linkdesk::TestOrder
