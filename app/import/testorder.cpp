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
#include <QObject>

namespace linkdesk::TestOrder {

namespace {
// Through the directory: prices are cached (a Tharstern price is an estimate it stores).
QJsonObject prices(CachedErpDirectory* directory, const QString& customer, const QList<ErpOrderLine>& lines) {
    const auto answer = directory->prices(customer, lines);
    QJsonObject o{{QStringLiteral("customer"), customer}};
    if (!answer) {
        o.insert(QStringLiteral("error"), answer.message());
        if (!answer.error().detail.isEmpty())
            o.insert(QStringLiteral("error_detail"), answer.error().detail);
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

// The shop customer the order is placed as: the stored one, or the one typed in (not stored here).
Result<ShopCustomer> resolve(Database& db, const Customer& who) {
    if (who.shopCode.isEmpty())
        return fail(QObject::tr("Choose the shop the test order is placed in."));
    if (!who.isNew()) {
        auto customer = CustomerRepository(db).find(who.shopCode, who.customerKey);
        if (!customer)
            return customer.error();
        if (!*customer)
            return fail(QObject::tr("Shop %1 has no customer %2 in Linkdesk yet (import its orders first).")
                            .arg(who.shopCode, who.customerKey));
        return **customer;
    }
    ShopCustomer c;
    c.shopCode = who.shopCode;
    c.shopCustomerId = who.typed.shopCustomerId.trimmed();
    c.email = who.typed.email.trimmed();
    c.firstName = who.typed.firstName.trimmed();
    c.lastName = who.typed.lastName.trimmed();
    c.company = who.typed.company.trimmed();
    c.currency = who.typed.currency.trimmed().toUpper();
    c.country = who.typed.country.trimmed().toUpper();
    c.vatNumber = who.typed.vatNumber.trimmed();
    c.phone = who.typed.phone.trimmed();
    if (!c.email.contains(QLatin1Char('@')))
        return fail(QObject::tr("A customer who has not ordered yet needs an e-mail address."));
    c.key = c.effectiveKey(); // the shop customer id, or the guest key of the e-mail
    return c;
}

StagedOrder orderFor(const ShopCustomer& customer, const QList<Line>& lines) {
    StagedOrder order;
    order.shopCode = customer.shopCode;
    order.orderNumber = QStringLiteral("TEST");
    order.customer = customer;
    order.currency = customer.currency;
    for (const Line& l : lines) {
        OrderLine line;
        line.lineNo = int(order.lines.size()) + 1;
        line.sku = l.sku;
        line.quantity = l.quantity;
        if (l.shopPrice)
            line.unitPrice = QString::number(*l.shopPrice, 'f', 2);
        order.lines.append(line);
    }
    return order;
}

// What the match came to for the customer: status, customer_code, how, reason and trace.
QJsonObject customerPart(const MatchOutcome& outcome) {
    const QString code = outcome.customer.erpCustomerNumber;
    QString how;
    if (outcome.status == MatchStatus::CreateCustomer)
        how = QObject::tr("would create a customer from template \"%1\"")
                  .arg(outcome.customer.creation->customerTemplate.name);
    else if (outcome.customer.defaultCustomer)
        how = QObject::tr("default customer");
    else if (!code.isEmpty())
        how = outcome.customer.link ? toString(outcome.customer.link->source) : QObject::tr("existing link");
    QJsonObject json{{QStringLiteral("status"), toString(outcome.status)},
                     {QStringLiteral("customer_code"), code},
                     {QStringLiteral("how"), how},
                     {QStringLiteral("reason"), outcome.reason},
                     {QStringLiteral("trace"), QJsonArray::fromStringList(outcome.trace.sentences())}};
    if (!outcome.detail.isEmpty()) // an ERP look-up failed: its request and answer
        json.insert(QStringLiteral("error_detail"), outcome.detail);
    return json;
}
} // namespace

QString linkReason() {
    return QObject::tr("test order: Link for real");
}

Result<QJsonObject> run(Database& db, ImportServices& services, const Customer& who,
                        const QList<Line>& lines) {
    if (lines.isEmpty())
        return fail(QObject::tr("A test order needs at least one product."));
    auto customer = resolve(db, who);
    if (!customer)
        return customer.error();
    const QString shopCode = who.shopCode;
    auto settings = SettingsStore(db).forShop(shopCode);
    if (!settings)
        return settings.error();
    StoreMatchData data(db);
    if (auto r = data.load(shopCode); !r)
        return r.error();

    const StagedOrder order = orderFor(*customer, lines);
    MatchSession::Options dryRun;
    dryRun.dryRun = true; // nothing written, nothing created
    const MatchOutcome outcome = MatchSession(*services.directory(), data, dryRun).run(order, *settings);

    const QString code = outcome.customer.erpCustomerNumber;
    QJsonObject result = customerPart(outcome);
    result.insert(QStringLiteral("items"), QJsonArray::fromStringList(outcome.items.itemNumbers));
    result.insert(QStringLiteral("new_customer"), who.isNew());
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

Result<QJsonObject> linkForReal(Database& db, ImportServices& services, const Customer& who,
                                const QString& reason) {
    auto customer = resolve(db, who);
    if (!customer)
        return customer.error();
    auto settings = SettingsStore(db).forShop(who.shopCode);
    if (!settings)
        return settings.error();
    StoreMatchData data(db);
    if (auto r = data.load(who.shopCode); !r)
        return r.error();
    data.setLinkReason(reason);

    // The customer alone: no lines, so nothing is blocked and no product mapping is written. The
    // session writes the link, or records its creation intent, creates the customer and links it:
    // run again, it finds the link (or the intent) and creates nothing.
    MatchSession session(*services.directory(), data);
    const MatchOutcome outcome = session.run(orderFor(*customer, {}), *settings);
    if (outcome.status == MatchStatus::Failed)
        return fail(QObject::tr("Link for real did not finish: %1").arg(outcome.reason));
    const QString key =
        outcome.customer.customerKey.isEmpty() ? customer->effectiveKey() : outcome.customer.customerKey;
    auto stored = CustomerRepository(db).find(who.shopCode, key);
    if (!stored)
        return stored.error();
    QJsonObject result = customerPart(outcome);
    result.insert(QStringLiteral("customer_id"), *stored ? (*stored)->id : 0);
    result.insert(QStringLiteral("created"), session.customersCreated() > 0);
    return result;
}

} // namespace linkdesk::TestOrder
