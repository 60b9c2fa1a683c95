#include "matchsession.h"

#include "matchdata.h"
#include "matchlog.h"
#include "ordermatcher.h"
#include "tracenote.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <numeric>
#include <vector>

namespace linkdesk {

namespace {

QString identityOf(const QString& shopCode, const QString& customerKey) {
    return shopCode + QLatin1Char('\n') + customerKey;
}

// The shop customer of an order under the identity it was matched as.
ShopCustomer customerOf(const StagedOrder& order, const MatchOutcome& outcome) {
    ShopCustomer customer = order.customer;
    customer.shopCode = order.shopCode;
    customer.id = 0;
    customer.key =
        outcome.customer.customerKey.isEmpty() ? customer.effectiveKey() : outcome.customer.customerKey;
    if (customer.currency.isEmpty())
        customer.currency = order.currency;
    return customer;
}

void settleAs(MatchOutcome& outcome, MatchStatus status, const QString& rule, const QString& reason,
              const QString& detail = {}) {
    outcome.status = status;
    outcome.reason = reason;
    outcome.detail = detail;
    traceNote(outcome.trace, MatchTrace::Cache::None, rule, QString(), QString(),
              status == MatchStatus::NeedsReview ? QStringLiteral("needs_review") : QStringLiteral("failed"),
              QStringLiteral("%1"), reason);
}

} // namespace

// The customers one round asks the ERP to create: one per identity, with the orders waiting for it.
class MatchSession::Round final {
public:
    struct Creation {
        CustomerCreation creation;
        QList<qsizetype> orders; // the first one is linked with the creation's outcome
    };

    void addLookups(const QList<MissingLookup>& lookups) {
        for (const MissingLookup& l : lookups)
            if (!m_seen.contains(l.key())) {
                m_seen.insert(l.key());
                m_lookups.append(l);
            }
    }
    void addCreation(qsizetype order, const CustomerCreation& creation) {
        const QString id = identityOf(creation.shopCode, creation.customerKey);
        auto it = m_byIdentity.constFind(id);
        if (it == m_byIdentity.cend()) { // two orders of one new customer create it once
            it = m_byIdentity.insert(id, m_creations.size());
            m_creations.append({creation, {}});
        }
        m_creations[*it].orders.append(order);
    }
    const QList<MissingLookup>& lookups() const { return m_lookups; }
    const QList<Creation>& creations() const { return m_creations; }

private:
    QList<MissingLookup> m_lookups;
    QSet<QString> m_seen;
    QList<Creation> m_creations;
    QHash<QString, qsizetype> m_byIdentity;
};

MatchSession::MatchSession(ErpDirectory& directory, MatchData& data, Options options)
    : m_directory(directory)
    , m_data(data)
    , m_options(options) {}

void MatchSession::log(const QString& line) const {
    qCInfo(lcMatch).noquote() << line;
    if (m_log)
        m_log(line);
}

Result<void> MatchSession::run(const QList<StagedOrder>& orders, const SettingsFor& settingsFor) {
    QList<qsizetype> open(orders.size());
    std::iota(open.begin(), open.end(), 0);
    // The last outcome of each order still open after a round (its trace goes on); a settled
    // outcome is reported and dropped, so a large batch is never held in memory.
    QHash<qsizetype, MatchOutcome> outcomes;
    std::vector<bool> settled(orders.size(), false);
    const auto settle = [&](qsizetype i, MatchOutcome outcome) -> Result<void> {
        if (!m_options.dryRun)
            if (auto r = m_data.rememberCustomer(customerOf(orders.at(i), outcome)); !r)
                return r;
        settled[i] = true;
        outcomes.remove(i);
        return m_settled ? m_settled(i, outcome) : Result<void>();
    };
    // Orders come shop by shop: the settings of the shop asked for last are kept.
    QString settingsShop;
    Result<ShopSettings> settings = Error{};

    for (int round = 0; round < m_options.maxRounds && !open.isEmpty() && !cancelled(); ++round) {
        Round work;
        for (qsizetype i : std::as_const(open)) {
            const StagedOrder& order = orders.at(i);
            if (!settings || order.shopCode != settingsShop) {
                settings = settingsFor(order.shopCode);
                settingsShop = order.shopCode;
            }
            if (!settings)
                return settings.error();
            MatchOutcome outcome = OrderMatcher(m_directory, m_data).match(order, *settings);
            if (outcome.status == MatchStatus::NeedsLookups) {
                work.addLookups(outcome.lookups());
                outcomes[i] = std::move(outcome);
                continue;
            }
            if (outcome.status == MatchStatus::CreateCustomer && !m_options.dryRun) {
                const CustomerCreation& cc = *outcome.customer.creation;
                const auto failed = m_failedCreations.constFind(identityOf(cc.shopCode, cc.customerKey));
                if (failed != m_failedCreations.cend()) {
                    // Its creation failed earlier in this session (another wave): not tried again
                    // until the next import, which searches first should the ERP have made it.
                    settleAs(outcome, failed->status, QStringLiteral("create"), failed->reason,
                             failed->detail);
                    if (auto r = settle(i, std::move(outcome)); !r)
                        return r.error();
                    continue;
                }
                work.addCreation(i, cc);
                outcomes[i] = std::move(outcome);
                continue;
            }
            if (!m_options.dryRun) {
                if (auto w = write(order, outcome); !w) {
                    if (!w.error().is(ErrorKind::Conflict))
                        return w.error(); // the database failed: what settled so far stays settled
                    log(QObject::tr("%1: %2 Matching again.")
                            .arg(order.externalDocumentNumber(), w.message()));
                    outcomes[i] = std::move(outcome);
                    continue; // staff changed the link meanwhile: theirs wins, match again
                }
            }
            if (auto r = settle(i, std::move(outcome)); !r)
                return r.error();
        }

        if (!work.lookups().isEmpty())
            for (const Error& e : m_directory.fetch(work.lookups(), m_options.cancelled))
                log(e.message); // the orders concerned come out failed in the next round

        if (!work.creations().isEmpty()) {
            // Intents first, committed: should an answer be lost, the next round (or the next
            // import) finds them pending and searches the ERP before creating again.
            QList<NewCustomer> customers;
            for (const Round::Creation& c : work.creations()) {
                const CustomerCreation& cc = c.creation;
                if (auto r = m_data.recordIntent(
                        {cc.shopCode, cc.customerKey, CreationIntent::State::Pending, {}});
                    !r)
                    return r.error();
                customers.append({cc.customer, cc.customerTemplate.fields});
            }
            log(QObject::tr("Creating %1 ERP customers.").arg(customers.size()));
            const QList<Result<ErpCustomer>> created =
                m_directory.createCustomers(customers, m_options.cancelled);
            for (qsizetype k = 0; k < work.creations().size(); ++k) {
                const Round::Creation& c = work.creations().at(k);
                const CustomerCreation& cc = c.creation;
                const Result<ErpCustomer>& result = created.at(k);
                if (!result) {
                    if (result.error().is(ErrorKind::Cancelled))
                        continue; // the orders stay open; the intent makes the next import search first
                    // The ERP refusing the customer (a template field it does not know, say) is for
                    // staff; a time-out or an outage is retried, searching before creating again.
                    const bool permanent = result.error().isPermanent();
                    const QString reason =
                        permanent
                            ? QStringLiteral("The ERP refused to create the customer for %1 from template "
                                             "\"%2\": %3")
                                  .arg(cc.customerKey, cc.customerTemplate.name, result.message())
                            : QStringLiteral("Creating the ERP customer for %1 failed: %2. A retry searches "
                                             "the ERP before creating again.")
                                  .arg(cc.customerKey, result.message());
                    log(reason);
                    const MatchStatus status = permanent ? MatchStatus::NeedsReview : MatchStatus::Failed;
                    const QString detail = result.error().detail;
                    m_failedCreations.insert(identityOf(cc.shopCode, cc.customerKey),
                                             {status, reason, detail});
                    for (qsizetype i : c.orders) {
                        MatchOutcome failed = outcomes.take(i);
                        settleAs(failed, status, QStringLiteral("create"), reason, detail);
                        if (auto r = settle(i, std::move(failed)); !r)
                            return r.error();
                    }
                    continue;
                }
                const ErpCustomer& customer = *result;
                if (auto r = m_data.recordIntent(
                        {cc.shopCode, cc.customerKey, CreationIntent::State::Created, customer.number});
                    !r)
                    return r.error();
                ++m_created;
                log(QObject::tr("Created ERP customer %1 (%2) for %3 from template \"%4\".")
                        .arg(customer.number, customer.name, cc.customerKey, cc.customerTemplate.name));
                // The first order waiting is linked with the creation's outcome; the others are
                // matched again and find the link.
                const qsizetype first = c.orders.constFirst();
                MatchOutcome outcome = outcomes.value(first);
                traceNote(outcome.trace, MatchTrace::Cache::None, QStringLiteral("create"), cc.customerKey,
                          customer.number, QStringLiteral("created"),
                          QStringLiteral("Created ERP customer %1 (%2) from template \"%3\" and linked it."),
                          customer.number, customer.name, cc.customerTemplate.name);
                outcome.status = MatchStatus::Matched;
                outcome.reason.clear();
                CustomerDecision& decision = outcome.customer;
                decision.status = MatchStatus::Matched;
                decision.erpCustomerNumber = customer.number;
                decision.erpCustomerName = customer.name;
                decision.link = LinkWrite{cc.shopCode,   cc.customerKey,      customer.number,
                                          customer.name, LinkSource::Created, cc.linkVersion};
                decision.stale.reset();
                decision.creation.reset();
                if (auto w = write(orders.at(first), outcome); !w) {
                    if (!w.error().is(ErrorKind::Conflict))
                        return w.error();
                    continue; // matched again next round: the created customer is linked by its intent
                }
                if (auto r = settle(first, std::move(outcome)); !r)
                    return r.error();
            }
        }

        QList<qsizetype> next;
        for (qsizetype i : std::as_const(open))
            if (!settled[i])
                next.append(i);
        open = next;
    }
    if (cancelled())
        return {}; // the rest stays open and is matched by the next import
    for (qsizetype i : std::as_const(open)) {
        MatchOutcome unsettled = outcomes.take(i);
        settleAs(unsettled, MatchStatus::Failed, QStringLiteral("order"),
                 QStringLiteral("Matching did not settle in %1 rounds of ERP look-ups; retried by the next "
                                "import.")
                     .arg(m_options.maxRounds));
        if (auto r = settle(i, std::move(unsettled)); !r)
            return r.error();
    }
    return {};
}

MatchOutcome MatchSession::run(const StagedOrder& order, const ShopSettings& settings) {
    MatchOutcome outcome;
    outcome.status = MatchStatus::NeedsLookups; // stays open when cancelled
    const Settled caller = std::exchange(m_settled, [&outcome](qsizetype, const MatchOutcome& settled) {
        outcome = settled;
        return Result<void>();
    });
    const auto ran = run(QList<StagedOrder>{order}, [&settings](const QString&) { return settings; });
    m_settled = caller;
    if (!ran) {
        outcome = MatchOutcome();
        settleAs(outcome, MatchStatus::Failed, QStringLiteral("write"), ran.message(), ran.error().detail);
    } else if (caller && outcome.isFinal()) {
        (void)caller(0, outcome);
    }
    return outcome;
}

Result<void> MatchSession::write(const StagedOrder& order, const MatchOutcome& outcome) {
    if (!outcome.isFinal() || outcome.status == MatchStatus::Failed)
        return {};
    for (const ProductMapping& m : outcome.items.newMappings)
        if (auto r = m_data.addMapping(m); !r)
            return r;
    const CustomerDecision& c = outcome.customer;
    if (c.stale)
        if (auto r = m_data.markStale(*c.stale); !r)
            return r.error();
    if (c.link) {
        ShopCustomer customer = order.customer;
        customer.key = c.customerKey;
        if (auto r = m_data.setLink(customer, *c.link); !r)
            return r.error();
    }
    if (outcome.status == MatchStatus::Matched && !c.defaultCustomer) {
        const CreationIntent* intent = m_data.creationIntent(order.shopCode, c.customerKey);
        if (intent && intent->isPending()) // the customer a lost answer created, found by the search
            return m_data.recordIntent(
                {order.shopCode, c.customerKey, CreationIntent::State::Created, c.erpCustomerNumber});
    }
    return {};
}

} // namespace linkdesk
