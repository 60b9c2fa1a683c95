// TharsternClient: finding customers by e-mail. Nothing public searches Tharstern by e-mail, so a
// site either has an endpoint for it (customer_search=endpoint; its answer is checked, since a
// server that ignores an unknown parameter answers an unfiltered list) or Linkdesk reads every
// customer and contact into a directory and matches there (customer_search=contacts).
#include "tharsternclient.h"

#include "domain/emailaddress.h"
#include "erplog.h"
#include "lookupcache.h"
#include "net/httprequest.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace linkdesk {

namespace {

const QString kDirectoryDocument = QStringLiteral("tharstern.directory");

bool sameEmail(const QString& address, const CustomerSearch& search) {
    const auto normalised = EmailAddress::normalise(address, search.normalisation);
    return normalised.ok() && normalised.value() == search.email;
}

QJsonObject tharsternJson(const ErpCustomer& c) {
    return {{QStringLiteral("Code"), c.number},     {QStringLiteral("Name"), c.name},
            {QStringLiteral("Email"), c.email},     {QStringLiteral("CurrencyCode"), c.currencyCode},
            {QStringLiteral("Country"), c.country}, {QStringLiteral("VatNumber"), c.vatNumber},
            {QStringLiteral("OnStop"), c.blocked}};
}

} // namespace

// Every customer (by code) and every e-mail that leads to one: a customer's own and its contacts'.
struct TharsternClient::Directory {
    QHash<QString, ErpCustomer> customers;
    QList<QPair<QString, QString>> emails; // (address as written, customer code)

    void addCustomer(const ErpCustomer& c) {
        customers.insert(c.number, c);
        if (!c.email.trimmed().isEmpty())
            emails.append({c.email.trimmed(), c.number});
    }
    QJsonObject toJson() const {
        QJsonArray list;
        for (const ErpCustomer& c : customers)
            list.append(tharsternJson(c));
        QJsonArray contacts;
        for (const auto& [email, code] : emails)
            contacts.append(
                QJsonObject{{QStringLiteral("Email"), email}, {QStringLiteral("CustomerCode"), code}});
        return {{QStringLiteral("customers"), list}, {QStringLiteral("emails"), contacts}};
    }
    static std::shared_ptr<Directory> fromJson(const QJsonObject& json) {
        auto d = std::make_shared<Directory>();
        for (const QJsonValue& v : json.value(QStringLiteral("customers")).toArray()) {
            const ErpCustomer c = customerFromJson(v.toObject());
            d->customers.insert(c.number, c);
        }
        for (const QJsonValue& v : json.value(QStringLiteral("emails")).toArray()) {
            const QJsonObject o = v.toObject();
            d->emails.append({o.value(QStringLiteral("Email")).toString(),
                              o.value(QStringLiteral("CustomerCode")).toString()});
        }
        return d;
    }
};

void TharsternClient::findCustomers(const CustomerSearch& search, Callback<QList<ErpCustomer>> done) {
    if (search.email.trimmed().isEmpty()) {
        later<QList<ErpCustomer>>(std::move(done),
                                  fail(tr("Tharstern: no e-mail to search for."), ErrorKind::Invalid));
        return;
    }
    if (m_config.customerSearch == TharsternConfig::Search::Contacts)
        findCustomersByDirectory(search, std::move(done));
    else
        findCustomersByEndpoint(search, std::move(done));
}

// ---- customer_search=endpoint ----------------------------------------------------------------

void TharsternClient::findCustomersByEndpoint(const CustomerSearch& search,
                                              Callback<QList<ErpCustomer>> done) {
    const QString email = search.email.trimmed();
    const QString request =
        QStringLiteral("GET %1?%2=").arg(m_config.customerSearchPath, m_config.customerSearchParameter);
    const QUrl url = endpoint(m_config.customerSearchPath, {{m_config.customerSearchParameter, email}});
    listItems(
        url, tr("searching customers by e-mail %1").arg(email),
        [this, search, request, done](Result<QList<QJsonObject>> r) {
            if (!r.ok()) {
                Error e = r.error();
                if (e.is(ErrorKind::NotFound)) { // the path itself is not there
                    e.kind = ErrorKind::Configuration;
                    e.message += tr(" Set [erp] customer_search_path to the site's e-mail search, or "
                                    "customer_search=contacts.");
                }
                done(e);
                return;
            }
            // Every row must carry the e-mail asked for: a server that ignores an unknown
            // parameter answers its first page of everything, and "none of them matches"
            // would create a duplicate customer.
            QList<ErpCustomer> found;
            QList<QPair<QString, QString>> throughContacts; // (customer code, e-mail)
            int unrelated = 0;
            int withoutEmail = 0;
            QString example;
            for (const QJsonObject& row : r.value()) {
                const QString rowEmail = row.value(QStringLiteral("Email")).toString().trimmed();
                const QString contactOf = row.value(QStringLiteral("CustomerCode")).toString().trimmed();
                if (rowEmail.isEmpty()) {
                    ++withoutEmail;
                    continue;
                }
                if (!sameEmail(rowEmail, search)) {
                    ++unrelated;
                    if (example.isEmpty())
                        example = rowEmail;
                    continue;
                }
                if (!contactOf.isEmpty()) // a contact row: the customer is looked up by code
                    throughContacts.append({contactOf, rowEmail});
                else
                    found.append(customerFromJson(row));
            }
            if (unrelated > 0 || withoutEmail > 0) {
                const QString why =
                    unrelated > 0 ? tr("%1 of its %2 rows carry another e-mail (%3, say): the server ignores "
                                       "the parameter %4.")
                                        .arg(unrelated)
                                        .arg(r.value().size())
                                        .arg(example, m_config.customerSearchParameter)
                                  : tr("%1 of its %2 rows carry no e-mail, so whether they match cannot be "
                                       "checked.")
                                        .arg(withoutEmail)
                                        .arg(r.value().size());
                done(fail(tr("Tharstern's e-mail search (%1%2) cannot be trusted: %3 Nothing is created "
                             "for it. Set [erp] customer_search_path and customer_search_parameter to "
                             "the site's e-mail search, or customer_search=contacts.")
                              .arg(request, search.email, why),
                          ErrorKind::Configuration));
                return;
            }
            if (throughContacts.isEmpty()) {
                QList<ErpCustomer> matching;
                for (const ErpCustomer& c : std::as_const(found))
                    if (search.fieldsMatch(c))
                        matching.append(c);
                done(matching);
                return;
            }
            customersByCode(search, throughContacts, [found, search, done](Result<QList<ErpCustomer>> more) {
                if (!more.ok()) {
                    done(more.error());
                    return;
                }
                QList<ErpCustomer> all;
                QSet<QString> seen;
                for (const ErpCustomer& c : found + more.value())
                    if (search.fieldsMatch(c) && !seen.contains(c.number)) {
                        seen.insert(c.number);
                        all.append(c);
                    }
                done(all);
            });
        });
}

void TharsternClient::customersByCode(const CustomerSearch& search,
                                      const QList<QPair<QString, QString>>& codes,
                                      Callback<QList<ErpCustomer>> done) {
    if (codes.isEmpty()) {
        later<QList<ErpCustomer>>(std::move(done), QList<ErpCustomer>());
        return;
    }
    struct Gather {
        qsizetype left = 0;
        QList<ErpCustomer> found;
        std::optional<Error> error;
    };
    auto gather = std::make_shared<Gather>();
    gather->left = codes.size();
    for (const auto& [code, email] : codes) {
        customer(code, [search, done, gather, contactEmail = email](Result<std::optional<ErpCustomer>> r) {
            if (!r.ok() && !gather->error)
                gather->error = r.error();
            if (r.ok() && r.value()) {
                ErpCustomer c = *r.value();
                if (!search.matches(c))
                    c.email = contactEmail; // found through one of its contacts
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
}

// ---- customer_search=contacts: the directory --------------------------------------------------

void TharsternClient::clearDirectory() {
    m_directory.reset();
    m_directoryLoadedMs = -1;
    m_directoryFresh = false;
}

void TharsternClient::setLookupCache(LookupCache* cache) {
    m_cache = cache;
    m_cacheEpoch = cache ? cache->epoch() : 0;
}

void TharsternClient::forgetIfCleared() {
    if (!m_cache || m_cache->epoch() == m_cacheEpoch)
        return;
    m_cacheEpoch = m_cache->epoch();
    clearDirectory();
    m_products.clear();
    m_examples.clear();
}

void TharsternClient::withDirectory(bool fresh,
                                    std::function<void(Result<std::shared_ptr<const Directory>>)> done) {
    forgetIfCleared(); // Clear cache empties the directory held here too, fresh or not
    bool usable = false;
    if (fresh) {
        // A customer may have been created for this e-mail by an attempt whose answer was lost: only
        // a directory read from the server since then will do.
        usable = m_directory && m_directoryFresh;
    } else if (m_cache) { // the cache decides how long it lives, and Clear cache empties it
        const std::optional<QJsonObject> cached = m_cache->document(kDirectoryDocument);
        if (!cached)
            clearDirectory();
        else if (!m_directory)
            m_directory = Directory::fromJson(*cached);
        usable = m_directory != nullptr;
    } else {
        usable = m_directory &&
                 m_clock.elapsed() - m_directoryLoadedMs < qint64(m_config.directoryTtlSeconds) * 1000;
    }
    if (usable) {
        later<std::shared_ptr<const Directory>>(std::move(done), m_directory);
        return;
    }
    m_directoryWaiters.append(std::move(done));
    if (!m_directoryPending)
        loadDirectory();
}

void TharsternClient::loadDirectory() {
    m_directoryPending = true;
    m_directoryFresh = true; // unless a create begins while it loads
    const quint64 askedAt = m_cache ? m_cache->epoch() : 0;
    const auto finish = [this](const Result<std::shared_ptr<const Directory>>& outcome) {
        m_directoryPending = false;
        const auto waiters = std::exchange(m_directoryWaiters, {});
        for (const auto& waiter : waiters)
            waiter(outcome);
    };
    listAllItems(
        QStringLiteral("customers"), tr("reading the customer directory"),
        [this, finish, askedAt](Result<QList<QJsonObject>> customers) {
            if (!customers.ok()) {
                m_directoryFresh = false;
                finish(customers.error());
                return;
            }
            listAllItems(
                m_config.contactsPath, tr("reading the contact directory"),
                [this, finish, askedAt, customers = customers.value()](Result<QList<QJsonObject>> contacts) {
                    if (!contacts.ok()) {
                        m_directoryFresh = false;
                        finish(contacts.error());
                        return;
                    }
                    auto d = std::make_shared<Directory>();
                    for (const QJsonObject& c : customers)
                        d->addCustomer(customerFromJson(c));
                    for (const QJsonObject& c : contacts.value()) {
                        const QString email = c.value(QStringLiteral("Email")).toString().trimmed();
                        const QString code = c.value(QStringLiteral("CustomerCode")).toString().trimmed();
                        if (!email.isEmpty() && !code.isEmpty())
                            d->emails.append({email, code});
                    }
                    ++m_directoryLoads;
                    if (m_cache && m_cache->epoch() != askedAt) {
                        clearDirectory(); // read before a clear: answers who asked, kept by none
                    } else {
                        m_directory = d;
                        m_directoryLoadedMs = m_clock.elapsed();
                        if (m_cache)
                            m_cache->putDocument(kDirectoryDocument, d->toJson(), askedAt);
                    }
                    qCInfo(lcErp).noquote() << QStringLiteral("Tharstern: directory read: %1 customers, %2 "
                                                              "e-mails of customers and contacts")
                                                   .arg(d->customers.size())
                                                   .arg(d->emails.size());
                    finish(std::shared_ptr<const Directory>(d));
                });
        });
}

// Write-through: a customer Linkdesk created (with its contact) is found at once, without a reload.
void TharsternClient::noteCreated(const ErpCustomer& customer) {
    if (!m_directory)
        return;
    auto d = std::make_shared<Directory>(*m_directory);
    d->addCustomer(customer);
    m_directory = d;
    if (m_cache && m_cache->document(kDirectoryDocument))
        m_cache->putDocument(kDirectoryDocument, d->toJson());
}

void TharsternClient::findCustomersByDirectory(const CustomerSearch& search,
                                               Callback<QList<ErpCustomer>> done) {
    withDirectory(search.fresh, [this, search, done](Result<std::shared_ptr<const Directory>> loaded) {
        if (!loaded.ok()) {
            done(loaded.error());
            return;
        }
        const Directory& d = *loaded.value();
        QList<ErpCustomer> found;
        QList<QPair<QString, QString>> elsewhere; // contacts of customers the list did not hold
        QSet<QString> seen;
        for (const auto& [email, code] : d.emails) {
            if (seen.contains(code) || !sameEmail(email, search))
                continue;
            seen.insert(code);
            const auto it = d.customers.constFind(code);
            if (it == d.customers.cend()) {
                elsewhere.append({code, email});
                continue;
            }
            ErpCustomer c = *it;
            if (!search.matches(c))
                c.email = email; // found through one of its contacts
            found.append(c);
        }
        const auto filtered = [search](const QList<ErpCustomer>& list) {
            QList<ErpCustomer> out;
            for (const ErpCustomer& c : list)
                if (search.fieldsMatch(c))
                    out.append(c);
            return out;
        };
        if (elsewhere.isEmpty()) {
            done(filtered(found));
            return;
        }
        customersByCode(search, elsewhere, [found, filtered, done](Result<QList<ErpCustomer>> more) {
            if (!more.ok())
                done(more.error());
            else
                done(filtered(found + more.value()));
        });
    });
}

// For staff looking for a customer: codes starting with the text, then names containing it, both
// not minding case; a page is an offset into that list.
void TharsternClient::searchCustomersInDirectory(const ErpSearch& search,
                                                 Callback<ErpSearchPage<ErpCustomer>> done) {
    bool ok = search.page.isEmpty();
    const int offset = ok ? 0 : search.page.toInt(&ok);
    if (!ok || offset < 0) {
        later<ErpSearchPage<ErpCustomer>>(
            std::move(done), fail(tr("Tharstern: the customer search has no page “%1”.").arg(search.page),
                                  ErrorKind::Invalid));
        return;
    }
    withDirectory(false, [search, offset, done](Result<std::shared_ptr<const Directory>> loaded) {
        if (!loaded.ok()) {
            done(loaded.error());
            return;
        }
        const QString text = search.text.trimmed();
        QList<ErpCustomer> byCode;
        QList<ErpCustomer> byName;
        for (const ErpCustomer& c : std::as_const(loaded.value()->customers)) {
            if (c.number.startsWith(text, Qt::CaseInsensitive))
                byCode.append(c);
            else if (c.name.contains(text, Qt::CaseInsensitive))
                byName.append(c);
        }
        std::sort(byCode.begin(), byCode.end(),
                  [](const ErpCustomer& a, const ErpCustomer& b) { return a.number < b.number; });
        std::sort(byName.begin(), byName.end(), [](const ErpCustomer& a, const ErpCustomer& b) {
            const int order = a.name.compare(b.name, Qt::CaseInsensitive);
            return order != 0 ? order < 0 : a.number < b.number;
        });
        const QList<ErpCustomer> all = byCode + byName;
        const int size = qBound(1, search.pageSize, 100);
        ErpSearchPage<ErpCustomer> page;
        page.rows = all.mid(offset, size);
        if (offset + size < all.size())
            page.next = QString::number(offset + size);
        done(page);
    });
}

} // namespace linkdesk
