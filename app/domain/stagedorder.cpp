#include "stagedorder.h"

#include <array>
#include <utility>

namespace linkdesk {

namespace {
constexpr std::array kStatusNames{
    std::pair{OrderStatus::New, "new"},
    std::pair{OrderStatus::Matched, "matched"},
    std::pair{OrderStatus::Submitting, "submitting"},
    std::pair{OrderStatus::Submitted, "submitted"},
    std::pair{OrderStatus::Blocked, "blocked"},
    std::pair{OrderStatus::NeedsReview, "needs_review"},
    std::pair{OrderStatus::Failed, "failed"},
    std::pair{OrderStatus::Quarantined, "quarantined"},
};
} // namespace

QString toString(OrderStatus status) {
    for (const auto& [value, name] : kStatusNames)
        if (value == status)
            return QString::fromLatin1(name);
    return {};
}

bool parseOrderStatus(const QString& text, OrderStatus* status) {
    for (const auto& [value, name] : kStatusNames) {
        if (text == QLatin1String(name)) {
            *status = value;
            return true;
        }
    }
    return false;
}

QList<OrderStatus> allOrderStatuses() {
    QList<OrderStatus> result;
    for (const auto& entry : kStatusNames)
        result.append(entry.first);
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
