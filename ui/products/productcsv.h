#pragma once

#include "domain/catalog.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace linkdesk::productcsv {

// Product mappings as CSV, with a header row:
//   shop,sku,product_id,variation_id,erp_item_number,source
// A row names either a SKU or a product id (variation id 0 for a simple product). An empty source
// reads as "import".
QString format(const QList<ProductMapping>& mappings);
// Every row, or every line that is wrong, in plain words (nothing is half read). knownShops, when
// not empty, are the only shop codes a row may name.
Result<QList<ProductMapping>> parse(const QString& text, const QStringList& knownShops = {});

} // namespace linkdesk::productcsv
