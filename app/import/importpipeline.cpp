#include "importpipeline.h"

#include "erp/cachederpdirectory.h"
#include "erp/erpclient.h"
#include "erp/salesorderbuilder.h"
#include "importlog.h"
#include "match/matchrunner.h"
#include "match/ordermatcher.h"
#include "shop/shopsource.h"
#include "store/catalogrepository.h"
#include "store/database.h"
#include "store/importlock.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "store/settingsstore.h"
#include "storematchdata.h"
#include "util/crossthread.h"
#include "wiring/importservices.h"

#include <QScopeGuard>
#include <QSet>

#include <numeric>

namespace linkdesk {

namespace {
constexpr int kMatchRounds = 6;

// An ERP answer that retrying will not change: the order needs a person (blocked customer, unknown
// item, a field the ERP refuses). Time-outs, rate limits, outages, credentials and lost answers are
// retried.
bool isPermanent(const Error& error) {
    return error.is(ErrorKind::Refused) || error.is(ErrorKind::NotFound);
}

// The first call of an order goes straight to the ERP (one request); an order whose earlier attempt
// may have reached it (it was submitting, or it failed before, even if staff reset its attempts)
// is looked up by its external document number first.
bool outcomeUncertain(const StagedOrder& order) {
    return order.status == OrderStatus::Submitting || order.attempts > 0 || !order.lastError.isEmpty();
}

CachedErpDirectory::Misses missesOf(const QList<MissingLookup>& lookups, QSet<QString>* seen) {
    CachedErpDirectory::Misses misses;
    for (const MissingLookup& l : lookups) {
        if (seen->contains(l.key()))
            continue;
        seen->insert(l.key());
        switch (l.kind) {
        case MissingLookup::Kind::CustomersByEmail:
            misses.searches.append(l.search);
            break;
        case MissingLookup::Kind::Customer:
            misses.customerNumbers.append(l.number);
            break;
        case MissingLookup::Kind::Item:
            misses.itemNumbers.append(l.number);
            break;
        }
    }
    return misses;
}

void append(CachedErpDirectory::Misses& to, const CachedErpDirectory::Misses& more) {
    to.searches += more.searches;
    to.customerNumbers += more.customerNumbers;
    to.itemNumbers += more.itemNumbers;
}
} // namespace

ImportPipeline::Services ImportPipeline::Services::of(const ImportServices& services) {
    return {services.network(), services.erp(), services.directory(), services.shops()};
}

ImportPipeline::ImportPipeline(Database& db, Services services)
    : m_db(db)
    , m_services(std::move(services)) {}

ImportPipeline::~ImportPipeline() = default;

void ImportPipeline::progress(const QString& stage, int done, int total) {
    if (m_progress)
        m_progress({stage, done, total});
}

void ImportPipeline::log(const QString& line) {
    qCInfo(lcImport).noquote() << line;
    if (m_log)
        m_log(line);
}

Result<ShopSettings> ImportPipeline::settingsFor(const QString& shopCode) {
    const auto it = m_settings.constFind(shopCode);
    if (it != m_settings.cend())
        return *it;
    auto s = SettingsStore(m_db).forShop(shopCode);
    if (!s)
        return s.error();
    m_settings.insert(shopCode, *s);
    return *s;
}

Result<ImportSummary> ImportPipeline::run(const Options& options) {
    m_options = options;
    m_summary = ImportSummary();
    m_settings.clear();
    if (!m_services.network || !m_services.erp || !m_services.directory)
        return fail(QObject::tr("The import has no ERP connection configured."), ErrorKind::Configuration);

    ImportLock lock(m_db, options.holder.isEmpty() ? QStringLiteral("linkdesk") : options.holder);
    if (auto r = lock.acquire(); !r)
        return r.error();
    m_lock = &lock;
    const auto releaseLock = qScopeGuard([this] { m_lock = nullptr; });

    for (ShopSource* source : std::as_const(m_services.shops)) {
        if (cancelled())
            break;
        if (!options.shopCode.isEmpty() && source->shopCode() != options.shopCode)
            continue;
        if (auto r = fetch(source); !r)
            return r.error();
    }
    if (!cancelled())
        if (auto r = match(options.shopCode); !r)
            return r.error();
    if (!cancelled())
        if (auto r = submit(options.shopCode); !r)
            return r.error();
    m_summary.cancelled = cancelled();
    qCInfo(lcImport).noquote() << m_summary.toText();
    return m_summary;
}

Result<void> ImportPipeline::fetch(ShopSource* source) {
    const QString shop = source->shopCode();
    OrderRepository orders(m_db);
    auto cursor = orders.cursor(shop);
    if (!cursor)
        return cursor.error();
    const QDateTime since = *cursor; // the same for every page of this pass
    log(since.isValid()
            ? QObject::tr("Fetching orders of %1 modified after %2.").arg(shop, since.toString(Qt::ISODate))
            : QObject::tr("Fetching every order of %1.").arg(shop));
    QDateTime newest = since;
    for (int page = 1; !cancelled(); ++page) {
        auto fetched = callAndWait<ShopPage>(
            source, [source, since, page](auto done) { source->fetchPage(since, page, std::move(done)); },
            &m_cancelled);
        if (!fetched) {
            if (fetched.error().is(ErrorKind::Cancelled))
                return {};
            return fail(QObject::tr("Fetching orders of %1 failed: %2").arg(shop, fetched.message()),
                        fetched.error().kind);
        }
        ShopPage& p = *fetched;
        int quarantined = 0;
        for (const StagedOrder& o : std::as_const(p.orders))
            quarantined += o.status == OrderStatus::Quarantined;
        {
            Transaction tx(m_db); // the page and the cursor together, or neither
            if (!tx.started())
                return tx.started().error();
            auto stored = orders.store(p.orders);
            if (!stored)
                return stored.error();
            if (p.cursor.isValid() && (!newest.isValid() || p.cursor > newest)) {
                newest = p.cursor;
                if (auto r = orders.setCursor(shop, newest); !r)
                    return r;
            }
            if (auto r = tx.commit(); !r)
                return r;
            if (stored->flagged > 0)
                log(QObject::tr("%1: %2 orders changed in the shop after they were submitted; flagged for "
                                "staff, not submitted again.")
                        .arg(shop)
                        .arg(stored->flagged));
        }
        m_summary.fetched += int(p.orders.size());
        m_summary.quarantined += quarantined;
        if (auto r = callAndWait<void>(source, [source, p](auto done) { done(source->confirm(p)); }); !r)
            log(QObject::tr("%1: %2").arg(shop, r.message())); // stored already; the files stay for later
        if (!p.error.isEmpty()) // what was read is stored; the next pass resumes from the cursor
            return fail(QObject::tr("Fetching orders of %1 stopped: %2").arg(shop, p.error),
                        ErrorKind::Failed);
        progress(QStringLiteral("fetch"), page, p.pageCount);
        if (auto r = m_lock->renew(); !r)
            return r;
        if (p.last || page >= p.pageCount)
            break;
    }
    return {};
}

void ImportPipeline::tally(const MatchOutcome& outcome) {
    switch (outcome.status) {
    case MatchStatus::Matched: {
        ++m_summary.matched;
        const CustomerDecision& c = outcome.customer;
        if (c.defaultCustomer)
            ++m_summary.linkedDefault;
        else if (c.link && c.link->source == LinkSource::Email)
            ++m_summary.linkedByEmail;
        else if (c.link && c.link->source == LinkSource::Contact)
            ++m_summary.linkedContact;
        else if (c.link && c.link->source == LinkSource::Created)
            ++m_summary.linkedCreated;
        else
            ++m_summary.linkedExisting;
        break;
    }
    case MatchStatus::Blocked:
        ++m_summary.blocked;
        break;
    case MatchStatus::NeedsReview:
        ++m_summary.needsReview;
        break;
    default:
        ++m_summary.failed;
        break;
    }
}

Result<void> ImportPipeline::match(const QString& shopCode) {
    OrderRepository repo(m_db);
    auto listed = repo.list({OrderStatus::New, OrderStatus::Failed}, shopCode);
    if (!listed)
        return listed.error();
    QList<StagedOrder> orders;
    for (StagedOrder& o : *listed) // a failed submit whose order may be in the ERP stays for submit
        if (o.status == OrderStatus::New ||
            (o.attempts < m_options.maxAttempts && o.erpOrderNumber.isEmpty()))
            orders.append(std::move(o));
    if (orders.isEmpty())
        return {};
    log(QObject::tr("Matching %1 orders.").arg(orders.size()));
    StoreMatchData data(m_db);
    if (auto r = data.load(shopCode); !r)
        return r;
    CachedErpDirectory& directory = *m_services.directory;

    QList<int> pending(orders.size());
    std::iota(pending.begin(), pending.end(), 0);
    int done = 0;
    const auto save = [&](StagedOrder& order, const MatchOutcome& outcome) -> Result<void> {
        outcome.applyTo(order); // a failure counts an attempt; the last error stays until submitted
        if (auto r = repo.saveState(order); !r)
            return r;
        tally(outcome);
        progress(QStringLiteral("match"), ++done, int(orders.size()));
        return {};
    };

    for (int round = 0; round < kMatchRounds && !pending.isEmpty() && !cancelled(); ++round) {
        CachedErpDirectory::Misses misses;
        QSet<QString> seen;
        QList<CustomerCreation> creations;
        QSet<QString> creating;
        QHash<int, QString> creationOf; // order -> the identity it waits to have created
        QList<int> next;
        for (int i : std::as_const(pending)) {
            StagedOrder& order = orders[i];
            auto settings = settingsFor(order.shopCode);
            if (!settings)
                return settings.error();
            const MatchOutcome outcome = OrderMatcher(directory, data).match(order, *settings);
            if (outcome.status == MatchStatus::NeedsLookups) {
                append(misses, missesOf(outcome.lookups(), &seen));
                next.append(i);
                continue;
            }
            if (outcome.status == MatchStatus::CreateCustomer) {
                const CustomerCreation& c = *outcome.customer.creation;
                const QString id = c.shopCode + QLatin1Char('\n') + c.customerKey;
                if (!creating.contains(id)) { // two orders of one new customer create it once
                    creating.insert(id);
                    creations.append(c);
                }
                creationOf.insert(i, id);
                next.append(i);
                continue;
            }
            if (auto w = MatchRunner(directory, data).applyWrites(order, outcome); !w) {
                if (w.error().is(ErrorKind::Conflict)) { // staff changed it: theirs wins
                    log(QObject::tr("%1: %2 Matching again.")
                            .arg(order.externalDocumentNumber(), w.message()));
                    next.append(i);
                    continue;
                }
                return w; // the database failed: stop, the next pass resumes
            }
            if (auto r = save(order, outcome); !r)
                return r;
        }
        if (!misses.isEmpty()) {
            auto fetched = callAndWait<QList<Error>>(
                &directory,
                [&directory, misses](auto answer) {
                    directory.fetch(misses, [answer](const QList<Error>& errors) { answer(errors); });
                },
                &m_cancelled);
            if (fetched)
                for (const Error& e : *fetched)
                    log(e.message); // the orders concerned come out failed in the next round
        }
        QHash<QString, CreateFailure> createFailures;
        if (!creations.isEmpty())
            if (auto r = createCustomers(data, creations, &createFailures); !r)
                return r;
        if (!createFailures.isEmpty()) {
            QList<int> still;
            for (int i : std::as_const(next)) {
                const auto failure = createFailures.constFind(creationOf.value(i));
                if (failure == createFailures.cend()) {
                    still.append(i);
                    continue;
                }
                MatchOutcome failed;
                failed.status = failure->permanent ? MatchStatus::NeedsReview : MatchStatus::Failed;
                failed.reason = failure->reason;
                if (auto r = save(orders[i], failed); !r)
                    return r;
            }
            next = still;
        }
        pending = next;
    }
    if (cancelled())
        return {}; // the rest stays new and is matched by the next pass
    for (int i : std::as_const(pending)) {
        MatchOutcome unsettled;
        unsettled.status = MatchStatus::Failed;
        unsettled.reason = QObject::tr("Matching did not settle in %1 rounds of ERP look-ups; retried by the "
                                       "next import.")
                               .arg(kMatchRounds);
        if (auto r = save(orders[i], unsettled); !r)
            return r;
    }
    return {};
}

Result<void> ImportPipeline::createCustomers(StoreMatchData& data, const QList<CustomerCreation>& creations,
                                             QHash<QString, CreateFailure>* failures) {
    // Intents first, committed: should an answer be lost, the next pass searches before creating.
    for (const CustomerCreation& c : creations)
        if (auto r = data.recordIntent({c.shopCode, c.customerKey, CreationIntent::State::Pending, {}}); !r)
            return r;
    CachedErpDirectory* directory = m_services.directory;
    QList<StartCall<ErpCustomer>> calls;
    for (const CustomerCreation& c : creations)
        calls.append([directory, c](auto done) {
            directory->createCustomerAsync(c.customer, c.customerTemplate.fields, std::move(done));
        });
    log(QObject::tr("Creating %1 ERP customers.").arg(creations.size()));
    const QList<Result<ErpCustomer>> results = callAllAndWait(directory, calls, &m_cancelled);
    for (qsizetype i = 0; i < creations.size(); ++i) {
        const CustomerCreation& c = creations.at(i);
        const Result<ErpCustomer>& created = results.at(i);
        if (!created) {
            if (created.error().is(ErrorKind::Cancelled))
                continue;
            // The ERP refusing the customer (a template field it does not know, say) is for staff; a
            // time-out or an outage is retried by the next import, which searches before creating.
            const bool permanent = isPermanent(created.error());
            failures->insert(
                c.shopCode + QLatin1Char('\n') + c.customerKey,
                {permanent, permanent
                                ? QObject::tr("The ERP refused to create the customer for %1 from template "
                                              "\"%2\": %3")
                                      .arg(c.customerKey, c.customerTemplate.name, created.message())
                                : QObject::tr("Creating the ERP customer for %1 failed: %2. The next import "
                                              "searches the ERP before creating again.")
                                      .arg(c.customerKey, created.message())});
            continue;
        }
        if (auto r = data.recordIntent(
                {c.shopCode, c.customerKey, CreationIntent::State::Created, created->number});
            !r)
            return r;
        ++m_summary.customersCreated;
        log(QObject::tr("Created ERP customer %1 (%2) for %3 from template \"%4\".")
                .arg(created->number, created->name, c.customerKey, c.customerTemplate.name));
    }
    return {};
}

void ImportPipeline::finishSubmit(StagedOrder& order, const Result<ErpSalesOrder>& result) {
    if (result) {
        order.status = OrderStatus::Submitted;
        order.erpOrderNumber = result->number.isEmpty() ? result->id : result->number;
        order.reason = result->alreadyExisted
                           ? QObject::tr("Already in the ERP as %1 (an earlier attempt got through).")
                                 .arg(order.erpOrderNumber)
                           : QString();
        order.lastError.clear();
        ++m_summary.submitted;
        return;
    }
    const Error& e = result.error();
    if (e.is(ErrorKind::Cancelled))
        return; // stays submitting: the next pass looks it up first
    order.lastError = e.message;
    if (isPermanent(e)) {
        order.status = OrderStatus::NeedsReview;
        order.reason = QObject::tr("The ERP refused the order: %1").arg(e.message);
        ++m_summary.needsReview;
        return;
    }
    order.status = OrderStatus::Failed;
    order.reason = order.attempts >= m_options.maxAttempts
                       ? QObject::tr("%1 Gave up after %2 attempts; retry it from the Orders page.")
                             .arg(e.message)
                             .arg(order.attempts)
                       : QObject::tr("%1 (attempt %2 of %3; the next import retries it)")
                             .arg(e.message)
                             .arg(order.attempts)
                             .arg(m_options.maxAttempts);
    ++m_summary.failed;
}

Result<void> ImportPipeline::submit(const QString& shopCode) {
    OrderRepository repo(m_db);
    // Failed orders not given up on were matched again above, so they are matched by now.
    auto listed = repo.list({OrderStatus::Matched, OrderStatus::Submitting}, shopCode);
    if (!listed)
        return listed.error();
    QList<StagedOrder>& orders = *listed;
    if (orders.isEmpty())
        return {};
    auto mapping = CatalogRepository(m_db).orderMapping();
    if (!mapping)
        return mapping.error();
    log(QObject::tr("Submitting %1 orders.").arg(orders.size()));
    ErpClient* erp = m_services.erp;
    const int batch = qMax(1, m_options.submitBatch);
    int done = 0;
    for (qsizetype from = 0; from < orders.size() && !cancelled(); from += batch) {
        const qsizetype to = qMin<qsizetype>(from + batch, orders.size());
        QList<qsizetype> sending;
        QList<StartCall<ErpSalesOrder>> calls;
        {
            Transaction tx(m_db); // every order of the batch is "submitting" before any is sent
            if (!tx.started())
                return tx.started().error();
            for (qsizetype i = from; i < to; ++i) {
                StagedOrder& order = orders[i];
                auto built = SalesOrderBuilder::build(order, *mapping);
                if (!built) {
                    order.status = OrderStatus::NeedsReview;
                    order.reason = built.message();
                    ++m_summary.needsReview;
                    if (auto r = repo.saveState(order); !r)
                        return r;
                    continue;
                }
                const bool uncertain = outcomeUncertain(order);
                order.status = OrderStatus::Submitting;
                ++order.attempts;
                if (auto r = repo.saveState(order); !r)
                    return r;
                sending.append(i);
                ErpSalesOrder salesOrder = *built;
                salesOrder.firstAttempt = !uncertain; // else the client asks the ERP for it first
                calls.append([erp, salesOrder](auto answer) { erp->submitSalesOrder(salesOrder, answer); });
            }
            if (auto r = tx.commit(); !r)
                return r;
        }
        const QList<Result<ErpSalesOrder>> results = callAllAndWait(erp, calls, &m_cancelled);
        Transaction tx(m_db);
        if (!tx.started())
            return tx.started().error();
        for (qsizetype k = 0; k < sending.size(); ++k) {
            StagedOrder& order = orders[sending.at(k)];
            finishSubmit(order, results.at(k));
            if (auto r = repo.saveState(order); !r)
                return r;
        }
        if (auto r = tx.commit(); !r)
            return r;
        done = int(to);
        progress(QStringLiteral("submit"), done, int(orders.size()));
        if (auto r = m_lock->renew(); !r)
            return r;
    }
    return {};
}

} // namespace linkdesk
