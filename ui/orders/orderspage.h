#pragma once

#include "domain/stagedorder.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

template <typename T>
class QFutureWatcher;
class QPushButton;

namespace Ui {
class OrdersPage;
}

namespace linkdesk {

class Database;
class OrderFilterProxy;
class OrderTableModel;

// The staged orders: filter by status and text; re-match, retry, open the trace, and map the
// products of a blocked order on the spot. Orders are read on a worker thread.
class OrdersPage final : public QWidget {
    Q_OBJECT
    // Read by MainWindow::isBusy(), e.g. before a screenshot.
    Q_PROPERTY(bool loading READ isLoading)
    Q_DISABLE_COPY_MOVE(OrdersPage)
public:
    explicit OrdersPage(Database& db, QWidget* parent = nullptr);
    ~OrdersPage() override;

    OrderTableModel* model() const { return m_model; }
    OrderFilterProxy* proxy() const { return m_proxy; }
    bool isLoading() const;

public slots:
    // Reads the orders again (off the GUI thread); loaded() follows.
    void reload();

signals:
    void loaded();
    void statusMessage(const QString& message);

private:
    struct Snapshot {
        QList<StagedOrder> orders;
        QHash<OrderStatus, int> counts;
        QString error;
    };
    static Snapshot load(const Database* db);

    void applyLoaded();
    void updateStatusFilter();
    void updateActions();
    std::optional<StagedOrder> selectedOrder() const;
    void selectOrder(qint64 id);
    void rematch();
    void retry();
    void openTrace();
    void addProductMapping();
    void resolve();
    bool rematchOrder(StagedOrder order);
    // The order as stored now, if its status is still the one shown; else says so and refreshes.
    std::optional<StagedOrder> unchanged(const StagedOrder& shown);
    void showMessage(const QString& message, bool error);

    std::unique_ptr<Ui::OrdersPage> m_ui;
    Database& m_db;
    OrderTableModel* m_model;
    OrderFilterProxy* m_proxy;
    QFutureWatcher<Snapshot>* m_watcher;
    QPushButton* m_resolveButton = nullptr;
    bool m_reloadAgain = false;
    bool m_loading = false; // from reload() until loaded() is emitted
    qint64 m_keepSelected = 0;
};

} // namespace linkdesk
