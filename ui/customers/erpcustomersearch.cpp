#include "erpcustomersearch.h"

#include "domain/emailaddress.h"
#include "erp/erpclient.h"
#include "match/customermatcher.h"
#include "ui/common/erpcall.h"

namespace linkdesk {

ErpCustomerSearch::ErpCustomerSearch(QObject* parent)
    : QObject(parent) {}

ErpCustomerSearch::~ErpCustomerSearch() = default;

void ErpCustomerSearch::setErpClient(ErpClient* erp) {
    m_erp = erp;
}

void ErpCustomerSearch::setCustomer(const ShopCustomer& customer, const ShopSettings& settings) {
    m_customer = customer;
    m_settings = settings;
}

ErpCustomerSearch::Candidate ErpCustomerSearch::candidate(const ErpCustomer& c, QString why) const {
    const QString shopEmail = m_customer.email.trimmed().toLower();
    if (!shopEmail.isEmpty() && c.email.trimmed().toLower() == shopEmail && !why.contains(shopEmail))
        why += tr("; same e-mail as the shop customer");
    if (c.blocked)
        why += tr("; blocked in the ERP: %1")
                   .arg(c.blockedReason.isEmpty() ? QStringLiteral("—") : c.blockedReason);
    return {c, why};
}

void ErpCustomerSearch::search(const QString& input) {
    const QString text = input.trimmed();
    if (!m_erp || text.isEmpty())
        return;
    const int generation = ++m_generation;
    m_next.clear();

    if (text.contains(QLatin1Char('@'))) {
        // The matcher's search: its e-mail normalisation, and the match fields of this identity.
        auto email = EmailAddress::normalise(text, m_settings.emailNormalisation);
        if (!email) {
            emit finished({}, email.message());
            return;
        }
        const CustomerSearch query =
            CustomerMatcher::searchFor(m_customer, m_customer.currency, m_settings, *email);
        emit started(tr("Searching the ERP for %1…").arg(query.describe()));
        askErp<QList<ErpCustomer>>(
            m_erp, this,
            [query](ErpClient& erp, ErpClient::Callback<QList<ErpCustomer>> done) {
                erp.findCustomers(query, std::move(done));
            },
            [this, generation, email = *email, what = query.describe()](Result<QList<ErpCustomer>> result) {
                if (generation != m_generation)
                    return;
                if (!result) {
                    emit finished({}, tr("The ERP search failed: %1").arg(result.message()));
                    return;
                }
                QList<Candidate> found;
                for (const ErpCustomer& c : *result)
                    found << candidate(c, tr("e-mail is %1").arg(email));
                emit finished(found,
                              result->isEmpty()
                                  ? tr("No ERP customer matches %1.").arg(what)
                                  : tr("ERP customers matching %1: %2.").arg(what).arg(result->size()));
            });
        return;
    }

    // Anything else is a customer number or (part of) a name, a page at a time.
    m_nameSearch = text;
    m_next.clear();
    m_shown = 0;
    searchByName(generation);
}

void ErpCustomerSearch::more() {
    if (m_erp && hasMore())
        searchByName(m_generation);
}

void ErpCustomerSearch::searchByName(int generation) {
    const QString text = m_nameSearch;
    const ErpSearch request{text, 25, m_next};
    m_next.clear();
    emit started(tr("Searching the ERP for customers by number or name: “%1”…").arg(text));
    askErp<ErpSearchPage<ErpCustomer>>(
        m_erp, this,
        [request](ErpClient& erp, ErpClient::Callback<ErpSearchPage<ErpCustomer>> done) {
            erp.searchCustomers(request, std::move(done));
        },
        [this, generation, text](Result<ErpSearchPage<ErpCustomer>> page) {
            if (generation != m_generation)
                return;
            if (!page) {
                emit finished({}, tr("The ERP search failed: %1").arg(page.message()));
                return;
            }
            QList<Candidate> found;
            for (const ErpCustomer& c : page->rows)
                found << candidate(c, c.number.compare(text, Qt::CaseInsensitive) == 0
                                          ? tr("customer number is %1").arg(c.number)
                                      : c.number.startsWith(text, Qt::CaseInsensitive)
                                          ? tr("customer number starts with %1").arg(text)
                                      : c.name.contains(text, Qt::CaseInsensitive)
                                          ? tr("name contains “%1”").arg(text)
                                          : tr("found by the ERP's search for “%1”").arg(text));
            m_next = page->next;
            m_shown += int(found.size());
            emit finished(
                found,
                m_shown == 0
                    ? tr("No ERP customer has a number starting with, or a name containing, “%1”.").arg(text)
                : hasMore() ? tr("%n ERP customer(s) shown; there are more: More results lists them.",
                                 nullptr, m_shown)
                            : tr("%n ERP customer(s) found.", nullptr, m_shown));
        });
}

} // namespace linkdesk
