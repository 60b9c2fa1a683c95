#pragma once

#include "store/customerrepository.h"
#include "ui/common/page.h"

#include <QPointer>

#include <memory>

namespace Ui {
class CustomersPage;
}

namespace linkdesk {

class ConnectLinkDialog;
class CustomerTableModel;
class ImportWorker;
class LinkCheckBar;
struct CustomerRow;
class Database;

// Every shop customer with its link: filter, sort and open one. Its model and the Connect Link
// dialog read and write on database workers of their own; busy while the rows are read and counted.
class CustomersPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)
public:
    explicit CustomersPage(Database& db, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~CustomersPage() override;

    CustomerTableModel* model() const { return m_model; }

    // The Connect Link dialog open for a customer, if any.
    ConnectLinkDialog* connectLinkDialog() const;
    // Opens the Connect Link dialog for the customer on this row (double-click or Enter).
    void openCustomer(const QModelIndex& index);
    // Opens the Connect Link dialog for this shop customer (its row id), or raises the one open on it.
    void openConnectLink(qint64 customerId);
    // The customer on the current row, when its row has been read; valid until the rows change.
    const CustomerRow* selectedCustomer() const;

    // Reads the rows again in place, keeping the selection and scroll position.
    void reload() override;
    QLineEdit* filterEdit() const override;
    // Filters the rows to one link status (the sidebar's "Stale links"), every shop, no text.
    void showStatus(CustomerQuery::Status status);

    // The worker Check links runs on (null: it is not offered).
    void setImportWorker(ImportWorker* worker);
    // Check links of the shop chosen in the shop filter (or every shop), with its progress under the
    // table; then the rows are read again, filtered to the stale links when there are any. False,
    // with the reason shown, when it cannot start.
    bool checkLinks();

signals:
    // "Test order…" for the selected customer (shop code and identity key).
    void testOrderRequested(const QString& shopCode, const QString& customerKey);

private:
    void applyFilter();
    void updateCount();
    void updateActions();
    void showBusy(bool busy);
    void linkCheckFinished(const QString& message, bool ok);

    std::unique_ptr<Ui::CustomersPage> m_ui;
    Database& m_db;
    CustomerTableModel* m_model;
    class QTimer* m_filterTimer;
    QPointer<ConnectLinkDialog> m_dialog;
    LinkCheckBar* m_linkCheckBar;
};

} // namespace linkdesk
