#include "erpfakes.h"

#include "businesscentralfake.h"
#include "erpdata.h"
#include "router.h"
#include "tharsternfake.h"

#include <QDateTime>
#include <QJsonDocument>

namespace sandbox {

namespace {
TharsternOptions tharsternOptions(const QJsonObject& seed, const QJsonObject& overrides) {
    TharsternOptions options;
    options.read(seed.value(QStringLiteral("tharstern")).toObject());
    options.read(overrides);
    return options;
}
} // namespace

struct ErpFakes::Data {
    Data(const QJsonObject& seed, const QJsonObject& tharsternOverrides)
        : erp(seed)
        , businessCentral(erp)
        , tharstern(erp, tharsternOptions(seed, tharsternOverrides)) {}

    ErpData erp;
    BusinessCentralFake businessCentral;
    TharsternFake tharstern;
};

ErpFakes::ErpFakes(const QJsonObject& erpSeed, const QJsonObject& tharstern)
    : m_data(std::make_unique<Data>(erpSeed, tharstern)) {}

ErpFakes::~ErpFakes() = default;

void ErpFakes::addRoutes(Router& router) {
    // Test controls. Revoking tokens makes the next API call answer 401 (token refresh tests);
    // fail-after-commit makes the next n requests of a kind do their work and then answer 500.
    router.add("POST", QStringLiteral("^/_sandbox/erp/revoke-tokens$"),
               [this](const Request&, const QStringList&) {
                   m_data->erp.revokeTokens();
                   return Response::json(QJsonObject{{QStringLiteral("revoked"), true}});
               });
    // delete-customer: someone removed (or merged away) a customer in the ERP.
    router.add(
        "POST", QStringLiteral("^/_sandbox/erp/delete-customer$"),
        [this](const Request& request, const QStringList&) {
            const QString number =
                QJsonDocument::fromJson(request.body).object().value(QStringLiteral("number")).toString();
            const int index = m_data->erp.customerIndex(number);
            if (index < 0)
                return Response::json(
                    QJsonObject{{QStringLiteral("error"), QStringLiteral("no such customer")}}, 404);
            m_data->erp.customers.removeAt(index);
            return Response::json(QJsonObject{{QStringLiteral("deleted"), number}});
        });
    // update-customer {"number", "changes": {...}}: someone edited the customer's card in the ERP
    // (blocked it, changed its e-mail). Only properties a Business Central customer has, blocked
    // only as Business Central writes it; the number stays.
    router.add("POST", QStringLiteral("^/_sandbox/erp/update-customer$"),
               [this](const Request& request, const QStringList&) {
                   const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                   const QString number = body.value(QStringLiteral("number")).toString();
                   const QJsonObject changes = body.value(QStringLiteral("changes")).toObject();
                   const auto refuse = [](const QString& why, int status = 400) {
                       return Response::json(QJsonObject{{QStringLiteral("error"), why}}, status);
                   };
                   const int index = m_data->erp.customerIndex(number);
                   if (index < 0)
                       return refuse(QStringLiteral("no such customer"), 404);
                   for (auto it = changes.begin(); it != changes.end(); ++it) {
                       if (it.key() == QLatin1String("number") || it.key() == QLatin1String("id") ||
                           !BusinessCentralFake::isCustomerProperty(it.key()))
                           return refuse(
                               QStringLiteral("a customer has no property '%1' to change").arg(it.key()));
                       if (it.key() == QLatin1String("blocked") &&
                           !BusinessCentralFake::isBlockedValue(it.value().toString()))
                           return refuse(QStringLiteral("blocked is one of \" \", Ship, Invoice, All"));
                   }
                   QJsonObject& customer = m_data->erp.customers[index];
                   for (auto it = changes.begin(); it != changes.end(); ++it)
                       customer.insert(it.key(), it.key() == QLatin1String("blocked")
                                                     ? QJsonValue(it.value().toString().trimmed())
                                                     : it.value());
                   customer.insert(QStringLiteral("lastModifiedDateTime"),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                   return Response::json(customer);
               });
    router.add("POST", QStringLiteral("^/_sandbox/erp/fail-after-commit$"),
               [this](const Request& request, const QStringList&) {
                   const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                   const QString system = body.value(QStringLiteral("system")).toString();
                   const QString kind = body.value(QStringLiteral("kind")).toString();
                   if (system.isEmpty() || kind.isEmpty())
                       return Response::json(QJsonObject{{QStringLiteral("error"),
                                                          QStringLiteral("system and kind are required")}},
                                             400);
                   m_data->erp.failAfterCommit(system, kind, body.value(QStringLiteral("times")).toInt(1));
                   return Response::json(body);
               });
    m_data->businessCentral.addRoutes(router);
    m_data->tharstern.addRoutes(router);
}

QJsonObject ErpFakes::state() const {
    QJsonObject state = m_data->erp.state();
    state.insert(QStringLiteral("tharstern"), m_data->tharstern.state());
    return state;
}

} // namespace sandbox
