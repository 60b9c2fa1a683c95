#pragma once

#include "domain/catalog.h"
#include "ui/common/databaseworker.h"
#include "ui/common/page.h"

#include <memory>

namespace Ui {
class OrderMappingTab;
}

namespace linkdesk {

class OrderMappingModel;

// The settings tab "Order mapping": which ERP sales-order field is filled from which staged-order
// field or constant. Read and saved on the database worker; the table is disabled meanwhile.
class OrderMappingTab final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderMappingTab)
public:
    explicit OrderMappingTab(DatabaseWorker& db, QWidget* parent = nullptr);
    ~OrderMappingTab() override;

    OrderMappingModel* model() const { return m_orderMapping; }
    // Reads the mapping again; edits not saved are dropped.
    void reload() override;

private:
    void loadOrderMapping();
    void saveOrderMapping();
    void updateBusy();

    std::unique_ptr<Ui::OrderMappingTab> m_ui;
    DatabaseWorker& m_db;
    OrderMappingModel* m_orderMapping;
    RequestSerial m_reads;
    bool m_loading = false; // the latest read is on its way
    bool m_saving = false;
};

} // namespace linkdesk
