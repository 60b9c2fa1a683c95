#pragma once

#include "domain/erpcustomer.h"
#include "domain/link.h"
#include "domain/settings.h"
#include "domain/stagedorder.h"
#include "ui/customers/erpcustomersearch.h"
#include "util/result.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class ChooseCustomerDialog;
}

namespace linkdesk {

class DatabaseWorker;
class ErpClient;

// Choose the ERP customer of an order that needs review (two ERP cards share the buyer's e-mail,
// say): the candidates with their fields side by side (the matcher's own e-mail search, or any other
// ERP search), one picked (a click or a double-click only picks), a reason given. Linking writes a
// manual link, audited, and puts every order of that shop customer waiting for review or failed back
// in the queue in the same transaction (LinkRepository::change); with "Submit now" the page submits
// them at once. A blocked candidate is not linked: the dialog says so and offers another card, or
// asking the ERP again once it is unblocked there. Reads and writes run on the database worker; the
// ERP answers on its own thread.
class ChooseCustomerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChooseCustomerDialog)
public:
    // canSubmit: whether Submit now can be offered (the window's import worker is there).
    ChooseCustomerDialog(DatabaseWorker& db, ErpClient* erp, const StagedOrder& order, bool canSubmit,
                         QWidget* parent = nullptr);
    ~ChooseCustomerDialog() override;

    bool isLoaded() const { return m_loaded; }
    // The candidate picked, as the ERP last answered about it.
    std::optional<ErpCustomer> chosen() const;

signals:
    // The buyer's identity and link were read; the search for the candidates has started.
    void loaded();
    void searchFinished();
    // The ERP answered about the chosen customer again ("Ask the ERP again").
    void rechecked();
    // The link is written: a sentence for the page, the orders put back in the queue with it, and
    // whether to submit them now.
    void linked(const QString& message, const QList<qint64>& requeued, bool submitNow);

private:
    struct Loaded {
        ShopCustomer customer; // id 0: not stored yet, stored when linked
        Link link;
        ShopSettings settings;
    };
    void showLoaded(Result<Loaded> read);
    void search();
    void showCandidates(const QList<ErpCustomerSearch::Candidate>& found, const QString& status);
    void setRow(int row, const ErpCustomer& customer);
    void recheck();
    void link();
    // After a refused save: the link as someone else left it, read again and named.
    void rereadLink();
    void updateState();
    void showMessage(const QString& text, bool problem);

    std::unique_ptr<Ui::ChooseCustomerDialog> m_ui;
    DatabaseWorker& m_db;
    QPointer<ErpClient> m_erp;
    ErpCustomerSearch* m_search;
    StagedOrder m_order;
    ShopCustomer m_customer;
    Link m_link;
    QList<ErpCustomer> m_candidates; // the table's rows
    bool m_loaded = false;
    bool m_busy = false; // writing the link, or asking the ERP again
};

} // namespace linkdesk
