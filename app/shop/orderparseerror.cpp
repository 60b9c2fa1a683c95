#include "orderparseerror.h"

#include <QCryptographicHash>

namespace linkdesk::shop {

OrderParseError OrderParseError::make(QString message, const QByteArray& raw, QString orderNumber,
                                      QString shopOrderId) {
    OrderParseError e;
    e.message = std::move(message);
    e.orderNumber = std::move(orderNumber);
    e.shopOrderId = std::move(shopOrderId);
    e.rawTruncated = raw.size() > kMaxRawBytes;
    e.raw = e.rawTruncated ? raw.left(kMaxRawBytes) : raw;
    if (e.rawTruncated)
        e.message += QStringLiteral(" (raw input of %1 bytes kept only up to %2 bytes)")
                         .arg(raw.size())
                         .arg(kMaxRawBytes);
    return e;
}

StagedOrder OrderParseError::toQuarantinedOrder(const QString& shopCode) const {
    StagedOrder order;
    order.shopCode = shopCode;
    order.customer.shopCode = shopCode;
    order.orderNumber = orderNumber;
    if (order.orderNumber.isEmpty()) {
        const QByteArray hash = QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex().left(16);
        order.orderNumber = QStringLiteral("quarantine-") + QString::fromLatin1(hash);
    }
    order.shopOrderId = shopOrderId;
    order.status = OrderStatus::Quarantined;
    order.reason = message;
    order.lastError = message;
    order.rawPayload = raw;
    // A distinct identity so a quarantined order never shares a customer key with a real one.
    order.customer.key = QStringLiteral("quarantine:") + order.orderNumber;
    return order;
}

QList<StagedOrder> ParsedOrders::allForStore(const QString& shopCode) const {
    QList<StagedOrder> all = orders;
    all.reserve(orders.size() + errors.size());
    for (const OrderParseError& e : errors)
        all.append(e.toQuarantinedOrder(shopCode));
    return all;
}

QString quoteShort(const QString& text) {
    return QLatin1Char('"') + (text.size() > 40 ? text.left(40) + QStringLiteral("...") : text) +
           QLatin1Char('"');
}

} // namespace linkdesk::shop
