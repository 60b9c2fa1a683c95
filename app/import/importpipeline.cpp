#include "importpipeline.h"

#include "defaultcustomers.h"
#include "erp/cachederpdirectory.h"
#include "erp/erpclient.h"
#include "erp/lookupcache.h"
#include "erp/salesorderbuilder.h"
#include "importlog.h"
#include "match/matchsession.h"
#include "shop/shopsource.h"
#include "store/catalogrepository.h"
#include "store/database.h"
#include "store/importlock.h"
#include "store/orderrepository.h"
#include "store/settingsstore.h"
#include "storematchdata.h"
#include "util/crossthread.h"
#include "wiring/importservices.h"

#include <QScopeGuard>

namespace linkdesk {

namespace {
// The first call of an order goes straight to the ERP (one request); an order whose earlier attempt
// may have reached it (it was submitting, or was sent before, whatever staff or a re-fetch reset
// since) is looked up by its external document number first.
bool outcomeUncertain(const StagedOrder& order) {
    return order.status == OrderStatus::Submitting || order.sends > 0;
}

// An order whose submit may have reached an ERP that can neither find it by its external document
// number nor de-duplicates on it (ErpClient::resubmitIsSafe): never sent again on its own.
void holdForStaff(StagedOrder& order, const ErpClient& erp) {
    order.status = OrderStatus::NeedsReview;
    order.reason =
        QObject::tr("%1. Its submit's outcome is unknown, so it is not sent again on its own: "
                    "check the ERP, then resolve it on the Orders page or with linkdesk-cli "
                    "orders resolve %2 %3 --submitted ERPORDER (or --resubmit).")
            .arg(erp.mayAlreadyHave(order.externalDocumentNumber()), order.shopCode, order.orderNumber);
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
    // The answers fetched for one round of matching serve the next, even with the cache's TTL at 0.
    const LookupCache::Session cacheSession(m_services.directory->cache());

    if (auto r = checkDefaultCustomers(); !r)
        return r.error();
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
    m_refused.clear();
    if (!cancelled())
        if (auto r = submit(options.shopCode); !r)
            return r.error();
    if (!cancelled())
        if (auto r = heal(options.shopCode); !r)
            return r.error();
    m_summary.cancelled = cancelled();
    qCInfo(lcImport).noquote() << m_summary.toText();
    return m_summary;
}

Result<void> ImportPipeline::checkDefaultCustomers() {
    QStringList shops;
    for (const ShopSource* source : std::as_const(m_services.shops))
        if (m_options.shopCode.isEmpty() || source->shopCode() == m_options.shopCode)
            shops << source->shopCode();
    auto checks = DefaultCustomers::check(m_db, m_services.erp, shops, &m_cancelled);
    if (!checks)
        return checks.error();
    if (cancelled())
        return {}; // the pass stops at its next step
    if (auto problem = DefaultCustomers::problem(*checks)) {
        log(problem->message);
        return *problem;
    }
    return {};
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

Result<void> ImportPipeline::match(const QString& shopCode, const QSet<qint64>* only) {
    OrderRepository repo(m_db);
    auto listed = repo.list({OrderStatus::New, OrderStatus::Failed}, shopCode);
    if (!listed)
        return listed.error();
    QList<StagedOrder> orders;
    for (StagedOrder& o : *listed) // a failed submit whose order may be in the ERP stays for submit
        if ((!only || only->contains(o.id)) &&
            (o.status == OrderStatus::New ||
             (o.attempts < m_options.maxAttempts && o.erpOrderNumber.isEmpty())))
            orders.append(std::move(o));
    if (orders.isEmpty())
        return {};
    log(QObject::tr("Matching %1 orders.").arg(orders.size()));
    StoreMatchData data(m_db);
    if (auto r = data.load(shopCode); !r)
        return r;

    MatchSession::Options options;
    options.cancelled = &m_cancelled;
    MatchSession session(*m_services.directory, data, options);
    session.onLog([this](const QString& line) { log(line); });
    int done = 0;
    session.onSettled([&](qsizetype i, const MatchOutcome& outcome) -> Result<void> {
        StagedOrder& order = orders[i];
        outcome.applyTo(order); // a failure counts an attempt; the last error stays until submitted
        if (auto r = repo.saveState(order); !r)
            return r;
        tally(outcome);
        progress(QStringLiteral("match"), ++done, int(orders.size()));
        return {};
    });
    // Cancelled: the orders not settled stay new and are matched by the next pass.
    const Result<void> matched =
        session.run(orders, [this](const QString& shop) { return settingsFor(shop); });
    m_summary.customersCreated += session.customersCreated();
    if (!matched)
        return matched.error(); // the database failed: stop, the next pass resumes
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
    if (e.is(ErrorKind::UnknownOutcome) && !m_services.erp->resubmitIsSafe()) {
        holdForStaff(order, *m_services.erp);
        ++m_summary.needsReview;
        return;
    }
    if (!e.is(ErrorKind::UnknownOutcome) && !e.is(ErrorKind::Failed))
        --order.sends;     // refused, or surely never arrived: this send cannot have made an order
    if (e.isPermanent()) { // a blocked customer, an unknown item, a field the ERP refuses
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
                if (outcomeUncertain(order) && !erp->resubmitIsSafe()) {
                    holdForStaff(order, *erp);
                    ++m_summary.needsReview;
                    if (auto r = repo.saveState(order); !r)
                        return r;
                    continue;
                }
                const auto settings = settingsFor(order.shopCode);
                if (!settings)
                    return settings.error();
                auto built = SalesOrderBuilder::build(order, *mapping, settings->lines);
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
                ++order.sends;
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
            if (order.status == OrderStatus::NeedsReview && !results.at(k) &&
                results.at(k).error().isPermanent())
                m_refused.append(order);
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

// Links that heal: the ERP may refuse an order because its customer is gone (deleted or merged in
// the ERP since it was linked or cached). The customers of the refused orders are looked up afresh;
// where one is gone or blocked, its orders are matched again in this pass (an automatic link is
// marked stale and replaced by the rules; a manual link holds the order for review, a person's
// decision is never replaced silently) and the ones matched are submitted. Once per pass.
Result<void> ImportPipeline::heal(const QString& shopCode) {
    const QList<StagedOrder> refused = std::exchange(m_refused, {});
    QStringList numbers;
    QList<MissingLookup> lookups;
    for (const StagedOrder& o : refused) {
        const auto settings = settingsFor(o.shopCode);
        if (!settings)
            return settings.error();
        if (o.erpCustomerNumber.isEmpty() || o.erpCustomerNumber == settings->defaultCustomerCode ||
            numbers.contains(o.erpCustomerNumber))
            continue; // the default customer is checked before the import starts
        numbers << o.erpCustomerNumber;
        lookups.append({MissingLookup::Kind::Customer, {}, o.erpCustomerNumber});
    }
    if (numbers.isEmpty())
        return {};
    CachedErpDirectory& directory = *m_services.directory;
    directory.forgetCustomers(numbers);
    for (const Error& e : directory.fetch(lookups, &m_cancelled))
        log(e.message); // not known: the refusal stays for staff
    OrderRepository repo(m_db);
    QSet<qint64> again;
    for (StagedOrder o : refused) {
        if (!numbers.contains(o.erpCustomerNumber))
            continue;
        const auto found = directory.customer(o.erpCustomerNumber);
        if (!found.isKnown() || (found.value && !found.value->blocked))
            continue; // the customer is there: the refusal is about something else
        const QString why = found.value
                                ? QObject::tr("ERP customer %1 is blocked").arg(o.erpCustomerNumber)
                                : QObject::tr("ERP customer %1 no longer exists").arg(o.erpCustomerNumber);
        log(QObject::tr("%1: the ERP refused it and %2: matching it again.")
                .arg(o.externalDocumentNumber(), why));
        o.status = OrderStatus::New;
        o.reason = QObject::tr("%1; matched again.").arg(why);
        o.erpCustomerNumber.clear();
        if (auto r = repo.saveState(o); !r)
            return r;
        --m_summary.needsReview; // counted by finishSubmit in this pass
        again.insert(o.id);
    }
    if (again.isEmpty())
        return {};
    if (auto r = match(shopCode, &again); !r)
        return r;
    m_refused.clear();
    return submit(shopCode);
}

} // namespace linkdesk
