#include "matchoutcome.h"

#include <QSet>

namespace linkdesk {

QString toString(MatchStatus status) {
    switch (status) {
    case MatchStatus::Matched:
        return QStringLiteral("matched");
    case MatchStatus::Blocked:
        return QStringLiteral("blocked");
    case MatchStatus::NeedsReview:
        return QStringLiteral("needs_review");
    case MatchStatus::Failed:
        return QStringLiteral("failed");
    case MatchStatus::NeedsLookups:
        return QStringLiteral("needs_lookups");
    case MatchStatus::CreateCustomer:
        return QStringLiteral("create_customer");
    }
    return {};
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
    if (status == MatchStatus::Matched)
        order.erpCustomerNumber = customer.erpCustomerNumber;
    for (qsizetype i = 0; i < order.lines.size() && i < items.itemNumbers.size(); ++i)
        order.lines[i].erpItemNumber = items.itemNumbers.at(i);
    if (status == MatchStatus::Failed) {
        order.lastError = reason;
        ++order.attempts;
    }
    order.matchTrace = trace.toJson();
}

} // namespace linkdesk
