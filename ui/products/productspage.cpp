#include "productspage.h"

#include "mappingeditdialog.h"
#include "productcsv.h"
#include "productmappingmodel.h"
#include "store/catalogrepository.h"
#include "ui/common/icons.h"
#include "ui/common/tablesetup.h"
#include "ui/common/tablesortproxy.h"
#include "ui_productspage.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>

namespace linkdesk {

ProductsPage::ProductsPage(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Products"), parent)
    , m_ui(std::make_unique<Ui::ProductsPage>())
    , m_db(db)
    , m_shopCodes(shopCodes)
    , m_model(new ProductMappingModel(this))
    , m_proxy(new TableSortProxy(this)) {
    m_ui->setupUi(this);
    m_ui->addProductMappingButton->setIcon(icon(Icon::Add));
    m_proxy->setSourceModel(m_model);
    filterAnyColumn(m_proxy);
    setUpTable(m_ui->productTable, m_proxy,
               {{ProductMappingModel::Shop, 60},
                {ProductMappingModel::Sku, 200},
                {ProductMappingModel::ErpItem, 160}},
               ProductMappingModel::Sku, QStringLiteral("productsPage"));
    fillShopFilter(m_ui->productShopFilter, shopCodes);

    connect(m_ui->productShopFilter, &QComboBox::currentIndexChanged, this, &ProductsPage::reload);
    connect(m_ui->productFilterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->productTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsPage::updateActions);
    connect(m_ui->productTable, &QAbstractItemView::activated, this, &ProductsPage::editMapping);
    connect(m_ui->addProductMappingButton, &QPushButton::clicked, this, &ProductsPage::addMapping);
    connect(m_ui->editProductMappingButton, &QPushButton::clicked, this, &ProductsPage::editMapping);
    connect(m_ui->removeProductMappingButton, &QPushButton::clicked, this, &ProductsPage::removeMapping);
    connect(m_ui->importCsvButton, &QPushButton::clicked, this, &ProductsPage::chooseImportFile);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &ProductsPage::chooseExportFile);
    m_ui->addProductMappingButton->setEnabled(!shopCodes.isEmpty());
    updateActions();
    reload();
}

ProductsPage::~ProductsPage() = default;

void ProductsPage::reload() {
    // A read still on its way is superseded: only the latest answer is shown.
    m_reading = true;
    updateBusy();
    m_ui->productCountLabel->setText(tr("Loading mappings…"));
    m_db.run<QList<ProductMapping>>(
        this, m_reads.next(),
        [shop = m_ui->productShopFilter->currentData().toString()](Database& db) {
            return CatalogRepository(db).mappings(shop);
        },
        [this](Result<QList<ProductMapping>> mappings) { applyLoaded(std::move(mappings)); });
}

void ProductsPage::applyLoaded(Result<QList<ProductMapping>> mappings) {
    if (!mappings) {
        m_ui->productCountLabel->clear();
        showMessage(tr("The product mappings could not be read: %1").arg(mappings.message()), true);
    } else {
        m_model->setRows(std::move(*mappings));
        m_ui->productCountLabel->setText(tr("%n mapping(s)", nullptr, m_model->rowCount()));
    }
    updateActions();
    m_reading = false;
    updateBusy();
    emit loaded();
}

void ProductsPage::updateBusy() {
    setBusy(m_reading || m_writes > 0);
}

std::optional<ProductMapping> ProductsPage::selectedMapping() const {
    const QModelIndex current = m_ui->productTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->row(m_proxy->mapToSource(current).row());
}

void ProductsPage::updateActions() {
    const bool any = selectedMapping().has_value();
    m_ui->editProductMappingButton->setEnabled(any);
    m_ui->removeProductMappingButton->setEnabled(any);
}

void ProductsPage::showMessage(const QString& message, bool error) {
    Page::showMessage(m_ui->productMessageLabel, message, error);
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

void ProductsPage::write(std::function<Result<int>(Database&)> change,
                         std::function<void(const Result<int>&)> done) {
    ++m_writes;
    updateBusy();
    m_db.run<int>(this, std::move(change), [this, done = std::move(done)](Result<int> r) {
        --m_writes;
        done(r);
        if (r)
            reload(); // busy without a break until the mappings are read again
        updateBusy();
    });
}

void ProductsPage::addMapping() {
    auto* dialog = new MappingEditDialog(m_shopCodes, nullptr, this);
    dialog->setObjectName(QStringLiteral("mappingEditDialog"));
    dialog->setErpClient(erpClient());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ProductMapping m = dialog->mapping();
        write([m](Database& db) { return CatalogRepository(db).saveMappings({m}, mappingSaved()); },
              [this, m](const Result<int>& r) {
                  if (!r) {
                      showMessage(tr("The mapping could not be saved: %1").arg(r.message()), true);
                      return;
                  }
                  showMessage(tr("%1 in shop %2 now maps to ERP item %3.")
                                      .arg(m.sku.isEmpty()
                                               ? tr("Product %1/%2").arg(m.productId).arg(m.variationId)
                                               : m.sku,
                                           m.shopCode, m.erpItemNumber) +
                                  released(*r),
                              false);
              });
    });
    dialog->open();
}

void ProductsPage::editMapping() {
    const auto existing = selectedMapping();
    if (!existing)
        return;
    auto* dialog = new MappingEditDialog(m_shopCodes, &*existing, this);
    dialog->setObjectName(QStringLiteral("mappingEditDialog"));
    dialog->setErpClient(erpClient());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, existing = *existing] {
        ProductMapping m = existing;
        m.erpItemNumber = dialog->mapping().erpItemNumber;
        m.source = QStringLiteral("manual"); // a person decided it now
        write([m](Database& db) { return CatalogRepository(db).saveMappings({m}, mappingSaved()); },
              [this, m](const Result<int>& r) {
                  if (!r)
                      showMessage(tr("The mapping could not be saved: %1").arg(r.message()), true);
                  else
                      showMessage(tr("The mapping now points to ERP item %1.").arg(m.erpItemNumber) +
                                      released(*r),
                                  false);
              });
    });
    dialog->open();
}

void ProductsPage::removeMapping() {
    const auto existing = selectedMapping();
    if (!existing)
        return;
    const QString what = existing->sku.isEmpty()
                             ? tr("product %1/%2").arg(existing->productId).arg(existing->variationId)
                             : existing->sku;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Remove product mapping"),
                        tr("Remove the mapping of %1 in shop %2 to ERP item %3? Orders with this product "
                           "are blocked until it is mapped again.")
                            .arg(what, existing->shopCode, existing->erpItemNumber),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, existing = *existing, what](int result) {
        if (result != QMessageBox::Yes)
            return;
        write(
            [existing](Database& db) -> Result<int> {
                if (auto r = CatalogRepository(db).removeMapping(existing.shopCode, existing.matchKey()); !r)
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
    box->open();
}

Result<int> ProductsPage::exportCsv(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write(productcsv::format(m_model->rows()).toUtf8());
    if (!file.commit())
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return int(m_model->rowCount());
}

void ProductsPage::importCsv(const QString& path, std::function<void(const Result<int>&)> done) {
    const auto finish = [this, done](const Result<int>& n) {
        if (n)
            showMessage(tr("%n product mapping(s) imported.", nullptr, *n), false);
        else
            showMessage(n.message(), true);
        if (done)
            done(n);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return finish(fail(tr("%1 cannot be read: %2").arg(path, file.errorString())));
    auto mappings = productcsv::parse(QString::fromUtf8(file.readAll()), m_shopCodes);
    if (!mappings)
        return finish(mappings.error());
    write([mappings = *mappings](
              Database& db) { return CatalogRepository(db).saveMappings(mappings, mappingSaved()); },
          [this, finish, n = int(mappings->size())](const Result<int>& r) {
              if (!r)
                  return finish(fail(tr("Nothing was imported: %1").arg(r.message())));
              finish(n);
              if (*r > 0)
                  showMessage(tr("%n product mapping(s) imported.", nullptr, n) + released(*r), false);
          });
}

void ProductsPage::chooseImportFile() {
    auto* dialog = new QFileDialog(this, tr("Import product mappings"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { importCsv(path); });
    dialog->open();
}

void ProductsPage::chooseExportFile() {
    auto* dialog = new QFileDialog(this, tr("Export product mappings"),
                                   QStringLiteral("product-mappings.csv"), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        auto n = exportCsv(path);
        if (n)
            showMessage(tr("%n product mapping(s) exported to %1.", nullptr, *n).arg(path), false);
        else
            showMessage(n.message(), true);
    });
    dialog->open();
}

QLineEdit* ProductsPage::filterEdit() const {
    return m_ui->productFilterEdit;
}

} // namespace linkdesk
