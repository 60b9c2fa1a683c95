#pragma once

#include "domain/catalog.h"
#include "ui/common/listmodel.h"

namespace linkdesk {

// Product mappings: (shop, SKU) or (shop, product id, variation id) -> ERP item number.
class ProductMappingModel final : public ListModel<ProductMapping> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductMappingModel)
public:
    enum Column { Shop, Sku, ProductId, VariationId, ErpItem, Source, SetBy, SetAt, ColumnCount };

    explicit ProductMappingModel(QObject* parent = nullptr);

    static QString sourceText(const QString& source);

private:
    QVariant cell(const ProductMapping& m, int column, int role) const override;
};

} // namespace linkdesk
