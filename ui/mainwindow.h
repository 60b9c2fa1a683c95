#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace linkdesk {

class AuditPage;
class CustomersPage;
class Database;
struct Profile;

// The admin window: a page list on the left, the pages, and a status bar naming the database.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Database& db, const Profile& profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    CustomersPage* customersPage() const { return m_customers; }

private:
    void addPage(QWidget* page, const QString& title);

    std::unique_ptr<Ui::MainWindow> m_ui;
    CustomersPage* m_customers;
    AuditPage* m_audit;
};

} // namespace linkdesk
