#include "matchrunner.h"

#include "matchdata.h"
#include "matchlog.h"
#include "ordermatcher.h"
#include "tracenote.h"

namespace linkdesk {

namespace {
constexpr int kMaxRounds = 4;

MatchOutcome failed(MatchOutcome outcome, const QString& rule, const QString& reason) {
    outcome.status = MatchStatus::Failed;
    outcome.reason = reason;
    traceNote(outcome.trace, MatchTrace::Cache::None, rule, QString(), QString(), QStringLiteral("failed"),
              QStringLiteral("%1"), reason);
    return outcome;
}
} // namespace

MatchOutcome MatchRunner::run(const StagedOrder& order, const ShopSettings& settings) {
    MatchOutcome outcome;
    for (int round = 0; round < kMaxRounds; ++round) {
        outcome = OrderMatcher(m_directory, m_data).match(order, settings);
        switch (outcome.status) {
        case MatchStatus::NeedsLookups: {
            const QList<MissingLookup> lookups = outcome.lookups();
            if (!m_fetch) {
                QStringList keys;
                for (const MissingLookup& l : lookups)
                    keys << l.key();
                return failed(std::move(outcome), QStringLiteral("lookup"),
                              QStringLiteral("The ERP directory had no answer for %1.")
                                  .arg(keys.join(QStringLiteral(", "))));
            }
            if (auto r = m_fetch(lookups); !r)
                return failed(std::move(outcome), QStringLiteral("lookup"),
                              QStringLiteral("Looking up in the ERP failed: %1").arg(r.message()));
            continue;
        }
        case MatchStatus::CreateCustomer:
            return create(order, std::move(outcome));
        default:
            break;
        }
        if (auto r = applyWrites(order, outcome); !r) {
            if (r.error().is(ErrorKind::Conflict) && round + 1 < kMaxRounds) {
                qCInfo(lcMatch) << "link changed while matching" << order.shopCode << order.orderNumber
                                << "- matching again:" << r.message();
                continue; // someone (staff) changed the link meanwhile: theirs wins, match again
            }
            return failed(std::move(outcome), QStringLiteral("write"), r.message());
        }
        return outcome;
    }
    return failed(std::move(outcome), QStringLiteral("order"),
                  QStringLiteral("Matching did not settle after %1 rounds.").arg(kMaxRounds));
}

Result<void> MatchRunner::applyWrites(const StagedOrder& order, const MatchOutcome& outcome) {
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
        if (intent && intent->isPending())
            return m_data.recordIntent(
                {order.shopCode, c.customerKey, CreationIntent::State::Created, c.erpCustomerNumber});
    }
    return {};
}

MatchOutcome MatchRunner::create(const StagedOrder& order, MatchOutcome outcome) {
    const CustomerCreation creation = *outcome.customer.creation;
    const QString rule = QStringLiteral("create");
    // Recorded first: should the ERP create the customer and the answer be lost, the retry finds
    // this intent pending and searches the ERP again before creating anything.
    if (auto r = m_data.recordIntent(
            {creation.shopCode, creation.customerKey, CreationIntent::State::Pending, {}});
        !r)
        return failed(
            std::move(outcome), rule,
            QStringLiteral("Could not record the intent to create a customer; nothing was created: %1")
                .arg(r.message()));
    auto created = m_directory.createCustomer(creation.customer, creation.customerTemplate.fields);
    if (!created)
        return failed(std::move(outcome), rule,
                      QStringLiteral("Creating the ERP customer for %1 failed: %2. A retry searches the ERP "
                                     "before creating again.")
                          .arg(creation.customerKey, created.message()));
    const ErpCustomer& c = *created;
    traceNote(outcome.trace, MatchTrace::Cache::None, rule, creation.customerKey, c.number,
              QStringLiteral("created"),
              QStringLiteral("Created ERP customer %1 (%2) from template \"%3\" and linked it."), c.number,
              c.name, creation.customerTemplate.name);
    if (auto r = m_data.recordIntent(
            {creation.shopCode, creation.customerKey, CreationIntent::State::Created, c.number});
        !r)
        return failed(
            std::move(outcome), rule,
            QStringLiteral("Created ERP customer %1 but could not record it: %2").arg(c.number, r.message()));
    outcome.status = MatchStatus::Matched;
    outcome.reason.clear();
    outcome.customer.status = MatchStatus::Matched;
    outcome.customer.erpCustomerNumber = c.number;
    outcome.customer.erpCustomerName = c.name;
    outcome.customer.link = LinkWrite{creation.shopCode,   creation.customerKey, c.number, c.name,
                                      LinkSource::Created, creation.linkVersion};
    outcome.customer.stale.reset();
    outcome.customer.creation.reset();
    if (auto r = applyWrites(order, outcome); !r)
        return failed(std::move(outcome), rule,
                      QStringLiteral("Created ERP customer %1 but could not link it: %2. A retry links it.")
                          .arg(c.number, r.message()));
    qCInfo(lcMatch) << "created ERP customer" << c.number << "for" << creation.shopCode
                    << creation.customerKey;
    return outcome;
}

} // namespace linkdesk
