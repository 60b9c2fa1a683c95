#include "itemmatcher.h"

#include "matchdata.h"
#include "tracenote.h"

namespace linkdesk {

namespace {
using Cache = MatchTrace::Cache;
} // namespace

ItemDecision ItemMatcher::match(const StagedOrder& order, const ShopSettings& settings,
                                MatchTrace& trace) const {
    const QString rule = QStringLiteral("item-mapping");
    const QString directRule = QStringLiteral("item-direct");
    ItemDecision d;
    d.itemNumbers.reserve(order.lines.size());
    bool pending = false;
    for (const OrderLine& line : order.lines) {
        const QString sku = line.sku.trimmed();
        const ProductMapping* mapping = nullptr;
        if (!sku.isEmpty())
            mapping = m_data.mappingBySku(order.shopCode, sku);
        else if (line.productId != 0)
            mapping = m_data.mappingByProduct(order.shopCode, line.productId, line.variationId);
        if (mapping) {
            d.itemNumbers.append(mapping->erpItemNumber);
            traceNote(trace, Cache::None, rule, sku, mapping->erpItemNumber, QStringLiteral("mapped"),
                      QStringLiteral("Mapped %1 to ERP item %2."), sku.isEmpty() ? line.describe() : sku,
                      mapping->erpItemNumber);
            continue;
        }
        d.itemNumbers.append(QString());
        if (sku.isEmpty() || settings.itemBlockedCheck) {
            d.unmatched.append(line.describe());
            traceNote(trace, Cache::None, rule, sku.isEmpty() ? line.describe() : sku, QStringLiteral("none"),
                      QStringLiteral("unmatched"),
                      sku.isEmpty() ? QStringLiteral("%1 has no SKU and no product mapping.")
                                    : QStringLiteral("%1 has no product mapping (item_blocked_check is on)."),
                      sku.isEmpty() ? line.describe() : sku);
            continue;
        }
        const auto exists = m_directory.itemExists(sku);
        switch (exists.state) {
        case Lookup<bool>::State::Unknown: {
            bool asked = false;
            for (const MissingLookup& l : std::as_const(d.lookups))
                asked = asked || l.number == sku;
            if (!asked)
                d.lookups.append({MissingLookup::Kind::Item, {}, sku});
            pending = true;
            traceNote(trace, Cache::Miss, directRule, sku, QString(), QStringLiteral("lookup"),
                      QStringLiteral("%1 has no product mapping; looking it up as an ERP item number."), sku);
            break;
        }
        case Lookup<bool>::State::Failed:
            d.status = MatchStatus::Failed;
            d.reason = QStringLiteral("Could not look up ERP item %1: %2").arg(sku, exists.error);
            d.detail = exists.errorDetail;
            traceNote(trace, cacheOf(exists.cacheHit), directRule, sku, exists.error,
                      QStringLiteral("failed"), QStringLiteral("%1."), d.reason);
            return d;
        case Lookup<bool>::State::Known:
            if (exists.value) {
                d.itemNumbers.last() = sku;
                bool known = false;
                for (const ProductMapping& m : std::as_const(d.newMappings))
                    known = known || m.sku == sku;
                if (!known) {
                    ProductMapping m;
                    m.shopCode = order.shopCode;
                    m.sku = sku;
                    m.erpItemNumber = sku;
                    m.source = QStringLiteral("direct");
                    d.newMappings.append(m);
                }
                traceNote(trace, cacheOf(exists.cacheHit), directRule, sku, sku, QStringLiteral("mapped"),
                          QStringLiteral("%1 has no product mapping; the ERP has an item %1: used it and "
                                         "remembered it as a direct mapping."),
                          sku);
            } else {
                d.unmatched.append(line.describe());
                traceNote(trace, cacheOf(exists.cacheHit), directRule, sku, QStringLiteral("none"),
                          QStringLiteral("unmatched"),
                          QStringLiteral("%1 has no product mapping and the ERP has no item %1."), sku);
            }
            break;
        }
    }
    if (!d.unmatched.isEmpty()) { // blocked whatever the pending look-ups say
        d.status = MatchStatus::Blocked;
        d.reason = QStringLiteral("No ERP item for %1").arg(d.unmatched.join(QStringLiteral(", ")));
        traceNote(trace, MatchTrace::Cache::None, rule, QString(), d.unmatched.join(QStringLiteral(", ")),
                  QStringLiteral("blocked"), QStringLiteral("Blocked: %1."), d.reason);
    } else if (pending) {
        d.status = MatchStatus::NeedsLookups;
    }
    return d;
}

} // namespace linkdesk
