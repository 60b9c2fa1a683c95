#pragma once

#include "domain/stagedorder.h"
#include "ui/common/databaseworker.h"
#include "ui/common/page.h"

#include <QHash>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class OrdersPage;
}

namespace linkdesk {

class OrderFilterProxy;
class OrderTableModel;
struct ProductMapping;

// The staged orders: filter by status and text; re-match, retry, open the trace, and map the
// products of a blocked order on the spot. Orders are read and changed on the database worker.
class OrdersPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)
public:
    explicit OrdersPage(DatabaseWorker& db, QWidget* parent = nullptr);
    ~OrdersPage() override;

    OrderTableModel* model() const { return m_model; }
    OrderFilterProxy* proxy() const { return m_proxy; }

    // Reads the orders again; loaded() follows.
    void reload() override;
    // Shows the orders in one state (the sidebar's counts), whatever the filter text was.
    void showStatus(OrderStatus status);

signals:
    void loaded();

private:
    struct Snapshot {
        QList<StagedOrder> orders;
        QHash<OrderStatus, int> counts;
    };
    // What an action on one order came to, found on the worker.
    struct Outcome {
        enum Kind { Done, MappingFailed, ReadFailed, Changed, ResetFailed, RetryFailed };
        Kind kind = Done;
        std::optional<OrderStatus> now; // Changed: the status it has now; none when it is gone
        QString error;
        int released = 0; // MapProducts: the blocked orders the mappings unblocked (this one too)
    };
    enum class Action { Rematch, Retry, MapProducts };

    void applyLoaded(Result<Snapshot> snapshot);
    void updateActions();
    void updateBusy();
    void updateCount();
    std::optional<StagedOrder> selectedOrder() const;
    void selectOrder(qint64 id);
    void rematch();
    void retry();
    void openTrace();
    void addProductMapping();
    void resolve();
    // Runs an action on the order shown, on the worker: it is done only when the order's status
    // is still the one shown; otherwise the page says so and reads the orders again.
    void act(Action action, const StagedOrder& shown, const QList<ProductMapping>& mappings = {});
    void showOutcome(Action action, const StagedOrder& shown, int mappings, Result<Outcome> outcome);
    static Outcome perform(Database& db, Action action, const StagedOrder& shown,
                           const QList<ProductMapping>& mappings);
    void showMessage(const QString& message, bool error); // under the table

    std::unique_ptr<Ui::OrdersPage> m_ui;
    DatabaseWorker& m_db;
    OrderTableModel* m_model;
    OrderFilterProxy* m_proxy;
    RequestSerial m_reads;
    bool m_reading = false; // from reload() until loaded() is emitted
    bool m_acting = false;  // an action on an order is being written
    QPushButton* m_resolveButton = nullptr;
    qint64 m_keepSelected = 0;
};

} // namespace linkdesk
