#include "cachederpdirectory.h"

#include "erpclient.h"
#include "erplog.h"
#include "lookupcache.h"
#include "util/crossthread.h"

#include <QMutexLocker>
#include <QThread>

#include <memory>

namespace linkdesk {

namespace {

QString searchKey(const CustomerSearch& search) {
    return QStringLiteral("search:") + search.key();
}
QString customerKey(const QString& number) {
    return QStringLiteral("customer:") + number;
}
QString itemKey(const QString& number) {
    return QStringLiteral("item:") + number;
}

} // namespace

CachedErpDirectory::CachedErpDirectory(ErpClient* client, LookupCache* cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache) {}

CachedErpDirectory::~CachedErpDirectory() = default;

std::optional<Error> CachedErpDirectory::failure(const QString& key) const {
    QMutexLocker lock(&m_failuresMutex);
    const auto it = m_failures.constFind(key);
    return it == m_failures.cend() ? std::nullopt : std::optional<Error>(*it);
}

Lookup<QList<ErpCustomer>> CachedErpDirectory::findCustomers(const CustomerSearch& search) {
    if (search.fresh) { // only an answer fetched by this directory will do, never an older cached one
        bool fetched = false;
        {
            QMutexLocker lock(&m_failuresMutex);
            fetched = m_fetchedFresh.contains(searchKey(search));
        }
        if (!fetched) {
            const auto why = failure(searchKey(search));
            return why ? Lookup<QList<ErpCustomer>>::failed(*why) : Lookup<QList<ErpCustomer>>::unknown();
        }
    }
    if (auto cached = m_cache->customers(search))
        return Lookup<QList<ErpCustomer>>::known(std::move(*cached), true);
    if (auto why = failure(searchKey(search)))
        return Lookup<QList<ErpCustomer>>::failed(*why);
    return Lookup<QList<ErpCustomer>>::unknown();
}

Lookup<std::optional<ErpCustomer>> CachedErpDirectory::customer(const QString& number) {
    if (auto cached = m_cache->customer(number))
        return Lookup<std::optional<ErpCustomer>>::known(std::move(*cached), true);
    if (auto why = failure(customerKey(number)))
        return Lookup<std::optional<ErpCustomer>>::failed(*why);
    return Lookup<std::optional<ErpCustomer>>::unknown();
}

void CachedErpDirectory::forgetCustomers(const QStringList& numbers) {
    QMutexLocker lock(&m_failuresMutex);
    for (const QString& number : numbers) {
        m_cache->forgetCustomer(number);
        m_failures.remove(MissingLookup{MissingLookup::Kind::Customer, {}, number}.key());
    }
}

Lookup<bool> CachedErpDirectory::itemExists(const QString& number) {
    if (auto cached = m_cache->itemExists(number))
        return Lookup<bool>::known(*cached, true);
    if (auto why = failure(itemKey(number)))
        return Lookup<bool>::failed(*why);
    return Lookup<bool>::unknown();
}

void CachedErpDirectory::createCustomerAsync(const NewCustomer& customer,
                                             std::function<void(Result<ErpCustomer>)> done) {
    if (!m_client) {
        done(fail(tr("No ERP connection is configured."), ErrorKind::Configuration));
        return;
    }
    LookupCache* cache = m_cache;
    m_client->createCustomer(customer.customer, customer.templateFields,
                             [cache, done](Result<ErpCustomer> result) {
                                 if (result.ok()) {
                                     cache->noteCustomer(result.value());
                                     qCInfo(lcErp) << "created ERP customer" << result->number;
                                 }
                                 done(std::move(result));
                             });
}

Result<QList<ErpPrice>> CachedErpDirectory::prices(const QString& customerNumber,
                                                   const QList<ErpOrderLine>& lines,
                                                   const std::atomic_bool* cancelled) {
    return callAndWait<QList<ErpPrice>>(
        this,
        [this, customerNumber, lines](auto done) { pricesAsync(customerNumber, lines, std::move(done)); },
        cancelled);
}

void CachedErpDirectory::pricesAsync(const QString& customerNumber, const QList<ErpOrderLine>& lines,
                                     std::function<void(Result<QList<ErpPrice>>)> done) {
    QList<std::optional<ErpPrice>> known;
    QList<ErpOrderLine> missing;
    for (const ErpOrderLine& line : lines) {
        const auto cached = m_cache->price(customerNumber, line.itemNumber, line.quantity);
        known.append(cached ? std::optional<ErpPrice>(ErpPrice{line.itemNumber, line.quantity, *cached})
                            : std::nullopt);
        if (!cached)
            missing.append(line);
    }
    const auto merge = [known](const QList<ErpPrice>& asked) {
        QList<ErpPrice> all;
        qsizetype next = 0;
        for (const auto& k : known)
            all.append(k ? *k : asked.value(next++));
        return all;
    };
    if (missing.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done, all = merge({})] { done(all); }, Qt::QueuedConnection);
        return;
    }
    if (!m_client) {
        done(fail(tr("No ERP connection is configured."), ErrorKind::Configuration));
        return;
    }
    LookupCache* cache = m_cache;
    const LookupCache::Epoch askedAt = cache->epoch();
    m_client->prices(customerNumber, missing,
                     [cache, askedAt, customerNumber, missing, merge, done](Result<QList<ErpPrice>> asked) {
                         if (!asked.ok() || asked->size() != missing.size()) {
                             done(asked.ok() ? fail(tr("The ERP answered %1 prices for %2 lines.")
                                                        .arg(asked->size())
                                                        .arg(missing.size()))
                                             : asked.error());
                             return;
                         }
                         for (const ErpPrice& p : asked.value())
                             cache->putPrice(customerNumber, p.itemNumber, p.quantity, p.unitPrice, askedAt);
                         done(merge(asked.value()));
                     });
}

QList<Result<ErpCustomer>> CachedErpDirectory::createCustomers(const QList<NewCustomer>& customers,
                                                               const std::atomic_bool* cancelled) {
    QList<StartCall<ErpCustomer>> calls;
    for (const NewCustomer& c : customers)
        calls.append([this, c](auto done) { createCustomerAsync(c, std::move(done)); });
    // One round's creates travel together (Business Central: $batch requests).
    return callAllAndWait(this, calls, cancelled,
                          m_client ? m_client->together() : CallsInFlight<ErpCustomer>::Around());
}

QList<Error> CachedErpDirectory::fetch(const QList<MissingLookup>& lookups,
                                       const std::atomic_bool* cancelled) {
    auto errors = callAndWait<QList<Error>>(
        this,
        [this, lookups](auto answer) { fetchAsync(lookups, [answer](const QList<Error>& e) { answer(e); }); },
        cancelled);
    return errors ? *errors : QList<Error>{}; // cancelled: the look-ups stay unknown
}

void CachedErpDirectory::join(const QString& key, Waiter waiter, const std::function<void()>& start) {
    const auto it = m_waiting.find(key);
    if (it != m_waiting.end()) {
        it->append(std::move(waiter));
        return;
    }
    m_waiting.insert(key, {std::move(waiter)});
    {
        QMutexLocker lock(&m_failuresMutex);
        m_failures.remove(key);
    }
    ++m_callsStarted;
    start();
}

void CachedErpDirectory::finished(const QString& key, const Error* error) {
    if (error) {
        QMutexLocker lock(&m_failuresMutex);
        m_failures.insert(key, *error);
    }
    const QList<Waiter> waiters = m_waiting.take(key);
    for (const Waiter& waiter : waiters)
        waiter(error);
}

void CachedErpDirectory::fetchAsync(const QList<MissingLookup>& lookups, FetchDone done) {
    struct Progress {
        int left = 0;
        QList<Error> errors;
        FetchDone done;
    };
    auto progress = std::make_shared<Progress>();
    progress->done = std::move(done);
    progress->left = int(lookups.size()) + 1; // +1 until every call is started
    const auto settle = [progress](const Error* error) {
        if (error)
            progress->errors.append(*error);
        if (--progress->left == 0 && progress->done)
            progress->done(progress->errors);
    };
    if (!m_client) {
        const Error noClient = fail(tr("No ERP connection is configured."), ErrorKind::Configuration);
        for (qsizetype i = 0; i < lookups.size(); ++i)
            settle(&noClient);
        settle(nullptr);
        return;
    }
    QPointer<CachedErpDirectory> self(this);
    LookupCache* cache = m_cache;

    ErpClient::Batch batch(m_client); // the round's look-ups travel together, sent when it closes
    for (const MissingLookup& lookup : lookups) {
        switch (lookup.kind) {
        case MissingLookup::Kind::CustomersByEmail: {
            const CustomerSearch search = lookup.search;
            const QString key = searchKey(search);
            join(key, settle, [=, this] {
                const LookupCache::Epoch askedAt = cache->epoch();
                m_client->findCustomers(search, [=](Result<QList<ErpCustomer>> result) {
                    if (result.ok()) {
                        cache->putCustomers(search, result.value(), askedAt);
                        if (self) {
                            QMutexLocker lock(&self->m_failuresMutex);
                            self->m_fetchedFresh.insert(key);
                        }
                    }
                    const Error error =
                        result.ok()
                            ? Error{}
                            : Error{
                                  tr("Searching the ERP for %1: %2").arg(search.describe(), result.message()),
                                  result.error().kind, result.error().detail};
                    if (self)
                        self->finished(key, result.ok() ? nullptr : &error);
                });
            });
            break;
        }
        case MissingLookup::Kind::Customer: {
            const QString number = lookup.number;
            const QString key = customerKey(number);
            join(key, settle, [=, this] {
                const LookupCache::Epoch askedAt = cache->epoch();
                m_client->customer(number, [=](Result<std::optional<ErpCustomer>> result) {
                    if (result.ok())
                        cache->putCustomer(number, result.value(), askedAt);
                    const Error error =
                        result.ok()
                            ? Error{}
                            : Error{tr("Looking up ERP customer %1: %2").arg(number, result.message()),
                                    result.error().kind, result.error().detail};
                    if (self)
                        self->finished(key, result.ok() ? nullptr : &error);
                });
            });
            break;
        }
        case MissingLookup::Kind::Item: {
            const QString number = lookup.number;
            const QString key = itemKey(number);
            join(key, settle, [=, this] {
                const LookupCache::Epoch askedAt = cache->epoch();
                m_client->itemExists(number, [=](Result<bool> result) {
                    if (result.ok())
                        cache->putItemExists(number, result.value(), askedAt);
                    const Error error =
                        result.ok() ? Error{}
                                    : Error{tr("Looking up ERP item %1: %2").arg(number, result.message()),
                                            result.error().kind, result.error().detail};
                    if (self)
                        self->finished(key, result.ok() ? nullptr : &error);
                });
            });
            break;
        }
        }
    }
    settle(nullptr);
}

} // namespace linkdesk
