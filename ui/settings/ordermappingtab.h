#pragma once

#include "domain/catalog.h"
#include "settingstab.h"
#include "ui/common/databaseworker.h"

#include <memory>

namespace Ui {
class OrderMappingTab;
}

namespace linkdesk {

class OrderMappingModel;

// The settings tab "Order mapping": which ERP sales-order field is filled from which staged-order
// field or constant. Read on the database worker, saved by the settings page; the table is disabled
// meanwhile.
class OrderMappingTab final : public SettingsTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderMappingTab)
public:
    // erpType: the profile's ERP, whose always-set fields the table shows locked.
    OrderMappingTab(DatabaseWorker& db, const QString& erpType, QWidget* parent = nullptr);
    ~OrderMappingTab() override;

    OrderMappingModel* model() const { return m_orderMapping; }
    // Reads the mapping again; edits not saved are dropped.
    void reload() override;

    QString validate() override;
    Save save() override;
    void revert() override;

private:
    void loadOrderMapping();
    void updateEnabled() override;
    void updateModified();
    void updateRemoveButton();

    std::unique_ptr<Ui::OrderMappingTab> m_ui;
    DatabaseWorker& m_db;
    OrderMappingModel* m_orderMapping;
    RequestSerial m_reads;
    bool m_loading = false;          // the latest read is on its way
    QList<OrderMappingRow> m_loaded; // as read
};

} // namespace linkdesk
