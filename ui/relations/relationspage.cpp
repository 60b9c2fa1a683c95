#include "relationspage.h"

#include "relationcsv.h"
#include "relationeditdialog.h"
#include "relationmodel.h"
#include "store/catalogrepository.h"
#include "store/database.h"
#include "ui_relationspage.h"

namespace linkdesk {

RelationsPage::RelationsPage(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent)
    : ShopTablePage(QT_TRANSLATE_NOOP("linkdesk::Page", "Relations"), db, shopCodes, parent)
    , m_ui(std::make_unique<Ui::RelationsPage>())
    , m_model(new RelationModel(this)) {
    m_ui->setupUi(this);
    setUp({m_ui->relationFilterEdit, m_ui->relationShopFilter, m_ui->relationTable, m_ui->relationCountLabel,
           m_ui->relationMessageLabel, m_ui->addRelationButton, m_ui->editRelationButton,
           m_ui->removeRelationButton, m_ui->importCsvButton, m_ui->exportCsvButton},
          {QT_TR_NOOP("Loading relations…"), QT_TR_N_NOOP("%n relation(s)"),
           QT_TR_NOOP("The contact relations could not be read: %1"),
           QT_TR_N_NOOP("%n contact relation(s) imported."),
           QT_TR_N_NOOP("%n contact relation(s) exported to %1."), QT_TR_NOOP("Import contact relations"),
           QT_TR_NOOP("Export contact relations"), "contact-relations.csv"},
          m_model,
          {{RelationModel::Shop, 60},
           {RelationModel::Customer, 320},
           {RelationModel::ErpCustomer, 120},
           {RelationModel::Reason, 240}},
          RelationModel::Customer, QStringLiteral("relationsPage"));
}

RelationsPage::~RelationsPage() = default;

void RelationsPage::reload() {
    read<ContactRelationRow>(
        [](Database& db, const QString& shop) { return CatalogRepository(db).contactRelationRows(shop); },
        [this](QList<ContactRelationRow> rows) { m_model->setRows(std::move(rows)); });
}

std::optional<ContactRelation> RelationsPage::selectedRelation() const {
    const int row = currentRow();
    if (row < 0)
        return std::nullopt;
    return m_model->row(row).relation;
}

QString RelationsPage::requeued(int orders) {
    return orders > 0 ? QLatin1Char(' ') +
                            tr("Orders of theirs that waited for review or failed, matched again by the next "
                               "import: %1.")
                                .arg(orders)
                      : QString();
}

void RelationsPage::addRow() {
    openEditor(nullptr);
}

void RelationsPage::editRow() {
    if (const auto existing = selectedRelation())
        openEditor(&*existing);
}

void RelationsPage::openEditor(const ContactRelation* existing) {
    auto* dialog = new RelationEditDialog(shopCodes(), existing, this);
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

void RelationsPage::removeRow() {
    const auto existing = selectedRelation();
    if (!existing)
        return;
    confirmRemove(
        tr("Remove contact relation"),
        tr("Remove the relation of shop customer %1 in shop %2 to ERP customer %3? Their next orders are "
           "matched by the other rules: an ERP customer may be created for them.")
            .arg(existing->shopCustomerId, existing->shopCode, existing->erpCustomerNumber),
        [this, existing = *existing] {
            write(
                [existing](Database& db) {
                    return CatalogRepository(db).removeContactRelation(existing.shopCode,
                                                                       existing.shopCustomerId);
                },
                [this, existing](const Result<int>& r) {
                    if (!r)
                        showMessage(tr("The contact relation could not be removed: %1").arg(r.message()),
                                    true);
                    else
                        showMessage(tr("The contact relation of shop customer %1 was removed.")
                                            .arg(existing.shopCustomerId) +
                                        requeued(*r),
                                    false);
                });
        });
}

QString RelationsPage::csv() const {
    return relationcsv::format(m_model->relations());
}

void RelationsPage::storeCsv(const QString& text, Done done) {
    auto relations = relationcsv::parse(text, shopCodes());
    if (!relations)
        return done(relations.error());
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
        [done](const Result<int>& r) { done(r ? r : Result<int>(nothingImported(r.error()))); });
}

} // namespace linkdesk
