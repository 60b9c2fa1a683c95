#include "erpcustomersearch.h"

#include "domain/emailaddress.h"
#include "erp/erpclient.h"
#include "match/customermatcher.h"
#include "ui/common/askerp.h"

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

    // Anything else is taken as a customer number; the ERP clients cannot search by name.
    emit started(tr("Looking up ERP customer %1…").arg(text));
    askErp<std::optional<ErpCustomer>>(
        m_erp, this,
        [text](ErpClient& erp, ErpClient::Callback<std::optional<ErpCustomer>> done) {
            erp.customer(text, std::move(done));
        },
        [this, generation, text](Result<std::optional<ErpCustomer>> result) {
            if (generation != m_generation)
                return;
            if (!result)
                emit finished({}, tr("The ERP search failed: %1").arg(result.message()));
            else if (*result)
                emit finished({candidate(**result, tr("customer number is %1").arg((*result)->number))},
                              tr("Found customer number %1.").arg((*result)->number));
            else
                emit finished({},
                              tr("No ERP customer has the number “%1”. Searching by name is not supported "
                                 "by this ERP connection: search by e-mail or customer number.")
                                  .arg(text));
        });
}

} // namespace linkdesk
