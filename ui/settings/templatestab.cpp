#include "templatestab.h"

#include "choicedelegate.h"
#include "store/catalogrepository.h"
#include "templatetablemodel.h"
#include "ui_templatestab.h"

#include <QHeaderView>

namespace linkdesk {

TemplatesTab::TemplatesTab(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Customer templates"), parent)
    , m_ui(std::make_unique<Ui::TemplatesTab>())
    , m_db(db)
    , m_templates(new TemplateTableModel(this)) {
    m_ui->setupUi(this);
    m_ui->templateTable->setModel(m_templates);
    m_ui->templateTable->verticalHeader()->hide();
    m_ui->templateTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->templateTable->setItemDelegate(new ChoiceDelegate(
        [shopCodes](const QModelIndex& index) {
            QList<ChoiceDelegate::Choice> choices;
            if (index.column() == TemplateTableModel::VatPresent) {
                for (int v : {-1, 1, 0})
                    choices.append({TemplateTableModel::vatText(v), v});
            } else if (index.column() == TemplateTableModel::Shop) {
                choices.append({tr("any"), QString()});
                for (const QString& code : shopCodes)
                    choices.append({code, code});
            }
            return choices;
        },
        this));
    connect(m_templates, &TemplateTableModel::editRejected, this,
            [this](const QString& message) { showMessage(m_ui->templatesMessageLabel, message, true); });
    connect(m_ui->addTemplateButton, &QPushButton::clicked, this, [this] {
        const int row = m_templates->addTemplate();
        m_ui->templateTable->setCurrentIndex(m_templates->index(row, TemplateTableModel::Name));
        m_ui->templateTable->edit(m_templates->index(row, TemplateTableModel::Name));
    });
    connect(m_ui->removeTemplateButton, &QPushButton::clicked, this,
            [this] { m_templates->removeTemplate(m_ui->templateTable->currentIndex().row()); });
    connect(m_ui->saveTemplatesButton, &QPushButton::clicked, this, &TemplatesTab::saveTemplates);
    connect(m_ui->revertTemplatesButton, &QPushButton::clicked, this, &TemplatesTab::loadTemplates);
    loadTemplates();
}

TemplatesTab::~TemplatesTab() = default;

void TemplatesTab::reload() {
    loadTemplates();
}

void TemplatesTab::updateBusy() {
    const bool busy = m_loading || m_saving;
    // Edits made now would be lost to the answer on its way.
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->templateTable), static_cast<QWidget*>(m_ui->addTemplateButton),
          static_cast<QWidget*>(m_ui->removeTemplateButton),
          static_cast<QWidget*>(m_ui->revertTemplatesButton),
          static_cast<QWidget*>(m_ui->saveTemplatesButton)})
        w->setEnabled(!busy);
    setBusy(busy);
}

void TemplatesTab::loadTemplates() {
    m_ui->templatesMessageLabel->clear();
    m_loading = true;
    updateBusy();
    m_db.run<QList<CustomerTemplate>>(
        this, m_reads.next(), [](Database& db) { return CatalogRepository(db).templates(); },
        [this](Result<QList<CustomerTemplate>> templates) {
            m_loading = false;
            updateBusy();
            if (!templates) {
                showMessage(m_ui->templatesMessageLabel,
                            tr("The customer templates could not be read: %1").arg(templates.message()),
                            true);
                return;
            }
            m_templates->setTemplates(*templates);
            m_ui->templateTable->resizeColumnsToContents();
        });
}

void TemplatesTab::saveTemplates() {
    if (m_loading || m_saving)
        return;
    m_saving = true;
    updateBusy();
    m_db.run<QList<qint64>>(
        this,
        [removed = m_templates->removedIds(),
         templates = m_templates->templates()](Database& db) -> Result<QList<qint64>> {
            CatalogRepository catalog(db);
            Transaction tx(db);
            if (!tx.started())
                return tx.started().error();
            for (qint64 id : removed)
                if (auto r = catalog.removeTemplate(id); !r)
                    return r.error();
            QList<qint64> ids;
            for (CustomerTemplate t : templates) {
                if (auto r = catalog.saveTemplate(t); !r)
                    return r.error();
                ids.append(t.id);
            }
            if (auto r = tx.commit(); !r)
                return r.error();
            return ids;
        },
        [this](Result<QList<qint64>> ids) {
            m_saving = false;
            if (!ids) {
                updateBusy();
                showMessage(m_ui->templatesMessageLabel,
                            tr("The customer templates could not be saved, nothing was changed: %1")
                                .arg(ids.message()),
                            true);
                return;
            }
            for (int row = 0; row < ids->size() && row < m_templates->rowCount(); ++row)
                m_templates->setId(row, ids->at(row));
            loadTemplates();
            showMessage(m_ui->templatesMessageLabel, tr("Customer templates saved."), false);
        });
}

} // namespace linkdesk
