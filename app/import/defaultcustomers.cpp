#include "defaultcustomers.h"

#include "erp/erpclient.h"
#include "store/settingsstore.h"
#include "util/crossthread.h"

#include <QHash>

namespace linkdesk {

namespace {
// "shop web", "shops web, eu", or the installation's default when no shop is named.
QString forShops(const QStringList& shops) {
    QStringList named;
    for (const QString& shop : shops)
        if (!shop.isEmpty())
            named << shop;
    if (named.isEmpty())
        return QObject::tr("installation default");
    return named.size() == 1 ? QObject::tr("shop %1").arg(named.constFirst())
                             : QObject::tr("shops %1").arg(named.join(QStringLiteral(", ")));
}
} // namespace

QString toString(DefaultCustomerCheck::State state) {
    switch (state) {
    case DefaultCustomerCheck::State::Usable:
        return QStringLiteral("usable");
    case DefaultCustomerCheck::State::Missing:
        return QStringLiteral("missing");
    case DefaultCustomerCheck::State::Blocked:
        return QStringLiteral("blocked");
    case DefaultCustomerCheck::State::Failed:
        return QStringLiteral("failed");
    case DefaultCustomerCheck::State::NotSet:
        return QStringLiteral("not_set");
    }
    return {};
}

Result<QList<DefaultCustomerCheck>> DefaultCustomers::check(Database& db, ErpClient* erp,
                                                            const QStringList& shopCodes,
                                                            const std::atomic_bool* cancelled) {
    // One check per code, naming the shops that fall back to it, in the order the shops come.
    QList<DefaultCustomerCheck> checks;
    QHash<QString, qsizetype> byCode;
    const SettingsStore settings(db);
    for (const QString& shop : shopCodes.isEmpty() ? QStringList{QString()} : shopCodes) {
        auto s = settings.forShop(shop);
        if (!s)
            return s.error();
        const QString code = s->defaultCustomerCode.trimmed();
        const auto it = byCode.constFind(code);
        if (it != byCode.cend()) {
            checks[*it].shops << shop;
            continue;
        }
        byCode.insert(code, checks.size());
        DefaultCustomerCheck c;
        c.code = code;
        c.shops << shop;
        checks.append(c);
    }
    QList<qsizetype> asked;
    QList<StartCall<std::optional<ErpCustomer>>> calls;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (checks.at(i).code.isEmpty())
            continue;
        asked << i;
        calls.append([erp, code = checks.at(i).code](auto done) { erp->customer(code, std::move(done)); });
    }
    const auto answers =
        erp ? callAllAndWait(erp, calls, cancelled) : QList<Result<std::optional<ErpCustomer>>>{};
    for (qsizetype i = 0; i < checks.size(); ++i) {
        DefaultCustomerCheck& c = checks[i];
        const QString shops = forShops(c.shops);
        if (c.code.isEmpty()) {
            c.detail = QObject::tr("No default customer is set (%1): orders that are not linked wait for "
                                   "review.")
                           .arg(shops);
            continue;
        }
        const qsizetype k = asked.indexOf(i);
        const Result<std::optional<ErpCustomer>> answer =
            k < answers.size()
                ? answers.at(k)
                : Result<std::optional<ErpCustomer>>(
                      fail(QObject::tr("No ERP connection is configured."), ErrorKind::Configuration));
        if (!answer) {
            c.state = DefaultCustomerCheck::State::Failed;
            c.detail = QObject::tr("The default customer %1 (%2) could not be checked: %3")
                           .arg(c.code, shops, answer.message());
        } else if (!*answer) {
            c.state = DefaultCustomerCheck::State::Missing;
            c.detail = QObject::tr("The default customer %1 (%2) is not in the ERP.").arg(c.code, shops);
        } else if ((*answer)->blocked) {
            c.state = DefaultCustomerCheck::State::Blocked;
            c.erpName = (*answer)->name;
            c.detail = QObject::tr("The default customer %1 (%2, %3) is blocked in the ERP%4.")
                           .arg(c.code, c.erpName, shops,
                                (*answer)->blockedReason.isEmpty()
                                    ? QString()
                                    : QStringLiteral(": ") + (*answer)->blockedReason);
        } else {
            c.state = DefaultCustomerCheck::State::Usable;
            c.erpName = (*answer)->name;
            c.detail =
                QObject::tr("The default customer %1 (%2) is in the ERP: %3.").arg(c.code, shops, c.erpName);
        }
    }
    return checks;
}

std::optional<Error> DefaultCustomers::problem(const QList<DefaultCustomerCheck>& checks) {
    QStringList wrong;
    bool unreachable = false;
    ErrorKind kind = ErrorKind::Configuration;
    for (const DefaultCustomerCheck& c : checks) {
        if (c.ok())
            continue;
        wrong << c.detail;
        if (c.state == DefaultCustomerCheck::State::Failed) {
            unreachable = true;
            kind = ErrorKind::Failed;
        }
    }
    if (wrong.isEmpty())
        return std::nullopt;
    const QString what = wrong.join(QLatin1Char(' '));
    if (unreachable)
        return fail(QObject::tr("The import stopped before matching any order: %1 Nothing was booked or "
                                "submitted; the next import tries again.")
                        .arg(what),
                    kind);
    return fail(QObject::tr("The import stopped before matching any order: %1 Set default_customer_code to "
                            "a customer the ERP has and does not block (Settings, Matching; or linkdesk-cli "
                            "settings set default_customer_code CODE [--shop SHOP]). Nothing was booked or "
                            "submitted; the orders are imported once it is fixed.")
                    .arg(what),
                kind);
}

} // namespace linkdesk
