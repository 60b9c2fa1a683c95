#pragma once

#include "domain/erpcustomer.h"
#include "domain/settings.h"
#include "domain/shopcustomer.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace linkdesk {

class ErpClient;

// The ERP customer search of Connect Link and Choose customer: an e-mail is searched as the matcher
// searches (the shop's e-mail normalisation, the identity's match fields: CustomerMatcher::searchFor),
// so it lists exactly the cards the matcher would consider; anything else is looked up as a customer
// number. The ERP client answers on its own thread; a newer search supersedes the answer of an older.
class ErpCustomerSearch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErpCustomerSearch)
public:
    // An ERP customer the search found, and why it is listed (in words for staff).
    struct Candidate {
        ErpCustomer customer;
        QString why;
    };

    explicit ErpCustomerSearch(QObject* parent = nullptr);
    ~ErpCustomerSearch() override;

    // erp may be null: no ERP connection configured; nothing is searched.
    void setErpClient(ErpClient* erp);
    bool hasErp() const { return !m_erp.isNull(); }
    // Whom the search is for: its e-mail, normalised and filtered by the shop's settings.
    void setCustomer(const ShopCustomer& customer, const ShopSettings& settings);

    // Starts a search (started() at once, finished() with the answer); nothing when there is no
    // ERP or no text.
    void search(const QString& text);

signals:
    void started(const QString& status);
    void finished(const QList<linkdesk::ErpCustomerSearch::Candidate>& found, const QString& status);

private:
    Candidate candidate(const ErpCustomer& customer, QString why) const;

    QPointer<ErpClient> m_erp;
    ShopCustomer m_customer;
    ShopSettings m_settings;
    int m_generation = 0;
};

} // namespace linkdesk
