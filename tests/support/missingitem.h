#pragma once

// A product mapping to an item no ERP has, for the tests of what the ERP refuses (tst_submitnow,
// tst_testorder).
#include "store/catalogrepository.h"

#include <QTest>

#include <optional>

namespace linkdesk::test {

// The SKU CARD-X of shop web mapped to NOPE-123, an item the ERP does not have, so that the ERP
// refuses what asks for it; nothing (and the test failed) when the mapping is not stored.
inline std::optional<ProductMapping> mapToMissingItem(Database& db) {
    ProductMapping mapping;
    mapping.shopCode = QStringLiteral("web");
    mapping.sku = QStringLiteral("CARD-X");
    mapping.erpItemNumber = QStringLiteral("NOPE-123");
    if (!CatalogRepository(db).setMapping(mapping)) {
        QTest::qFail("the mapping to NOPE-123 is not stored", __FILE__, __LINE__);
        return std::nullopt;
    }
    return mapping;
}

} // namespace linkdesk::test
