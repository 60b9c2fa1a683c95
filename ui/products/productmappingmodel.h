#pragma once

#include "domain/catalog.h"

#include <QAbstractTableModel>

namespace linkdesk {

// Product mappings: (shop, SKU) or (shop, product id, variation id) -> ERP item number.
class ProductMappingModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductMappingModel)
public:
    enum Column { Shop, Sku, ProductId, VariationId, ErpItem, Source, SetBy, SetAt, ColumnCount };

    explicit ProductMappingModel(QObject* parent = nullptr);

    void setMappings(QList<ProductMapping> mappings);
    const QList<ProductMapping>& mappings() const { return m_mappings; }
    const ProductMapping& mapping(int row) const { return m_mappings.at(row); }

    static QString sourceText(const QString& source);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProductMapping> m_mappings;
};

} // namespace linkdesk
