#include "productcsv.h"

#include "ui/common/csvtable.h"

#include <QCoreApplication>

namespace linkdesk::productcsv {

namespace {
const QStringList Header{QStringLiteral("shop"),
                         QStringLiteral("sku"),
                         QStringLiteral("product_id"),
                         QStringLiteral("variation_id"),
                         QStringLiteral("erp_item_number"),
                         QStringLiteral("source")};

QString tr(const char* text) {
    return QCoreApplication::translate("linkdesk::productcsv", text);
}
} // namespace

QString format(const QList<ProductMapping>& mappings) {
    QList<QStringList> rows;
    for (const ProductMapping& m : mappings) {
        const bool bySku = !m.sku.isEmpty();
        rows.append({m.shopCode, m.sku, bySku ? QString() : QString::number(m.productId),
                     bySku ? QString() : QString::number(m.variationId), m.erpItemNumber, m.source});
    }
    return csvtable::format(Header, rows);
}

Result<QList<ProductMapping>> parse(const QString& text, const QStringList& knownShops) {
    QList<ProductMapping> mappings;
    const auto read = csvtable::read(
        text, Header,
        {{QStringLiteral("shop")},
         {QStringLiteral("erp_item_number")},
         {QStringLiteral("sku"), QStringLiteral("product_id")}},
        [&](csvtable::Line& line) {
            ProductMapping m;
            m.shopCode = line.shop(knownShops);
            m.sku = line.field(QStringLiteral("sku"));
            m.erpItemNumber = line.field(QStringLiteral("erp_item_number"));
            m.source = line.field(QStringLiteral("source"));
            if (m.source.isEmpty())
                m.source = QStringLiteral("import");
            if (m.erpItemNumber.isEmpty())
                line.problem(tr("Line %1 names no ERP item number.").arg(line.number()));
            if (!QStringList{QStringLiteral("manual"), QStringLiteral("direct"), QStringLiteral("import")}
                     .contains(m.source))
                line.problem(tr("Line %1: the source must be manual, direct or import, not \"%2\".")
                                 .arg(line.number())
                                 .arg(m.source));
            if (m.sku.isEmpty()) {
                bool okProduct = false;
                bool okVariation = true;
                m.productId = line.field(QStringLiteral("product_id")).toLongLong(&okProduct);
                const QString variation = line.field(QStringLiteral("variation_id"));
                m.variationId = variation.isEmpty() ? 0 : variation.toLongLong(&okVariation);
                if (!okProduct || m.productId <= 0 || !okVariation || m.variationId < 0)
                    line.problem(tr("Line %1 needs a SKU or a product id (and a variation id of 0 or more).")
                                     .arg(line.number()));
            }
            if (const int first = line.earlierWith(m.shopCode + QLatin1Char(' ') + m.matchKey()))
                line.problem(tr("Line %1 maps the same product as line %2.").arg(line.number()).arg(first));
            mappings.append(m);
        });
    if (!read)
        return read.error();
    return mappings;
}

} // namespace linkdesk::productcsv
