#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AuditPage;
}

class QTimer;

namespace linkdesk {

class AuditTableModel;
class Database;

// Who changed which link, mapping or setting, when, from what to what: newest first, with a filter.
// Read again each time the page is shown.
class AuditPage final : public QWidget {
    Q_OBJECT
    // Read by MainWindow::isBusy(), e.g. before a screenshot: true until the first rows are in.
    Q_PROPERTY(bool loading READ isLoading)
    Q_DISABLE_COPY_MOVE(AuditPage)
public:
    explicit AuditPage(Database& db, QWidget* parent = nullptr);
    ~AuditPage() override;

    AuditTableModel* model() const { return m_model; }

public slots:
    void refresh();

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showBusy(bool busy);
    bool isLoading() const;
    void updateCount();

    std::unique_ptr<Ui::AuditPage> m_ui;
    bool m_loaded = false;
    AuditTableModel* m_model;
    QTimer* m_filterTimer;
};

} // namespace linkdesk
