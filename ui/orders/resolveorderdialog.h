#pragma once

#include "domain/stagedorder.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResolveOrderDialog;
}

namespace linkdesk {

class DatabaseWorker;

// Settles an order waiting for staff (typically one whose submit outcome is unknown, on an ERP that
// cannot be asked for it) once they have checked the ERP: it has the order, as this number, or it
// does not and the next import submits it anew. What `linkdesk-cli orders resolve` does.
class ResolveOrderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveOrderDialog)
public:
    ResolveOrderDialog(DatabaseWorker& db, const StagedOrder& order, QWidget* parent = nullptr);
    ~ResolveOrderDialog() override;

    // Whether an order in this status can be resolved.
    static bool canResolve(OrderStatus status);

signals:
    // The order was resolved: a sentence for the status bar.
    void resolved(const QString& message);

private:
    void updateOk();
    void resolve();

    std::unique_ptr<Ui::ResolveOrderDialog> m_ui;
    DatabaseWorker& m_db;
    StagedOrder m_order;
};

} // namespace linkdesk
