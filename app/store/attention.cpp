#include "attention.h"

#include "customerrepository.h"
#include "orderrepository.h"

namespace linkdesk {

Result<Attention> readAttention(Database& db) {
    const auto byStatus = OrderRepository(db).countByStatus();
    if (!byStatus)
        return byStatus.error();
    CustomerQuery stale;
    stale.status = CustomerQuery::Status::Stale;
    const auto staleLinks = CustomerRepository(db).count(stale);
    if (!staleLinks)
        return staleLinks.error();
    Attention a;
    a.needsReview = byStatus->value(OrderStatus::NeedsReview);
    a.blocked = byStatus->value(OrderStatus::Blocked);
    a.failed = byStatus->value(OrderStatus::Failed);
    a.quarantined = byStatus->value(OrderStatus::Quarantined);
    a.staleLinks = *staleLinks;
    for (int n : *byStatus)
        a.orders += n;
    return a;
}

} // namespace linkdesk
