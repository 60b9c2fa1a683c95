#pragma once

#include "ui/common/page.h"

#include <memory>

namespace Ui {
class AuditPage;
}

class QTimer;

namespace linkdesk {

class AuditTableModel;
class Database;

// Who changed which link, mapping or setting, when, from what to what: newest first, with a filter.
// Read again each time the page is shown; busy while its rows are counted.
class AuditPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)
public:
    explicit AuditPage(Database& db, QWidget* parent = nullptr);
    ~AuditPage() override;

    AuditTableModel* model() const { return m_model; }

    void reload() override;
    QLineEdit* filterEdit() const override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showBusy(bool busy);
    void updateCount();

    std::unique_ptr<Ui::AuditPage> m_ui;
    AuditTableModel* m_model;
    QTimer* m_filterTimer;
};

} // namespace linkdesk
