#include "productspage.h"

#include "mappingeditdialog.h"
#include "productcsv.h"
#include "productmappingmodel.h"
#include "store/catalogrepository.h"
#include "store/database.h"
#include "ui/common/headerstate.h"
#include "ui_productspage.h"

#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QtConcurrent/QtConcurrentRun>

namespace linkdesk {

namespace {} // namespace

ProductsPage::ProductsPage(Database& db, const QStringList& shopCodes, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProductsPage>())
    , m_db(db)
    , m_shopCodes(shopCodes)
    , m_model(new ProductMappingModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_watcher(new QFutureWatcher<Snapshot>(this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->productTable->setModel(m_proxy);
    m_ui->productTable->verticalHeader()->hide();
    m_ui->productTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->productTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->productTable->setColumnWidth(ProductMappingModel::Shop, 60);
    m_ui->productTable->setColumnWidth(ProductMappingModel::Sku, 200);
    m_ui->productTable->setColumnWidth(ProductMappingModel::ErpItem, 160);
    m_ui->productTable->sortByColumn(ProductMappingModel::Sku, Qt::AscendingOrder);
    // Column widths and sort order as this user left them.
    rememberHeaderState(m_ui->productTable->horizontalHeader(), QStringLiteral("productsPage"));

    m_ui->productShopFilter->addItem(tr("All shops"), QString());
    for (const QString& code : shopCodes)
        m_ui->productShopFilter->addItem(code, code);

    connect(m_ui->productShopFilter, &QComboBox::currentIndexChanged, this, &ProductsPage::reload);
    connect(m_ui->productFilterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->productTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsPage::updateActions);
    connect(m_ui->productTable, &QAbstractItemView::doubleClicked, this, &ProductsPage::editMapping);
    connect(m_ui->addProductMappingButton, &QPushButton::clicked, this, &ProductsPage::addMapping);
    connect(m_ui->editProductMappingButton, &QPushButton::clicked, this, &ProductsPage::editMapping);
    connect(m_ui->removeProductMappingButton, &QPushButton::clicked, this, &ProductsPage::removeMapping);
    connect(m_ui->importCsvButton, &QPushButton::clicked, this, &ProductsPage::chooseImportFile);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &ProductsPage::chooseExportFile);
    connect(m_watcher, &QFutureWatcher<Snapshot>::finished, this, &ProductsPage::applyLoaded);
    m_ui->addProductMappingButton->setEnabled(!shopCodes.isEmpty());
    updateActions();
    reload();
}

ProductsPage::~ProductsPage() {
    m_watcher->waitForFinished();
}

bool ProductsPage::isLoading() const {
    return m_loading;
}

void ProductsPage::reload() {
    m_loading = true;
    if (m_watcher->isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_ui->productCountLabel->setText(tr("Loading mappings…"));
    const Database* db = &m_db;
    const QString shop = m_ui->productShopFilter->currentData().toString();
    m_watcher->setFuture(QtConcurrent::run([db, shop] {
        Snapshot snapshot;
        auto connection = db->clone(); // a connection belongs to the thread that opens it
        if (!connection) {
            snapshot.error = connection.message();
            return snapshot;
        }
        auto mappings = CatalogRepository(**connection).mappings(shop);
        if (mappings)
            snapshot.mappings = std::move(*mappings);
        else
            snapshot.error = mappings.message();
        return snapshot;
    }));
}

void ProductsPage::applyLoaded() {
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    Snapshot snapshot = m_watcher->result();
    if (!snapshot.error.isEmpty()) {
        m_ui->productCountLabel->clear();
        showMessage(tr("The product mappings could not be read: %1").arg(snapshot.error), true);
    } else {
        m_model->setMappings(std::move(snapshot.mappings));
        m_ui->productCountLabel->setText(tr("%n mapping(s)", nullptr, m_model->rowCount()));
    }
    updateActions();
    m_loading = false;
    emit loaded();
}

std::optional<ProductMapping> ProductsPage::selectedMapping() const {
    const QModelIndex current = m_ui->productTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->mapping(m_proxy->mapToSource(current).row());
}

void ProductsPage::updateActions() {
    const bool any = selectedMapping().has_value();
    m_ui->editProductMappingButton->setEnabled(any);
    m_ui->removeProductMappingButton->setEnabled(any);
}

void ProductsPage::showMessage(const QString& message, bool error) {
    m_ui->productMessageLabel->setText(message);
    m_ui->productMessageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    if (!error)
        emit statusMessage(message);
}

void ProductsPage::addMapping() {
    auto* dialog = new MappingEditDialog(m_shopCodes, nullptr, this);
    dialog->setObjectName(QStringLiteral("mappingEditDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ProductMapping m = dialog->mapping();
        if (auto r = CatalogRepository(m_db).setMapping(m); !r) {
            showMessage(tr("The mapping could not be saved: %1").arg(r.message()), true);
            return;
        }
        showMessage(
            tr("%1 in shop %2 now maps to ERP item %3.")
                .arg(m.sku.isEmpty() ? tr("Product %1/%2").arg(m.productId).arg(m.variationId) : m.sku,
                     m.shopCode, m.erpItemNumber),
            false);
        reload();
    });
    dialog->open();
}

void ProductsPage::editMapping() {
    const auto existing = selectedMapping();
    if (!existing)
        return;
    auto* dialog = new MappingEditDialog(m_shopCodes, &*existing, this);
    dialog->setObjectName(QStringLiteral("mappingEditDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, existing = *existing] {
        ProductMapping m = existing;
        m.erpItemNumber = dialog->mapping().erpItemNumber;
        m.source = QStringLiteral("manual"); // a person decided it now
        if (auto r = CatalogRepository(m_db).setMapping(m); !r) {
            showMessage(tr("The mapping could not be saved: %1").arg(r.message()), true);
            return;
        }
        showMessage(tr("The mapping now points to ERP item %1.").arg(m.erpItemNumber), false);
        reload();
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
        if (auto r = CatalogRepository(m_db).removeMapping(existing.shopCode, existing.matchKey()); !r) {
            showMessage(tr("The mapping could not be removed: %1").arg(r.message()), true);
            return;
        }
        showMessage(tr("The mapping of %1 was removed.").arg(what), false);
        reload();
    });
    box->open();
}

Result<int> ProductsPage::exportCsv(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write(productcsv::format(m_model->mappings()).toUtf8());
    if (!file.commit())
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return int(m_model->rowCount());
}

Result<int> ProductsPage::importCsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    auto mappings = productcsv::parse(QString::fromUtf8(file.readAll()), m_shopCodes);
    if (!mappings)
        return mappings.error();
    if (auto r = CatalogRepository(m_db).setMappings(*mappings); !r)
        return fail(tr("Nothing was imported: %1").arg(r.message()));
    reload();
    return int(mappings->size());
}

void ProductsPage::chooseImportFile() {
    auto* dialog = new QFileDialog(this, tr("Import product mappings"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        auto n = importCsv(path);
        if (n)
            showMessage(tr("%n product mapping(s) imported.", nullptr, *n), false);
        else
            showMessage(n.message(), true);
    });
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

} // namespace linkdesk
