#pragma once

#include "domain/stagedorder.h"
#include "orderbatch.h"
#include "ui/common/databaseworker.h"
#include "ui/common/page.h"

#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class OrdersPage;
}

namespace linkdesk {

class ChooseCustomerDialog;
class ErpClient;
class ErrorDetailsButton;
class ImportWorker;
class OrderFilterProxy;
class OrderTableModel;
class SubmitNowBar;
struct ProductMapping;

// The staged orders: filter by status and text; select one or many; re-match, retry or submit now
// the selected ones; open the trace, map the products of a blocked order and choose the ERP customer
// of one that needs review, on the spot. Orders are read and changed on the database worker; Submit
// now runs on the import worker.
class OrdersPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)
public:
    explicit OrdersPage(DatabaseWorker& db, QWidget* parent = nullptr);
    ~OrdersPage() override;

    OrderTableModel* model() const { return m_model; }
    OrderFilterProxy* proxy() const { return m_proxy; }

    // The ERP the Choose customer dialog searches (null: none configured, the dialog is not offered).
    void setErpClient(ErpClient* erp) override;
    // The worker Submit now runs on (null: Submit now is not offered).
    void setImportWorker(ImportWorker* worker);

    // Reads the orders again; loaded() follows.
    void reload() override;
    QLineEdit* filterEdit() const override;
    // Shows the orders in one state (the sidebar's counts), whatever the filter text was.
    void showStatus(OrderStatus status);
    bool hasErp() const { return erpClient() != nullptr; }
    // Selects the first order (in the table's order) with this status; false when there is none.
    bool selectFirst(OrderStatus status);
    // Opens Choose customer on the selected order when it needs review (and the ERP is there); the
    // dialog, or null.
    ChooseCustomerDialog* chooseCustomer();
    // Submits these orders now on the import worker (Submit now); what came of it is shown under the
    // table, and submitFinished() follows. False, with the reason shown, when it cannot start.
    bool submitNow(const QList<qint64>& orderIds);
    // The match trace of the selected order (Open trace…, Enter, double-click).
    void openTrace();

signals:
    void loaded();
    // A Submit now started here has finished (the orders are read again after it).
    void submitFinished(bool ok);

private:
    struct Snapshot {
        QList<StagedOrder> orders;
        QHash<OrderStatus, int> counts;
    };
    // What saving product mappings for an order came to, found on the worker.
    struct Outcome {
        enum Kind { Done, MappingFailed, ReadFailed, Changed, ResetFailed };
        Kind kind = Done;
        std::optional<OrderStatus> now; // Changed: the status it has now; none when it is gone
        QString error;
        int released = 0; // the blocked orders the mappings unblocked (this one too)
    };

    void applyLoaded(Result<Snapshot> snapshot);
    void updateActions();
    void updateBusy();
    void updateCount();
    std::optional<StagedOrder> selectedOrder() const; // the current one
    QList<StagedOrder> selectedOrders() const;        // every selected one, in the table's order
    void restoreSelection();
    // Re-match, Retry or Submit now on the selected orders, on the worker (OrderBatch).
    void actOnSelected(OrderBatch::Action action);
    void addProductMapping();
    void mapProducts(const StagedOrder& shown, const QList<ProductMapping>& mappings);
    void showMappingOutcome(const StagedOrder& shown, int mappings, Result<Outcome> outcome);
    static Outcome saveMappings(Database& db, const StagedOrder& shown,
                                const QList<ProductMapping>& mappings);
    void resolve();
    // Under the table. A message about orders (their ids) holds while they stay as the first read
    // after it found them: once one has moved on (an import submitted it, another workstation
    // changed it), the message is withdrawn.
    void showMessage(const QString& message, bool error, const QList<qint64>& about = {});
    void withdrawStaleMessage();

    std::unique_ptr<Ui::OrdersPage> m_ui;
    DatabaseWorker& m_db;
    OrderTableModel* m_model;
    OrderFilterProxy* m_proxy;
    SubmitNowBar* m_submitBar;
    ErrorDetailsButton* m_messageDetails; // beside the message: the detail of a job that failed
    RequestSerial m_reads;
    bool m_reading = false; // from reload() until loaded() is emitted
    bool m_acting = false;  // an action on orders is being written
    QPushButton* m_resolveButton = nullptr;
    // Kept across a reload: the selected orders and the current one.
    QList<qint64> m_keepSelected;
    qint64 m_keepCurrent = 0;
    // The orders the message under the table is about, with the states it holds for (empty until
    // the first read after the message).
    QList<qint64> m_messageAbout;
    QHash<qint64, OrderStatus> m_messageHoldsFor;
    QList<qint64> m_submitting; // the orders of the Submit now running
};

} // namespace linkdesk
