#include "stagedorder.h"

#include "util/names.h"

namespace linkdesk {

namespace {
constexpr NameTable<8> kStatusNames{"new",     "matched",      "submitting", "submitted",
                                    "blocked", "needs_review", "failed",     "quarantined"};
static_assert(kStatusNames.size() == std::size_t(OrderStatus::Quarantined) + 1);
} // namespace

QString toString(OrderStatus status) {
    return nameIn(kStatusNames, status);
}

bool parseOrderStatus(const QString& text, OrderStatus* status) {
    const auto value = valueIn<OrderStatus>(kStatusNames, text);
    if (value)
        *status = *value;
    return value.has_value();
}

QList<OrderStatus> allOrderStatuses() {
    QList<OrderStatus> result;
    for (std::size_t i = 0; i < kStatusNames.size(); ++i)
        result.append(OrderStatus(i));
    return result;
}

QString OrderLine::describe() const {
    if (!sku.isEmpty())
        return sku;
    if (productId == 0 && !name.isEmpty()) // named only (a custom item of an exported file)
        return QStringLiteral("\"%1\" (no SKU)").arg(name);
    return QStringLiteral("%1 (product %2%3)")
        .arg(name.isEmpty() ? QStringLiteral("unnamed product") : name)
        .arg(productId)
        .arg(variationId ? QStringLiteral(", variation %1").arg(variationId) : QString());
}

} // namespace linkdesk
