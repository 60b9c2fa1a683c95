#include "matchoutcome.h"
#include "util/names.h"

#include <QSet>

namespace linkdesk {

namespace {
constexpr NameTable<6> kStatusNames{"matched", "blocked",       "needs_review",
                                    "failed",  "needs_lookups", "create_customer"};
static_assert(kStatusNames.size() == std::size_t(MatchStatus::CreateCustomer) + 1);
} // namespace

QString toString(MatchStatus status) {
    return nameIn(kStatusNames, status);
}

bool MatchOutcome::isFinal() const {
    return status != MatchStatus::NeedsLookups && status != MatchStatus::CreateCustomer;
}

OrderStatus MatchOutcome::orderStatus() const {
    switch (status) {
    case MatchStatus::Matched:
        return OrderStatus::Matched;
    case MatchStatus::Blocked:
        return OrderStatus::Blocked;
    case MatchStatus::NeedsReview:
        return OrderStatus::NeedsReview;
    case MatchStatus::Failed:
        return OrderStatus::Failed;
    case MatchStatus::NeedsLookups:
    case MatchStatus::CreateCustomer:
        break;
    }
    return OrderStatus::New;
}

QList<MissingLookup> MatchOutcome::lookups() const {
    QList<MissingLookup> all;
    QSet<QString> seen;
    for (const QList<MissingLookup>* list : {&items.lookups, &customer.lookups})
        for (const MissingLookup& lookup : *list)
            if (!seen.contains(lookup.key())) {
                seen.insert(lookup.key());
                all.append(lookup);
            }
    return all;
}

void MatchOutcome::applyTo(StagedOrder& order) const {
    order.status = orderStatus();
    order.reason = reason;
    if (!customer.customerKey.isEmpty())
        order.customer.key = customer.customerKey;
    if (status == MatchStatus::Matched)
        order.erpCustomerNumber = customer.erpCustomerNumber;
    for (qsizetype i = 0; i < order.lines.size() && i < items.itemNumbers.size(); ++i)
        order.lines[i].erpItemNumber = items.itemNumbers.at(i);
    if (status == MatchStatus::Failed) {
        order.lastError = reason;
        order.lastErrorDetail = detail; // empty where the reason is Linkdesk's own
        ++order.attempts;
    }
    order.matchTrace = trace.toJson();
}

} // namespace linkdesk
