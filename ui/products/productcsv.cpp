#include "productcsv.h"

#include "util/csv.h"

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
    QString text = csv::formatRow(Header) + QStringLiteral("\r\n");
    for (const ProductMapping& m : mappings) {
        const bool bySku = !m.sku.isEmpty();
        text +=
            csv::formatRow({m.shopCode, m.sku, bySku ? QString() : QString::number(m.productId),
                            bySku ? QString() : QString::number(m.variationId), m.erpItemNumber, m.source}) +
            QStringLiteral("\r\n");
    }
    return text;
}

Result<QList<ProductMapping>> parse(const QString& text, const QStringList& knownShops) {
    auto rows = csv::parse(text);
    if (!rows)
        return fail(tr("The file is not valid CSV: %1").arg(rows.message()));
    if (rows->isEmpty())
        return fail(tr("The file is empty."));
    const csv::NamedRows table(std::move(*rows));
    if (!table.hasColumn(QStringLiteral("shop")) || !table.hasColumn(QStringLiteral("erp_item_number")) ||
        (!table.hasColumn(QStringLiteral("sku")) && !table.hasColumn(QStringLiteral("product_id"))))
        return fail(tr("The first line must name the columns: %1.").arg(Header.join(QStringLiteral(","))));

    QList<ProductMapping> mappings;
    QStringList problems;
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < table.size(); ++i) {
        const auto field = [&](const QString& name) { return table.field(i, name); };
        if (table.isBlank(i))
            continue;
        const int line = table.lineOf(i);
        ProductMapping m;
        m.shopCode = field(QStringLiteral("shop"));
        m.sku = field(QStringLiteral("sku"));
        m.erpItemNumber = field(QStringLiteral("erp_item_number"));
        m.source = field(QStringLiteral("source"));
        if (m.source.isEmpty())
            m.source = QStringLiteral("import");
        if (m.shopCode.isEmpty())
            problems << tr("Line %1 names no shop.").arg(line);
        else if (!knownShops.isEmpty() && !knownShops.contains(m.shopCode))
            problems << tr("Line %1: there is no shop \"%2\" in this profile (shops: %3).")
                            .arg(line)
                            .arg(m.shopCode, knownShops.join(QStringLiteral(", ")));
        if (m.erpItemNumber.isEmpty())
            problems << tr("Line %1 names no ERP item number.").arg(line);
        if (!QStringList{QStringLiteral("manual"), QStringLiteral("direct"), QStringLiteral("import")}
                 .contains(m.source))
            problems << tr("Line %1: the source must be manual, direct or import, not \"%2\".")
                            .arg(line)
                            .arg(m.source);
        if (m.sku.isEmpty()) {
            bool okProduct = false;
            bool okVariation = true;
            m.productId = field(QStringLiteral("product_id")).toLongLong(&okProduct);
            const QString variation = field(QStringLiteral("variation_id"));
            m.variationId = variation.isEmpty() ? 0 : variation.toLongLong(&okVariation);
            if (!okProduct || m.productId <= 0 || !okVariation || m.variationId < 0)
                problems
                    << tr("Line %1 needs a SKU or a product id (and a variation id of 0 or more).").arg(line);
        }
        const QString key = m.shopCode + QLatin1Char(' ') + m.matchKey();
        if (const int first = seen.value(key); first > 0)
            problems << tr("Line %1 maps the same product as line %2.").arg(line).arg(first);
        seen.insert(key, line);
        mappings.append(m);
    }
    if (!problems.isEmpty()) {
        const int shown = 10;
        QString message = problems.mid(0, shown).join(QLatin1Char('\n'));
        if (problems.size() > shown)
            message += QLatin1Char('\n') + tr("… and %1 more.").arg(problems.size() - shown);
        return fail(tr("Nothing was imported:\n%1").arg(message));
    }
    return mappings;
}

} // namespace linkdesk::productcsv
