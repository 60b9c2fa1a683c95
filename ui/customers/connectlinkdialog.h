#pragma once

#include "domain/erpcustomer.h"
#include "domain/link.h"
#include "domain/settings.h"
#include "domain/shopcustomer.h"
#include "erpcustomersearch.h"
#include "util/result.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class ConnectLinkDialog;
}

namespace linkdesk {

class Database;
class DatabaseWorker;
class ErpClient;

// Connect Link: one shop customer's external ID (the ERP customer it is linked to), the ERP
// customer as the ERP has it now, the match trace of the customer's latest staged order, an ERP
// search (by e-mail as the matcher searches, or by number or name a page at a time), and link / clear with a
// reason, undo of the last change made here, and a clear message when someone else changed the link
// meanwhile. Reads and writes run on a database worker thread; the ERP client lives on its own (network)
// thread and answers there.
class ConnectLinkDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectLinkDialog)
public:
    // erp may be null: no ERP connection configured.
    ConnectLinkDialog(Database& db, ErpClient* erp, qint64 customerId, QWidget* parent = nullptr);
    ~ConnectLinkDialog() override;

    qint64 customerId() const { return m_customerId; }
    // The link as last read or written here.
    const Link& link() const { return m_link; }
    bool isLoaded() const { return m_loaded; }

public slots:
    void reload();

signals:
    // The customer, link and latest order were read (after opening, a reload or a conflict).
    void loaded();
    // This dialog changed the link (link, clear or undo).
    void linkChanged(qint64 customerId);
    // An ERP search finished; the candidates are listed.
    void searchFinished();
    // The ERP's answer about the linked customer is shown.
    void erpDetailsShown();

private:
    // The reason typed for a manual change; empty, and the dialog says it is needed, when none.
    QString requiredReason();
    struct Loaded;
    struct UndoStep {
        Link before;
    };
    void showLoaded(Result<std::shared_ptr<Loaded>> result);
    void showLink();
    void fetchErpDetails();
    void search();
    void showCandidates(const QList<ErpCustomerSearch::Candidate>& found, const QString& status);
    void pickCandidate();
    void linkToNumber();
    // Links to c after asking, when its e-mail differs from the shop customer's or another shop
    // customer is linked to it already.
    void confirmAndLink(const ErpCustomer& c, const QString& reason);
    void clearLink();
    void undo();
    void write(const QString& erpNumber, const QString& erpName, LinkSource source, const QString& reason,
               bool isUndo);
    void setWriting(bool writing);
    void showMessage(const QString& text, bool problem);
    void updateButtons();

    std::unique_ptr<Ui::ConnectLinkDialog> m_ui;
    DatabaseWorker* m_worker;
    ErpCustomerSearch* m_search;
    QPointer<ErpClient> m_erp;
    qint64 m_customerId;
    ShopCustomer m_customer;
    ShopSettings m_settings;
    Link m_link;
    bool m_loaded = false;
    bool m_writing = false;
    bool m_conflictPending = false; // a save was refused: explain once the newer link is read
    std::optional<UndoStep> m_undo;
    QHash<QString, ErpCustomer> m_candidates; // number -> card, from the last search
    int m_detailsGeneration = 0;
};

} // namespace linkdesk
