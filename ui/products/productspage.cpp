#include "productspage.h"

#include "mappingeditdialog.h"
#include "productcsv.h"
#include "productmappingmodel.h"
#include "store/catalogrepository.h"
#include "ui_productspage.h"

namespace linkdesk {

ProductsPage::ProductsPage(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent)
    : ShopTablePage(QT_TRANSLATE_NOOP("linkdesk::Page", "Products"), db, shopCodes, parent)
    , m_ui(std::make_unique<Ui::ProductsPage>())
    , m_model(new ProductMappingModel(this)) {
    m_ui->setupUi(this);
    setUp({m_ui->productFilterEdit, m_ui->productShopFilter, m_ui->productTable, m_ui->productCountLabel,
           m_ui->productMessageLabel, m_ui->addProductMappingButton, m_ui->editProductMappingButton,
           m_ui->removeProductMappingButton, m_ui->importCsvButton, m_ui->exportCsvButton},
          {QT_TR_NOOP("Loading mappings…"), QT_TR_N_NOOP("%n mapping(s)"),
           QT_TR_NOOP("The product mappings could not be read: %1"),
           QT_TR_N_NOOP("%n product mapping(s) imported."),
           QT_TR_N_NOOP("%n product mapping(s) exported to %1."), QT_TR_NOOP("Import product mappings"),
           QT_TR_NOOP("Export product mappings"), "product-mappings.csv"},
          m_model,
          {{ProductMappingModel::Shop, 60},
           {ProductMappingModel::Sku, 200},
           {ProductMappingModel::ErpItem, 160}},
          ProductMappingModel::Sku, QStringLiteral("productsPage"));
}

ProductsPage::~ProductsPage() = default;

void ProductsPage::reload() {
    read<ProductMapping>(
        [](Database& db, const QString& shop) { return CatalogRepository(db).mappings(shop); },
        [this](QList<ProductMapping> mappings) { m_model->setRows(std::move(mappings)); });
}

std::optional<ProductMapping> ProductsPage::selectedMapping() const {
    const int row = currentRow();
    if (row < 0)
        return std::nullopt;
    return m_model->row(row);
}

namespace {
// Why the orders a mapping unblocks are put back in the queue, for their audit entries.
QString mappingSaved() {
    return QStringLiteral("a product mapping for it was saved on the Products page");
}
} // namespace

QString ProductsPage::released(int orders) {
    return orders > 0
               ? QLatin1Char(' ') +
                     tr("Blocked orders it unblocks, matched again by the next import: %1.").arg(orders)
               : QString();
}

void ProductsPage::save(const ProductMapping& mapping, const QString& saved) {
    write([mapping](Database& db) { return CatalogRepository(db).saveMappings({mapping}, mappingSaved()); },
          [this, saved](const Result<int>& r) {
              if (!r)
                  showMessage(tr("The mapping could not be saved: %1").arg(r.message()), true);
              else
                  showMessage(saved + released(*r), false);
          });
}

void ProductsPage::addRow() {
    auto* dialog = new MappingEditDialog(shopCodes(), nullptr, this);
    dialog->setObjectName(QStringLiteral("mappingEditDialog"));
    dialog->setErpClient(erpClient());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ProductMapping m = dialog->mapping();
        save(m, tr("%1 in shop %2 now maps to ERP item %3.")
                    .arg(m.sku.isEmpty() ? tr("Product %1/%2").arg(m.productId).arg(m.variationId) : m.sku,
                         m.shopCode, m.erpItemNumber));
    });
    dialog->open();
}

void ProductsPage::editRow() {
    const auto existing = selectedMapping();
    if (!existing)
        return;
    auto* dialog = new MappingEditDialog(shopCodes(), &*existing, this);
    dialog->setObjectName(QStringLiteral("mappingEditDialog"));
    dialog->setErpClient(erpClient());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, existing = *existing] {
        ProductMapping m = existing;
        m.erpItemNumber = dialog->mapping().erpItemNumber;
        m.source = QStringLiteral("manual"); // a person decided it now
        save(m, tr("The mapping now points to ERP item %1.").arg(m.erpItemNumber));
    });
    dialog->open();
}

void ProductsPage::removeRow() {
    const auto existing = selectedMapping();
    if (!existing)
        return;
    const QString what = existing->sku.isEmpty()
                             ? tr("product %1/%2").arg(existing->productId).arg(existing->variationId)
                             : existing->sku;
    confirmRemove(
        tr("Remove product mapping"),
        tr("Remove the mapping of %1 in shop %2 to ERP item %3? Orders with this product "
           "are blocked until it is mapped again.")
            .arg(what, existing->shopCode, existing->erpItemNumber),
        [this, existing = *existing, what] {
            write(
                [existing](Database& db) -> Result<int> {
                    if (auto r = CatalogRepository(db).removeMapping(existing.shopCode, existing.matchKey());
                        !r)
                        return r.error();
                    return 0;
                },
                [this, what](const Result<int>& r) {
                    if (!r)
                        showMessage(tr("The mapping could not be removed: %1").arg(r.message()), true);
                    else
                        showMessage(tr("The mapping of %1 was removed.").arg(what), false);
                });
        });
}

QString ProductsPage::csv() const {
    return productcsv::format(m_model->rows());
}

void ProductsPage::storeCsv(const QString& text, Done done) {
    auto mappings = productcsv::parse(text, shopCodes());
    if (!mappings)
        return done(mappings.error());
    write([mappings = *mappings](
              Database& db) { return CatalogRepository(db).saveMappings(mappings, mappingSaved()); },
          [this, done, n = int(mappings->size())](const Result<int>& r) {
              if (!r)
                  return done(nothingImported(r.error()));
              done(n);
              if (*r > 0)
                  showMessage(importedText(n) + released(*r), false);
          });
}

} // namespace linkdesk
