#include "productmappingmodel.h"

#include <QLocale>

namespace linkdesk {

ProductMappingModel::ProductMappingModel(QObject* parent)
    : ListModel({QT_TR_NOOP("Shop"), QT_TR_NOOP("SKU"), QT_TR_NOOP("Product id"), QT_TR_NOOP("Variation id"),
                 QT_TR_NOOP("ERP item"), QT_TR_NOOP("Source"), QT_TR_NOOP("Set by"), QT_TR_NOOP("Set at")},
                parent) {}

QString ProductMappingModel::sourceText(const QString& source) {
    if (source == QLatin1String("manual"))
        return tr("manual");
    if (source == QLatin1String("direct"))
        return tr("direct");
    if (source == QLatin1String("import"))
        return tr("import");
    return source;
}

QVariant ProductMappingModel::cell(const ProductMapping& m, int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
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

} // namespace linkdesk
