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
// so it lists exactly the cards the matcher would consider; anything else is searched as a customer
// number or (part of) a name, a page at a time. The ERP client answers on its own thread; a newer
// search supersedes the answer of an older.
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
    // The next page of a search by number or name (finished() with just its rows).
    void more();
    bool hasMore() const { return !m_next.isEmpty(); }

signals:
    void started(const QString& status);
    void finished(const QList<linkdesk::ErpCustomerSearch::Candidate>& found, const QString& status);

private:
    Candidate candidate(const ErpCustomer& customer, QString why) const;
    void searchByName(int generation);

    QPointer<ErpClient> m_erp;
    ShopCustomer m_customer;
    ShopSettings m_settings;
    int m_generation = 0;
    QString m_nameSearch; // the search by number or name listed
    QString m_next;       // its next page; empty: there is none
    int m_shown = 0;      // its rows listed so far
};

} // namespace linkdesk
