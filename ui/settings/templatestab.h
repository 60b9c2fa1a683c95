#pragma once

#include "domain/catalog.h"
#include "ui/common/databaseworker.h"
#include "ui/common/page.h"

#include <memory>

namespace Ui {
class TemplatesTab;
}

namespace linkdesk {

class TemplateTableModel;

// The settings tab "Customer templates": the field values a customer Linkdesk creates in the ERP
// gets, chosen by rules. Edited in the table, saved together in one transaction on the database
// worker; the table is disabled while it is read or saved.
class TemplatesTab final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesTab)
public:
    TemplatesTab(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~TemplatesTab() override;

    TemplateTableModel* model() const { return m_templates; }
    // Reads the templates again; edits not saved are dropped.
    void reload() override;

private:
    void loadTemplates();
    void saveTemplates();
    void updateBusy();

    std::unique_ptr<Ui::TemplatesTab> m_ui;
    DatabaseWorker& m_db;
    TemplateTableModel* m_templates;
    RequestSerial m_reads;
    bool m_loading = false; // the latest read is on its way
    bool m_saving = false;
};

} // namespace linkdesk
