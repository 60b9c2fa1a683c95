#include "relationspage.h"

#include "relationcsv.h"
#include "relationeditdialog.h"
#include "relationmodel.h"
#include "store/database.h"
#include "ui/common/icons.h"
#include "ui/common/tablesetup.h"
#include "ui/common/tablesortproxy.h"
#include "ui_relationspage.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>

namespace linkdesk {

RelationsPage::RelationsPage(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Relations"), parent)
    , m_ui(std::make_unique<Ui::RelationsPage>())
    , m_db(db)
    , m_shopCodes(shopCodes)
    , m_model(new RelationModel(this))
    , m_proxy(new TableSortProxy(this)) {
    m_ui->setupUi(this);
    m_ui->addRelationButton->setIcon(icon(Icon::Add));
    m_proxy->setSourceModel(m_model);
    filterAnyColumn(m_proxy);
    setUpTable(m_ui->relationTable, m_proxy,
               {{RelationModel::Shop, 60},
                {RelationModel::Customer, 320},
                {RelationModel::ErpCustomer, 120},
                {RelationModel::Reason, 240}},
               RelationModel::Customer, QStringLiteral("relationsPage"));
    fillShopFilter(m_ui->relationShopFilter, shopCodes);

    connect(m_ui->relationShopFilter, &QComboBox::currentIndexChanged, this, &RelationsPage::reload);
    connect(m_ui->relationFilterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->relationTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RelationsPage::updateActions);
    connect(m_ui->relationTable, &QAbstractItemView::activated, this, &RelationsPage::editRelation);
    connect(m_ui->addRelationButton, &QPushButton::clicked, this, &RelationsPage::addRelation);
    connect(m_ui->editRelationButton, &QPushButton::clicked, this, &RelationsPage::editRelation);
    connect(m_ui->removeRelationButton, &QPushButton::clicked, this, &RelationsPage::removeRelation);
    connect(m_ui->importCsvButton, &QPushButton::clicked, this, &RelationsPage::chooseImportFile);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &RelationsPage::chooseExportFile);
    m_ui->addRelationButton->setEnabled(!shopCodes.isEmpty());
    updateActions();
    reload();
}

RelationsPage::~RelationsPage() = default;

void RelationsPage::reload() {
    // A read still on its way is superseded: only the latest answer is shown.
    m_reading = true;
    updateBusy();
    m_ui->relationCountLabel->setText(tr("Loading relations…"));
    m_db.run<QList<ContactRelationRow>>(
        this, m_reads.next(),
        [shop = m_ui->relationShopFilter->currentData().toString()](Database& db) {
            return CatalogRepository(db).contactRelationRows(shop);
        },
        [this](Result<QList<ContactRelationRow>> rows) { applyLoaded(std::move(rows)); });
}

void RelationsPage::applyLoaded(Result<QList<ContactRelationRow>> rows) {
    if (!rows) {
        m_ui->relationCountLabel->clear();
        showMessage(tr("The contact relations could not be read: %1").arg(rows.message()), true);
    } else {
        m_model->setRows(std::move(*rows));
        m_ui->relationCountLabel->setText(tr("%n relation(s)", nullptr, m_model->rowCount()));
    }
    updateActions();
    m_reading = false;
    updateBusy();
    emit loaded();
}

void RelationsPage::updateBusy() {
    setBusy(m_reading || m_writes > 0);
}

std::optional<ContactRelation> RelationsPage::selectedRelation() const {
    const QModelIndex current = m_ui->relationTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->row(m_proxy->mapToSource(current).row()).relation;
}

void RelationsPage::updateActions() {
    const bool any = selectedRelation().has_value();
    m_ui->editRelationButton->setEnabled(any);
    m_ui->removeRelationButton->setEnabled(any);
}

void RelationsPage::showMessage(const QString& message, bool error) {
    Page::showMessage(m_ui->relationMessageLabel, message, error);
}

void RelationsPage::write(std::function<Result<int>(Database&)> change,
                          std::function<void(const Result<int>&)> done) {
    ++m_writes;
    updateBusy();
    m_db.run<int>(this, std::move(change), [this, done = std::move(done)](Result<int> r) {
        --m_writes;
        done(r);
        if (r)
            reload(); // busy without a break until the relations are read again
        updateBusy();
    });
}

QString RelationsPage::requeued(int orders) {
    return orders > 0 ? QLatin1Char(' ') +
                            tr("Orders of theirs that waited for review or failed, matched again by the next "
                               "import: %1.")
                                .arg(orders)
                      : QString();
}

void RelationsPage::addRelation() {
    openEditor(nullptr);
}

void RelationsPage::editRelation() {
    if (const auto existing = selectedRelation())
        openEditor(&*existing);
}

void RelationsPage::openEditor(const ContactRelation* existing) {
    auto* dialog = new RelationEditDialog(m_shopCodes, existing, this);
    dialog->setObjectName(QStringLiteral("relationEditDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ContactRelation r = dialog->relation();
        write(
            [r](Database& db) { return CatalogRepository(db).setContactRelation(r); },
            [this, r](const Result<int>& saved) {
                if (!saved)
                    showMessage(tr("The contact relation could not be saved: %1").arg(saved.message()), true);
                else
                    showMessage(tr("Orders of shop customer %1 in shop %2 are now booked to ERP customer %3.")
                                        .arg(r.shopCustomerId, r.shopCode, r.erpCustomerNumber) +
                                    requeued(*saved),
                                false);
            });
    });
    dialog->open();
}

void RelationsPage::removeRelation() {
    const auto existing = selectedRelation();
    if (!existing)
        return;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Remove contact relation"),
        tr("Remove the relation of shop customer %1 in shop %2 to ERP customer %3? Their next orders are "
           "matched by the other rules: an ERP customer may be created for them.")
            .arg(existing->shopCustomerId, existing->shopCode, existing->erpCustomerNumber),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, existing = *existing](int result) {
        if (result != QMessageBox::Yes)
            return;
        write(
            [existing](Database& db) {
                return CatalogRepository(db).removeContactRelation(existing.shopCode,
                                                                   existing.shopCustomerId);
            },
            [this, existing](const Result<int>& r) {
                if (!r)
                    showMessage(tr("The contact relation could not be removed: %1").arg(r.message()), true);
                else
                    showMessage(tr("The contact relation of shop customer %1 was removed.")
                                        .arg(existing.shopCustomerId) +
                                    requeued(*r),
                                false);
            });
    });
    box->open();
}

Result<int> RelationsPage::exportCsv(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write(relationcsv::format(m_model->relations()).toUtf8());
    if (!file.commit())
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return int(m_model->rowCount());
}

void RelationsPage::importCsv(const QString& path, std::function<void(const Result<int>&)> done) {
    const auto finish = [this, done](const Result<int>& n) {
        if (n)
            showMessage(tr("%n contact relation(s) imported.", nullptr, *n), false);
        else
            showMessage(n.message(), true);
        if (done)
            done(n);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return finish(fail(tr("%1 cannot be read: %2").arg(path, file.errorString())));
    auto relations = relationcsv::parse(QString::fromUtf8(file.readAll()), m_shopCodes);
    if (!relations)
        return finish(relations.error());
    write(
        [relations = *relations](Database& db) -> Result<int> {
            Transaction tx(db);
            if (!tx.started())
                return tx.started().error();
            CatalogRepository catalog(db);
            for (const ContactRelation& r : relations)
                if (auto saved = catalog.setContactRelation(r); !saved)
                    return fail(
                        QStringLiteral("%1/%2: %3").arg(r.shopCode, r.shopCustomerId, saved.message()));
            if (auto r = tx.commit(); !r)
                return r.error();
            return int(relations.size());
        },
        [this, finish](const Result<int>& r) {
            if (!r)
                return finish(fail(tr("Nothing was imported: %1").arg(r.message())));
            finish(r);
        });
}

void RelationsPage::chooseImportFile() {
    auto* dialog = new QFileDialog(this, tr("Import contact relations"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { importCsv(path); });
    dialog->open();
}

void RelationsPage::chooseExportFile() {
    auto* dialog = new QFileDialog(this, tr("Export contact relations"),
                                   QStringLiteral("contact-relations.csv"), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        auto n = exportCsv(path);
        if (n)
            showMessage(tr("%n contact relation(s) exported to %1.", nullptr, *n).arg(path), false);
        else
            showMessage(n.message(), true);
    });
    dialog->open();
}

QLineEdit* RelationsPage::filterEdit() const {
    return m_ui->relationFilterEdit;
}

} // namespace linkdesk
