#include "ordermatcher.h"

#include "customermatcher.h"
#include "itemmatcher.h"
#include "tracenote.h"

namespace linkdesk {

MatchOutcome OrderMatcher::match(const StagedOrder& order, const ShopSettings& settings) const {
    MatchOutcome outcome;
    outcome.trace.reserve(order.lines.size() + 3);
    outcome.items = ItemMatcher(m_directory, m_data).match(order, settings, outcome.trace);
    switch (outcome.items.status) {
    case MatchStatus::Blocked:
    case MatchStatus::Failed:
        outcome.status = outcome.items.status;
        outcome.reason = outcome.items.reason;
        outcome.detail = outcome.items.detail;
        if (outcome.status == MatchStatus::Blocked)
            traceNote(
                outcome.trace, MatchTrace::Cache::None, QStringLiteral("order"), QString(), QString(),
                QStringLiteral("blocked"),
                QStringLiteral("The customer was not matched: a blocked order creates no ERP customer."));
        return outcome;
    default:
        break;
    }
    outcome.customer = CustomerMatcher(m_directory, m_data).match(order, settings, outcome.trace);
    if (outcome.items.status == MatchStatus::NeedsLookups) {
        // Whatever the customer came to waits for the items: nothing is created before they are known.
        outcome.status = MatchStatus::NeedsLookups;
        return outcome;
    }
    outcome.status = outcome.customer.status;
    outcome.reason = outcome.customer.reason;
    outcome.detail = outcome.customer.detail;
    return outcome;
}

} // namespace linkdesk
