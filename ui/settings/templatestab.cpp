#include "templatestab.h"

#include "choicedelegate.h"
#include "store/catalogrepository.h"
#include "templatefieldsform.h"
#include "templatetablemodel.h"
#include "ui_templatestab.h"

#include <QHeaderView>

namespace linkdesk {

namespace {
bool sameTemplate(const CustomerTemplate& a, const CustomerTemplate& b) {
    return a.id == b.id && a.name == b.name && a.priority == b.priority && a.shopCode == b.shopCode &&
           a.country == b.country && a.currency == b.currency && a.vatPresent == b.vatPresent &&
           a.fields == b.fields;
}
} // namespace

TemplatesTab::TemplatesTab(DatabaseWorker& db, const QStringList& shopCodes, const QString& erpType,
                           QWidget* parent)
    : SettingsTab(QT_TRANSLATE_NOOP("linkdesk::Page", "Customer templates"), parent)
    , m_ui(std::make_unique<Ui::TemplatesTab>())
    , m_db(db)
    , m_templates(new TemplateTableModel(this)) {
    m_ui->setupUi(this);
    m_fields = new TemplateFieldsForm(m_templates, erpType, this);
    m_ui->templatesLayout->insertWidget(m_ui->templatesLayout->indexOf(m_ui->templateTable) + 1, m_fields);
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
    // Whether anything differs from what was read, after every change of the model.
    watchForEdits(m_templates, [this] { updateModified(); });
    connect(m_templates, &TemplateTableModel::fieldsChanged, this, &TemplatesTab::updateModified);
    // The form shows the fields of the template chosen in the table.
    connect(m_ui->templateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TemplatesTab::showCurrentFields);
    connect(m_templates, &QAbstractItemModel::rowsRemoved, this, &TemplatesTab::showCurrentFields);
    connect(m_templates, &QAbstractItemModel::modelReset, this, &TemplatesTab::showCurrentFields);
    loadTemplates();
}

TemplatesTab::~TemplatesTab() = default;

void TemplatesTab::reload() {
    loadTemplates();
}

void TemplatesTab::updateEnabled() {
    const bool busy = m_loading || isSaving();
    // Edits made now would be lost to the answer on its way.
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->templateTable), static_cast<QWidget*>(m_ui->addTemplateButton),
          static_cast<QWidget*>(m_ui->removeTemplateButton)})
        w->setEnabled(!busy);
    m_fields->setEnabled(!busy && m_fields->shownRow() >= 0);
    setBusy(m_loading);
}

void TemplatesTab::showCurrentFields() {
    const int row = m_ui->templateTable->currentIndex().row();
    if (row < 0 && m_templates->rowCount() > 0) { // the first one, rather than an empty form
        m_ui->templateTable->setCurrentIndex(m_templates->index(0, TemplateTableModel::Name));
        return; // shown by currentRowChanged
    }
    m_fields->showTemplate(row);
}

void TemplatesTab::updateModified() {
    setModified(!m_templates->removedIds().isEmpty() || m_templates->hasDrafts() ||
                !std::equal(m_templates->templates().cbegin(), m_templates->templates().cend(),
                            m_loaded.cbegin(), m_loaded.cend(), sameTemplate));
}

void TemplatesTab::revert() {
    m_ui->templatesMessageLabel->clear();
    m_templates->setTemplates(m_loaded);
}

void TemplatesTab::loadTemplates() {
    m_ui->templatesMessageLabel->clear();
    m_loading = true;
    updateEnabled();
    m_db.run<QList<CustomerTemplate>>(
        this, m_reads.next(), [](Database& db) { return CatalogRepository(db).templates(); },
        [this](Result<QList<CustomerTemplate>> templates) {
            m_loading = false;
            updateEnabled();
            if (!templates) {
                showMessage(m_ui->templatesMessageLabel,
                            tr("The customer templates could not be read: %1").arg(templates.message()),
                            true);
                return;
            }
            m_loaded = *templates;
            m_templates->setTemplates(*templates);
            m_ui->templateTable->resizeColumnsToContents();
        });
}

QString TemplatesTab::validate() {
    m_ui->templatesMessageLabel->clear();
    // A value typed that cannot be stored is never dropped on the way: the save waits for it.
    const auto [row, key] = m_templates->firstDraft();
    if (row < 0)
        return {};
    m_ui->templateTable->setCurrentIndex(m_templates->index(row, TemplateTableModel::Name));
    m_fields->showTemplate(row);
    m_fields->focusField(key);
    const QString field = key; // the label is shown beside the message
    const QString why = tr("The template \"%1\" has a value that cannot be stored in %2: %3")
                            .arg(m_templates->templates().at(row).name, m_fields->fieldLabel(field),
                                 m_templates->drafts(row).value(key).error);
    showMessage(m_ui->templatesMessageLabel, why, true);
    return why;
}

SettingsTab::Save TemplatesTab::save() {
    // Only what changed is written (each write is in the audit log).
    QList<CustomerTemplate> changed;
    for (const CustomerTemplate& t : m_templates->templates()) {
        const auto old = std::find_if(m_loaded.cbegin(), m_loaded.cend(),
                                      [&t](const CustomerTemplate& o) { return o.id == t.id; });
        if (t.id == 0 || old == m_loaded.cend() || !sameTemplate(*old, t))
            changed.append(t);
    }
    Save step;
    step.write = [removed = m_templates->removedIds(), changed](Database& db) -> Result<void> {
        CatalogRepository catalog(db);
        for (qint64 id : removed)
            if (auto r = catalog.removeTemplate(id); !r)
                return fail(tr("The customer templates could not be saved: %1").arg(r.message()));
        for (CustomerTemplate t : changed)
            if (auto r = catalog.saveTemplate(t); !r)
                return fail(tr("The customer template %1 could not be saved: %2").arg(t.name, r.message()));
        return {};
    };
    step.committed = [this] { loadTemplates(); };
    return step;
}

} // namespace linkdesk
