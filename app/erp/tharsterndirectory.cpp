// TharsternClient: finding customers by email through a local directory of Tharstern's contacts,
// for servers without an email search (TharsternConfig::emailSearchByContacts).
#include "tharsternclient.h"

#include "domain/emailaddress.h"
#include "erplog.h"
#include "net/httprequest.h"

#include <QSet>

namespace linkdesk {

void TharsternClient::clearContactDirectory() {
    m_contacts.clear();
    m_contactsLoaded = QDateTime();
}

void TharsternClient::withContactDirectory(std::function<void(Result<void>)> done) {
    const bool fresh =
        m_contactsLoaded.isValid() &&
        m_contactsLoaded.secsTo(QDateTime::currentDateTimeUtc()) < m_config.contactDirectoryTtlSeconds;
    if (fresh) {
        later<void>(std::move(done), Result<void>());
        return;
    }
    m_contactWaiters.append(std::move(done));
    if (m_contactsPending)
        return;
    m_contactsPending = true;
    listItems(endpoint(QStringLiteral("contacts")), tr("loading the contact directory"),
              [this](Result<QList<QJsonObject>> contacts) {
                  m_contactsPending = false;
                  Result<void> outcome;
                  if (contacts.ok()) {
                      m_contacts.clear();
                      for (const QJsonObject& c : contacts.value()) {
                          const QString email = c.value(QStringLiteral("Email")).toString().trimmed();
                          const QString code = c.value(QStringLiteral("CustomerCode")).toString().trimmed();
                          if (!email.isEmpty() && !code.isEmpty())
                              m_contacts.append(Contact{email, code});
                      }
                      m_contactsLoaded = QDateTime::currentDateTimeUtc();
                      ++m_contactLoads;
                      qCInfo(lcErp).noquote()
                          << QStringLiteral("Tharstern: contact directory loaded (%1 contacts)")
                                 .arg(m_contacts.size());
                  } else {
                      outcome = contacts.error();
                  }
                  const auto waiters = std::exchange(m_contactWaiters, {});
                  for (const auto& waiter : waiters)
                      waiter(outcome);
              });
}

void TharsternClient::findCustomersByContacts(const CustomerSearch& search,
                                              Callback<QList<ErpCustomer>> done) {
    withContactDirectory([this, search, done](Result<void> loaded) {
        if (!loaded.ok()) {
            done(loaded.error());
            return;
        }
        // Customer code -> the contact address that matched (the customer's own one may differ).
        QHash<QString, QString> matched;
        QStringList codes;
        for (const Contact& contact : std::as_const(m_contacts)) {
            const auto normalised = EmailAddress::normalise(contact.email, search.normalisation);
            if (normalised.ok() && normalised.value() == search.email &&
                !matched.contains(contact.customerCode)) {
                matched.insert(contact.customerCode, contact.email);
                codes << contact.customerCode;
            }
        }
        if (codes.isEmpty()) {
            done(QList<ErpCustomer>());
            return;
        }
        struct Gather {
            int left = 0;
            QList<ErpCustomer> found;
            std::optional<Error> error;
        };
        auto gather = std::make_shared<Gather>();
        gather->left = int(codes.size());
        for (const QString& code : std::as_const(codes)) {
            customer(code, [search, done, gather,
                            email = matched.value(code)](Result<std::optional<ErpCustomer>> r) {
                if (!r.ok() && !gather->error)
                    gather->error = r.error();
                if (r.ok() && r.value()) {
                    ErpCustomer c = *r.value();
                    if (!search.matches(c))
                        c.email = email; // found through one of its contacts
                    if (search.fieldsMatch(c))
                        gather->found.append(c);
                }
                if (--gather->left == 0) {
                    if (gather->error)
                        done(*gather->error);
                    else
                        done(gather->found);
                }
            });
        }
    });
}

} // namespace linkdesk
