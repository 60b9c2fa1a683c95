#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class CustomersPage;
}

namespace linkdesk {

class ConnectLinkDialog;
class CustomerTableModel;
struct CustomerRow;
class Database;
class ErpClient;

// Every shop customer with its link: filter, sort and open one.
class CustomersPage final : public QWidget {
    Q_OBJECT
    // Read by MainWindow::isBusy(), e.g. before a screenshot: true until the first rows are in.
    Q_PROPERTY(bool loading READ isLoading)
    Q_DISABLE_COPY_MOVE(CustomersPage)
public:
    explicit CustomersPage(Database& db, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~CustomersPage() override;

    CustomerTableModel* model() const { return m_model; }

    // The ERP the Connect Link dialog looks customers up in; it lives on another thread. Null (the
    // default): the dialog says no ERP connection is configured.
    void setErpClient(ErpClient* erp);
    // The Connect Link dialog open for a customer, if any.
    ConnectLinkDialog* connectLinkDialog() const;
    // Opens the Connect Link dialog for the customer on this row (double-click or Enter).
    void openCustomer(const QModelIndex& index);
    // The customer on the current row, when its row has been read; valid until the rows change.
    const CustomerRow* selectedCustomer() const;

public slots:
    void refresh();

signals:
    void statusMessage(const QString& message);
    // "Test order…" for the selected customer (shop code and identity key).
    void testOrderRequested(const QString& shopCode, const QString& customerKey);

private:
    void applyFilter();
    void updateCount();
    void updateActions();
    void showBusy(bool busy);
    bool isLoading() const;

    std::unique_ptr<Ui::CustomersPage> m_ui;
    bool m_loaded = false;
    Database& m_db;
    CustomerTableModel* m_model;
    class QTimer* m_filterTimer;
    QPointer<ErpClient> m_erp;
    QPointer<ConnectLinkDialog> m_dialog;
};

} // namespace linkdesk
