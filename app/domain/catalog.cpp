#include "catalog.h"

namespace linkdesk {

QString ProductMapping::keyForProduct(qint64 productId, qint64 variationId) {
    return QStringLiteral("pid:%1/%2").arg(productId).arg(variationId);
}

QString ProductMapping::matchKey() const {
    return sku.isEmpty() ? keyForProduct(productId, variationId) : keyForSku(sku);
}

} // namespace linkdesk
