#pragma once

#include "domain/catalog.h"
#include "settingstab.h"
#include "ui/common/databaseworker.h"

#include <memory>

namespace Ui {
class TemplatesTab;
}

namespace linkdesk {

class TemplateFieldsForm;
class TemplateTableModel;

// The settings tab "Customer templates": the field values a customer Linkdesk creates in the ERP
// gets, chosen by rules. Edited in the table, read on the database worker and saved by the settings
// page; the table is disabled while it is read or saved.
class TemplatesTab final : public SettingsTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesTab)
public:
    // erpType: the profile's ERP, whose customer fields the form beside the table offers.
    TemplatesTab(DatabaseWorker& db, const QStringList& shopCodes, const QString& erpType,
                 QWidget* parent = nullptr);
    ~TemplatesTab() override;

    TemplateTableModel* model() const { return m_templates; }
    // Reads the templates again; edits not saved are dropped.
    void reload() override;

    QString validate() override;
    Save save() override;
    void revert() override;

private:
    void loadTemplates();
    void updateEnabled() override;
    void updateModified();
    void showCurrentFields();

    std::unique_ptr<Ui::TemplatesTab> m_ui;
    DatabaseWorker& m_db;
    TemplateTableModel* m_templates;
    TemplateFieldsForm* m_fields;
    RequestSerial m_reads;
    bool m_loading = false;           // the latest read is on its way
    QList<CustomerTemplate> m_loaded; // as read
};

} // namespace linkdesk
