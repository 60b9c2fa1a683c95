#include "linkcheck.h"

#include "erp/cachederpdirectory.h"
#include "importlog.h"
#include "match/customermatcher.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "store/settingsstore.h"

#include <QHash>
#include <QJsonArray>

#include <optional>

namespace linkdesk {

namespace {
// "C00042 (Acme Print Ltd)", or the number alone when the ERP has no name for it.
QString who(const QString& number, const QString& name) {
    return name.trimmed().isEmpty() ? number : QStringLiteral("%1 (%2)").arg(number, name.trimmed());
}
} // namespace

QString LinkCheck::toString(Problem problem) {
    switch (problem) {
    case Problem::Missing:
        return QStringLiteral("missing");
    case Problem::Blocked:
        return QStringLiteral("blocked");
    case Problem::EmailChanged:
        return QStringLiteral("email_changed");
    }
    return {};
}

QString LinkCheck::erpDisplayName(const QString& systemName) {
    if (systemName == QLatin1String("businesscentral"))
        return QStringLiteral("Business Central");
    if (systemName == QLatin1String("tharstern"))
        return QStringLiteral("Tharstern");
    return tr("the ERP");
}

QJsonObject LinkCheck::Summary::toJson() const {
    QJsonArray list;
    for (const StaleLink& s : stale)
        list.append(QJsonObject{{QStringLiteral("shop"), s.shopCode},
                                {QStringLiteral("customer"), s.customerKey},
                                {QStringLiteral("email"), s.email},
                                {QStringLiteral("erp_customer"), s.erpCustomerNumber},
                                {QStringLiteral("problem"), LinkCheck::toString(s.problem)},
                                {QStringLiteral("reason"), s.reason}});
    return {{QStringLiteral("checked"), checked},
            {QStringLiteral("fine"), fine},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("blocked"), blocked},
            {QStringLiteral("email_changed"), emailChanged},
            {QStringLiteral("stale_count"), staleCount()},
            {QStringLiteral("cleared"), cleared},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("stale"), list}};
}

LinkCheck::LinkCheck(Database& db, CachedErpDirectory& directory, QString erpName)
    : m_db(db)
    , m_directory(directory)
    , m_erpName(std::move(erpName)) {}

Result<LinkCheck::Summary> LinkCheck::run(const QString& shopCode) {
    Summary summary;
    CustomerRepository customers(m_db);
    LinkRepository links(m_db);
    SettingsStore settingsStore(m_db);
    QHash<QString, ShopSettings> settingsOf; // per shop, read once

    auto total = customers.countLinked(shopCode);
    if (!total)
        return total.error();
    if (m_progress)
        m_progress({0, *total});
    qint64 afterId = 0;
    for (;;) {
        if (m_cancelled) {
            summary.cancelled = true;
            break;
        }
        auto rows = customers.linkedAfter(shopCode, afterId, RoundSize);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            break;
        afterId = rows->constLast().customer.id;

        // The round's customers, asked of the ERP afresh and together.
        QStringList numbers;
        QList<MissingLookup> lookups;
        for (const CustomerRow& row : std::as_const(*rows)) {
            if (numbers.contains(row.link.erpCustomerNumber))
                continue;
            numbers << row.link.erpCustomerNumber;
            lookups.append({MissingLookup::Kind::Customer, {}, row.link.erpCustomerNumber});
        }
        m_directory.forgetCustomers(numbers);
        const QList<Error> errors = m_directory.fetch(lookups, &m_cancelled);
        if (!errors.isEmpty())
            return fail(tr("The link check stopped after %n link(s): %1 The marks written before stay.",
                           nullptr, summary.checked)
                            .arg(errors.constFirst().message),
                        errors.constFirst().kind);

        for (const CustomerRow& row : std::as_const(*rows)) {
            const Link& link = row.link;
            const auto found = m_directory.customer(link.erpCustomerNumber);
            if (found.state == Lookup<std::optional<ErpCustomer>>::State::Failed)
                return fail(tr("The link check stopped after %n link(s): %1 The marks written before stay.",
                               nullptr, summary.checked)
                                .arg(found.error));
            if (!found.isKnown()) { // cancelled while the ERP was asked
                summary.cancelled = true;
                break;
            }
            ++summary.checked;
            const QString& number = link.erpCustomerNumber;
            std::optional<Problem> problem;
            QString reason;
            if (!found.value) {
                problem = Problem::Missing;
                reason =
                    tr("%1 is no longer in %2: choose another customer in Connect Link or clear the link.")
                        .arg(who(number, link.erpCustomerName), m_erpName);
            } else if (found.value->blocked) {
                problem = Problem::Blocked;
                reason = tr("%1 is %2: unblock it in %3, or choose another customer in Connect Link.")
                             .arg(who(number, found.value->name),
                                  found.value->blockedReason.isEmpty() ? tr("blocked")
                                                                       : found.value->blockedReason,
                                  m_erpName);
            } else {
                const QString shopEmail = row.customer.email.trimmed();
                const QString erpEmail = found.value->email.trimmed();
                if (!shopEmail.isEmpty() && !erpEmail.isEmpty() &&
                    shopEmail.compare(erpEmail, Qt::CaseInsensitive) != 0) {
                    problem = Problem::EmailChanged;
                    reason = tr("%1 has the e-mail %2 in %3, the shop customer %4: correct the e-mail "
                                "where it is wrong, or choose another customer in Connect Link.")
                                 .arg(who(number, found.value->name), erpEmail, m_erpName, shopEmail);
                }
            }

            if (problem) {
                if (!link.stale || link.staleReason != reason) {
                    auto marked = links.markStale(link.customerId, reason, link.rowVersion);
                    if (marked.failedWith(ErrorKind::Conflict)) {
                        ++summary.conflicts;
                        qCInfo(lcImport) << "link check: the link of" << row.customer.id
                                         << "changed meanwhile; left as it is";
                        continue;
                    }
                    if (!marked)
                        return marked.error();
                }
                (*problem == Problem::Missing   ? summary.missing
                 : *problem == Problem::Blocked ? summary.blocked
                                                : summary.emailChanged)++;
                summary.stale.append({row.customer.shopCode, row.customer.effectiveKey(), row.customer.email,
                                      number, *problem, reason});
                continue;
            }

            ++summary.fine;
            if (!link.stale)
                continue;
            // A mark the check can vouch for is taken off: not one from a removed contact relation,
            // nor one for match fields the ERP customer no longer has (the matcher set those).
            if (link.source == LinkSource::Contact)
                continue;
            if (!settingsOf.contains(row.customer.shopCode)) {
                auto settings = settingsStore.forShop(row.customer.shopCode);
                if (!settings)
                    return settings.error();
                settingsOf.insert(row.customer.shopCode, *settings);
            }
            const ShopSettings& settings = settingsOf.value(row.customer.shopCode);
            if (!CustomerMatcher::searchFor(row.customer, row.customer.currency, settings, {})
                     .fieldsMatch(*found.value))
                continue;
            auto cleared = links.clearStale(link.customerId, link.rowVersion);
            if (cleared.failedWith(ErrorKind::Conflict)) {
                ++summary.conflicts;
                continue;
            }
            if (!cleared)
                return cleared.error();
            ++summary.cleared;
        }
        if (summary.cancelled)
            break;
        if (m_progress)
            m_progress({summary.checked, *total});
    }
    qCInfo(lcImport) << "link check:" << summary.checked << "checked," << summary.staleCount() << "stale,"
                     << summary.cleared << "cleared," << summary.conflicts << "changed meanwhile"
                     << (summary.cancelled ? "(cancelled)" : "");
    return summary;
}

} // namespace linkdesk
