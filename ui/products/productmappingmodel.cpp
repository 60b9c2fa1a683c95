#include "productmappingmodel.h"

#include <QLocale>

namespace linkdesk {

ProductMappingModel::ProductMappingModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ProductMappingModel::setMappings(QList<ProductMapping> mappings) {
    beginResetModel();
    m_mappings = std::move(mappings);
    endResetModel();
}

QString ProductMappingModel::sourceText(const QString& source) {
    if (source == QLatin1String("manual"))
        return tr("manual");
    if (source == QLatin1String("direct"))
        return tr("direct");
    if (source == QLatin1String("import"))
        return tr("import");
    return source;
}

int ProductMappingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_mappings.size());
}

int ProductMappingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductMappingModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductMapping& m = m_mappings.at(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Shop:
        return m.shopCode;
    case Sku:
        return m.sku;
    case ProductId:
        return m.sku.isEmpty() ? QVariant(m.productId) : QVariant();
    case VariationId:
        return m.sku.isEmpty() ? QVariant(m.variationId) : QVariant();
    case ErpItem:
        return m.erpItemNumber;
    case Source:
        return sourceText(m.source);
    case SetBy:
        return m.setBy;
    case SetAt:
        return m.setAt.isValid() ? QLocale().toString(m.setAt.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProductMappingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Shop:
        return tr("Shop");
    case Sku:
        return tr("SKU");
    case ProductId:
        return tr("Product id");
    case VariationId:
        return tr("Variation id");
    case ErpItem:
        return tr("ERP item");
    case Source:
        return tr("Source");
    case SetBy:
        return tr("Set by");
    case SetAt:
        return tr("Set at");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linkdesk
