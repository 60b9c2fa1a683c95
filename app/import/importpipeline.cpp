#include "importpipeline.h"

#include "defaultcustomers.h"
#include "erp/cachederpdirectory.h"
#include "erp/erpclient.h"
#include "erp/lookupcache.h"
#include "importlog.h"
#include "match/matchsession.h"
#include "ordersubmitter.h"
#include "shop/shopsource.h"
#include "store/catalogrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/importlock.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "store/settingsstore.h"
#include "storematchdata.h"
#include "util/crossthread.h"
#include "wiring/importservices.h"

#include <QScopeGuard>

namespace linkdesk {

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

    // Submit now: only the chosen orders, nothing fetched.
    const QSet<qint64> chosen(options.orderIds.cbegin(), options.orderIds.cend());
    QStringList shops;
    if (chosen.isEmpty()) {
        for (const ShopSource* source : std::as_const(m_services.shops))
            if (options.shopCode.isEmpty() || source->shopCode() == options.shopCode)
                shops << source->shopCode();
    } else {
        log(QObject::tr("Submit now: %n chosen order(s), nothing is fetched.", nullptr, int(chosen.size())));
        auto chosenShops = prepareChosen(chosen);
        if (!chosenShops)
            return chosenShops.error();
        shops = *chosenShops;
    }
    if (auto r = checkDefaultCustomers(shops); !r)
        return r.error();
    for (ShopSource* source : std::as_const(m_services.shops)) {
        if (cancelled() || !chosen.isEmpty())
            break;
        if (!options.shopCode.isEmpty() && source->shopCode() != options.shopCode)
            continue;
        if (auto r = fetch(source); !r)
            return r.error();
    }
    m_refused.clear();
    if (!cancelled())
        if (auto r = matchAndSubmit(options.shopCode, chosen.isEmpty() ? nullptr : &chosen); !r)
            return r.error();
    if (!cancelled())
        if (auto r = heal(options.shopCode); !r)
            return r.error();
    m_summary.cancelled = cancelled();
    qCInfo(lcImport).noquote() << m_summary.toText();
    return m_summary;
}

Result<void> ImportPipeline::checkDefaultCustomers(const QStringList& shops) {
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

Result<QStringList> ImportPipeline::prepareChosen(const QSet<qint64>& chosen) {
    OrderRepository orders(m_db);
    CustomerRepository customers(m_db);
    LinkRepository links(m_db);
    QStringList shops;
    QStringList numbers;
    for (qint64 id : chosen) {
        auto order = orders.get(id);
        if (!order)
            return order.error();
        if (!*order)
            continue; // gone meanwhile: nothing to do for it
        const StagedOrder& o = **order;
        if (!shops.contains(o.shopCode))
            shops << o.shopCode;
        if (!o.erpCustomerNumber.isEmpty() && !numbers.contains(o.erpCustomerNumber))
            numbers << o.erpCustomerNumber;
        auto customer = customers.find(o.shopCode, o.customer.effectiveKey());
        if (!customer)
            return customer.error();
        if (!*customer)
            continue; // never matched: no link yet
        auto link = links.get((*customer)->id);
        if (!link)
            return link.error();
        if (link->isLinked() && !numbers.contains(link->erpCustomerNumber))
            numbers << link->erpCustomerNumber;
    }
    if (!numbers.isEmpty())
        m_services.directory->forgetCustomers(numbers);
    return shops;
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

Result<void> ImportPipeline::matchAndSubmit(const QString& shopCode, const QSet<qint64>* only) {
    OrderRepository repo(m_db);
    auto listed = repo.list({OrderStatus::New, OrderStatus::Failed}, shopCode);
    if (!listed)
        return listed.error();
    QList<StagedOrder> toMatch;
    for (StagedOrder& o : *listed) // a failed submit whose order may be in the ERP stays for submit
        if ((!only || only->contains(o.id)) &&
            (o.status == OrderStatus::New ||
             (o.attempts < m_options.maxAttempts && o.erpOrderNumber.isEmpty())))
            toMatch.append(std::move(o));
    // Matched by an earlier pass, or left submitting by a pass that stopped mid-wave.
    auto ready = repo.list({OrderStatus::Matched, OrderStatus::Submitting}, shopCode);
    if (!ready)
        return ready.error();
    if (only)
        ready->removeIf([only](const StagedOrder& o) { return !only->contains(o.id); });
    if (toMatch.isEmpty() && ready->isEmpty())
        return {};
    auto mapping = CatalogRepository(m_db).orderMapping();
    if (!mapping)
        return mapping.error();
    OrderSubmitter submitter(
        m_db, *m_services.erp, *mapping, [this](const QString& shop) { return settingsFor(shop); }, m_summary,
        &m_cancelled, m_options.maxAttempts, m_options.submitBatch);
    submitter.onLog([this](const QString& line) { log(line); });
    const qsizetype wave = submitter.wave();
    // Starts a wave of what is ready (each wave after the one in flight is finished); returns as
    // soon as the last one is on its way.
    const auto submitReady = [&]() -> Result<void> {
        while (!ready->isEmpty() && !cancelled()) {
            if (auto r = m_lock->renew(); !r) // still ours before anything more is sent
                return r;
            const QList<StagedOrder> next = ready->mid(0, wave);
            ready->remove(0, next.size());
            if (auto r = submitter.start(next); !r)
                return r;
            progress(QStringLiteral("submit"), submitter.finished(),
                     submitter.started() + int(ready->size()));
        }
        return {};
    };
    if (auto r = submitReady(); !r)
        return r;

    if (!toMatch.isEmpty() && !cancelled()) {
        log(QObject::tr("Matching %1 orders.").arg(toMatch.size()));
        StoreMatchData data(m_db);
        if (auto r = data.load(shopCode); !r)
            return r;
        MatchSession::Options options;
        options.cancelled = &m_cancelled;
        MatchSession session(*m_services.directory, data, options);
        session.onLog([this](const QString& line) { log(line); });
        int done = 0;
        // One wave at a time, each matched while the one before it is being submitted. Cancelled:
        // the orders not settled stay new and are matched by the next pass.
        for (qsizetype from = 0; from < toMatch.size() && !cancelled(); from += wave) {
            QList<StagedOrder> chunk = toMatch.mid(from, wave);
            session.onSettled([&](qsizetype i, const MatchOutcome& outcome) -> Result<void> {
                StagedOrder& order = chunk[i];
                outcome.applyTo(order); // a failure counts an attempt; the last error stays until submitted
                if (auto r = repo.saveState(order); !r)
                    return r;
                tally(outcome);
                if (order.status == OrderStatus::Matched)
                    ready->append(order);
                progress(QStringLiteral("match"), ++done, int(toMatch.size()));
                return {};
            });
            const Result<void> matched =
                session.run(chunk, [this](const QString& shop) { return settingsFor(shop); });
            if (!matched) { // the database failed: stop, the next pass resumes
                m_summary.customersCreated += session.customersCreated();
                (void)submitter.finish();
                return matched.error();
            }
            if (auto r = submitReady(); !r)
                return r;
        }
        m_summary.customersCreated += session.customersCreated();
    }
    if (auto r = submitter.finish(); !r)
        return r;
    progress(QStringLiteral("submit"), submitter.finished(), submitter.started());
    m_refused += submitter.takeRefused();
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
        --m_summary.needsReview; // counted by the submitter in this pass
        again.insert(o.id);
    }
    if (again.isEmpty())
        return {};
    const Result<void> healed = matchAndSubmit(shopCode, &again);
    m_refused.clear(); // refused again: that stays for staff
    return healed;
}

} // namespace linkdesk
