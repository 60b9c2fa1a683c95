#pragma once

#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QProgressBar;

namespace Ui {
class MainWindow;
}

namespace linkdesk {

enum class Icon;
class AttentionPanel;
class AuditPage;
class CustomersPage;
class Database;
class DatabaseWorker;
class ImportPage;
class ImportServices;
class ImportWorker;
class LookupCache;
class OrdersPage;
class Page;
class ProductsPage;
class SettingsPage;
class TestOrderDialog;
struct Profile;

// The admin window: a page list on the left, the pages, and a status bar naming the database, with
// a busy indicator while the page on view reads or writes. The window calls its pages through
// Page. All of them, and the window's own actions, reach the database through one DatabaseWorker;
// db (the GUI thread's connection) only tells it where the database is and who works in it.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Database& db, const Profile& profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    CustomersPage* customersPage() const { return m_customers; }
    ImportPage* importPage() const { return m_import; }
    ImportWorker* importWorker() const { return m_worker; }

    // The toolbar's one-click cache clear: the ERP look-up cache in memory at once, and the saved one
    // on the database worker; the status bar says how many entries were dropped.
    void clearCache();
    // Shows the page with this title (case-insensitive), in the window's language or in English;
    // false when there is none.
    bool showPage(const QString& title);
    QStringList pageTitles() const;
    QList<Page*> pages() const { return m_pages; }
    Page* currentPage() const;
    // Whether the page on view is still reading or writing (or the window still finding where the
    // work is).
    bool isBusy() const;
    // The toolbar's "Refresh" (F5): the page on view read again.
    void refreshPage();
    // The toolbar's "Test order…": as the customer selected on the customers page, when it is on view.
    void openTestOrder();
    // The Test order dialog, opened (as that customer, unless customerKey is empty).
    TestOrderDialog* openTestOrderAs(const QString& shopCode, const QString& customerKey);
    // Connects the ERP for the pages' searches (Connect Link, the item picker), in the background.
    void connectErp(const Profile& profile);
    SettingsPage* settingsPage() const { return m_settings; }
    OrdersPage* ordersPage() const { return m_orders; }
    ProductsPage* productsPage() const { return m_products; }

    AttentionPanel* attentionPanel() const;
    // Reads the sidebar's counts again (on the database worker); attentionRead() follows. The window
    // does this itself after an import, after a page changed something, on Refresh and every minute
    // (other workstations' work).
    void refreshAttention();
    // Once the counts are in: the Orders page filtered to the most pressing work, the Customers page
    // on stale links, or on a first run (no orders yet) the Import page. The window's --page wins.
    void openWhereWorkIs();

signals:
    void attentionRead();

protected:
    // Closes only once the page on view may be left (Page::confirmLeave).
    void closeEvent(QCloseEvent* event) override;

private:
    // The sidebar chose this row: the page shows once the page on view may be left.
    void switchToRow(int row);
    // The list shows the page's title; --page takes it in English too.
    void addPage(Page* page, Icon icon);
    void updateBusyIndicator();
    void openAttention(int kind); // an AttentionPanel::Kind
    // The menu bar (File, Edit, View, Tools, Help) and the toolbar (mainwindowmenus.cpp).
    void createMenus();
    // Edit → Find (Ctrl+F): the filter of the page on view, its text selected.
    void focusFilter();
    void updateFindAction();
    void openLogFolder();
    // The data behind the pages changed (by this page; null: by an import): the page on view reads
    // again now, the others when they come on view.
    void markChanged(Page* changer);
    void goWhereWorkIs();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabaseWorker* m_db;
    QStringList m_shopCodes;
    QList<Page*> m_pages;
    QProgressBar* m_busyIndicator = nullptr;
    std::unique_ptr<LookupCache> m_cache; // shared by every import and test order of this window
    // The ERP connection the pages' dialogs search through, built off the GUI thread.
    std::unique_ptr<ImportServices> m_services;
    ImportWorker* m_worker;
    CustomersPage* m_customers;
    ImportPage* m_import;
    SettingsPage* m_settings;
    OrdersPage* m_orders;
    ProductsPage* m_products;
    AuditPage* m_audit;
    QSet<Page*> m_stale; // to read again when shown
    bool m_openWhereWorkIs = false;
    bool m_attentionKnown = false;
    bool m_leaveConfirmed = false; // the page on view said it may be left: no second question
    QAction* m_findAction = nullptr;
};

} // namespace linkdesk
