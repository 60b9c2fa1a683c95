#include "stagedorder.h"

#include "util/names.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace linkdesk {

namespace {
constexpr NameTable<8> kStatusNames{"new",     "matched",      "submitting", "submitted",
                                    "blocked", "needs_review", "failed",     "quarantined"};
static_assert(kStatusNames.size() == std::size_t(OrderStatus::Quarantined) + 1);
constexpr NameTable<2> kChargeKindNames{"shipping", "fee"};
static_assert(kChargeKindNames.size() == std::size_t(OrderCharge::Kind::Fee) + 1);
} // namespace

QString toString(OrderCharge::Kind kind) {
    return nameIn(kChargeKindNames, kind);
}

bool parseChargeKind(const QString& text, OrderCharge::Kind* kind) {
    const auto value = valueIn<OrderCharge::Kind>(kChargeKindNames, text);
    if (value)
        *kind = *value;
    return value.has_value();
}

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

QString chargesToJson(const QList<OrderCharge>& charges) {
    if (charges.isEmpty())
        return {};
    QJsonArray array;
    for (const OrderCharge& c : charges)
        array.append(QJsonObject{{QStringLiteral("kind"), toString(c.kind)},
                                 {QStringLiteral("description"), c.description},
                                 {QStringLiteral("amount"), c.amount}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<OrderCharge> chargesFromJson(const QString& json) {
    QList<OrderCharge> charges;
    if (json.isEmpty())
        return charges;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        OrderCharge c;
        if (!parseChargeKind(o.value(QStringLiteral("kind")).toString(), &c.kind))
            continue;
        c.description = o.value(QStringLiteral("description")).toString();
        c.amount = o.value(QStringLiteral("amount")).toString();
        charges.append(c);
    }
    return charges;
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
