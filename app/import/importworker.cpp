#include "importworker.h"

#include "cachesession.h"
#include "defaultcustomers.h"
#include "erp/erpclient.h"
#include "secrets/credentialstore.h"
#include "shop/shopsource.h"
#include "store/database.h"
#include "util/crossthread.h"
#include "util/operatorname.h"
#include "wiring/importservices.h"

namespace linkdesk {

namespace {
// What a failed job answers besides its message: the detail behind it, where there is one.
QJsonObject failureJson(const Error& error) {
    return error.detail.isEmpty() ? QJsonObject()
                                  : QJsonObject{{QStringLiteral("error_detail"), error.detail}};
}
} // namespace

namespace {
// Who runs a pass, as the import history and a refused second importer name it.
QString holderName(const QString& job = {}) {
    return job.isEmpty() ? operatorName() + QStringLiteral(" (Linkdesk window)")
                         : operatorName() + QStringLiteral(" (Linkdesk window, %1)").arg(job);
}

// What a job needs on its thread: a connection, the look-up cache, the secrets and the services
// (gone first, so no answer reaches the cache after the job).
struct JobContext {
    std::unique_ptr<Database> db;
    std::unique_ptr<CacheSession> cache;
    std::unique_ptr<ImportServices> services;
};

Result<JobContext> openJob(const Profile& profile, LookupCache* cache, const QString& shopCode = {}) {
    JobContext job;
    auto db = Database::open(profile.databaseUrl);
    if (!db)
        return db.error();
    job.db = std::move(*db);
    auto session = CacheSession::open(*job.db, *cache, profile, shopCode);
    if (!session)
        return session.error();
    job.cache = std::move(*session);
    secrets::CredentialStore keychain; // on this thread, with this thread's event loop
    auto services = ImportServices::create(
        profile, [&keychain](const QString& name) { return keychain.readSync(name); }, cache);
    if (!services)
        return services.error();
    job.services = std::move(*services);
    return job;
}
} // namespace

ImportWorker::ImportWorker(Profile profile, LookupCache* cache, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_cache(cache) {}

ImportWorker::~ImportWorker() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportWorker::setProfile(const Profile& profile) {
    QMutexLocker lock(&m_mutex);
    m_profile = profile;
}

Profile ImportWorker::profile() const {
    QMutexLocker lock(&m_mutex);
    return m_profile;
}

bool ImportWorker::isRunning() const {
    return m_thread && m_thread->isRunning() && !m_answered;
}

void ImportWorker::cancel() {
    QMutexLocker lock(&m_mutex);
    m_cancelRequested = true;
    if (m_pipeline)
        m_pipeline->cancel();
    if (m_linkCheck)
        m_linkCheck->cancel();
}

bool ImportWorker::startJob(std::function<Answer()> job) {
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait(); // done, or answered: only its answer is still on its way out
    m_answered = false;
    {
        QMutexLocker lock(&m_mutex);
        m_cancelRequested = false;
    }
    m_thread.reset(QThread::create([this, job = std::move(job)] {
        const Answer answer = job(); // the job's connections are closed when it returns
        m_answered = true;
        answer();
    }));
    m_thread->setObjectName(QStringLiteral("linkdesk-import"));
    m_thread->start();
    return true;
}

ImportRun ImportWorker::runPass(ImportPipeline::Options options) {
    ImportRun run;
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.holder = options.holder;
    auto job = openJob(profile(), m_cache, options.shopCode);
    if (!job) {
        run.error = job.message();
        if (!job.error().detail.isEmpty())
            run.summary.insert(QStringLiteral("error_detail"), job.error().detail);
        return run;
    }
    ImportPipeline pipeline(*job->db, ImportPipeline::Services::of(*job->services));
    pipeline.onProgress(
        [this](const ImportPipeline::Progress& p) { emit progress(p.stage, p.done, p.total); });
    pipeline.onLog([this](const QString& line) { emit logLine(line); });
    {
        QMutexLocker lock(&m_mutex);
        m_pipeline = &pipeline;
        if (m_cancelRequested)
            pipeline.cancel();
    }
    auto summary = pipeline.run(options);
    {
        QMutexLocker lock(&m_mutex);
        m_pipeline = nullptr;
    }
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.ok = summary.ok();
    run.summary = summary ? summary->toJson() : QJsonObject();
    if (summary && summary->cancelled)
        run.summary.insert(QStringLiteral("cancelled"), true);
    if (summary && !options.orderIds.isEmpty()) // the history tells a Submit now from an import
        run.summary.insert(QStringLiteral("submit_now"), int(options.orderIds.size()));
    run.error = summary.message();
    job->services.reset();
    if (auto r = job->cache->save(); !r)
        emit logLine(tr("Could not save the ERP look-up cache: %1").arg(r.message()));
    if (auto r = ImportRuns(*job->db).record(run); !r)
        emit logLine(tr("Could not record the import run: %1").arg(r.message()));
    if (!summary && !summary.error().detail.isEmpty()) // for the window, not the run history
        run.summary.insert(QStringLiteral("error_detail"), summary.error().detail);
    return run;
}

bool ImportWorker::startImport(const QString& shopCode) {
    return startJob([this, shopCode] {
        emit progress(QStringLiteral("fetch"), 0, 0);
        ImportPipeline::Options options;
        options.shopCode = shopCode;
        options.holder = holderName();
        const ImportRun run = runPass(options);
        return [this, run] { emit importFinished(run.ok, run.error, run.summary); };
    });
}

bool ImportWorker::startSubmit(const QList<qint64>& orderIds) {
    if (orderIds.isEmpty())
        return false;
    return startJob([this, orderIds] {
        emit progress(QStringLiteral("match"), 0, 0);
        ImportPipeline::Options options;
        options.orderIds = orderIds;
        options.holder = holderName(tr("Submit now"));
        const ImportRun run = runPass(options);
        return [this, run] { emit submitFinished(run.ok, run.error, run.summary); };
    });
}

bool ImportWorker::startConnectionTest() {
    return startJob([this] {
        const Profile current = profile();
        auto job = openJob(current, m_cache);
        if (!job)
            return Answer([this, error = job.message()] { emit connectionTested(false, error); });
        QStringList lines;
        bool ok = true;
        for (ShopSource* shop : job->services->shops()) {
            auto answer = callAndWait<QString>(shop, [shop](auto done) { shop->check(std::move(done)); });
            ok = ok && answer.ok();
            lines << tr("Shop %1: %2").arg(shop->shopCode(), answer ? *answer : answer.message());
        }
        ErpClient* erp = job->services->erp();
        auto checks = callAndWait<QList<EndpointCheck>>(
            erp, [erp](auto done) { erp->checkEndpoints(std::move(done)); });
        ok = ok && checks.ok();
        if (!checks)
            lines << tr("ERP (%1): %2").arg(erp->systemName(), checks.message());
        for (const EndpointCheck& c : checks ? *checks : QList<EndpointCheck>()) {
            ok = ok && c.state != EndpointCheck::State::Failed;
            const QString state = c.state == EndpointCheck::State::Worked   ? tr("worked")
                                  : c.state == EndpointCheck::State::Failed ? tr("did not work")
                                                                            : tr("not tried");
            lines << (c.endpoint.isEmpty()
                          ? tr("ERP (%1): %2").arg(erp->systemName(), c.detail)
                          : tr("ERP (%1) %2: %3. %4").arg(erp->systemName(), c.endpoint, state, c.detail));
        }
        // The default customers orders fall back to: an import refuses to start without them.
        auto defaults = DefaultCustomers::check(*job->db, erp, current.shopCodes());
        if (!defaults) {
            ok = false;
            lines << defaults.message();
        }
        for (const DefaultCustomerCheck& c : defaults ? *defaults : QList<DefaultCustomerCheck>()) {
            ok = ok && c.ok();
            lines << c.detail;
        }
        return Answer(
            [this, ok, report = lines.join(QLatin1Char('\n'))] { emit connectionTested(ok, report); });
    });
}

bool ImportWorker::startTestOrder(const TestOrder::Customer& customer, const QList<TestOrder::Line>& lines) {
    return startJob([this, customer, lines] {
        auto job = openJob(profile(), m_cache, customer.shopCode);
        const auto result = job ? TestOrder::run(*job->db, *job->services, customer, lines)
                                : Result<QJsonObject>(job.error());
        return [this, result] {
            emit testOrderFinished(result.ok(), result.message(),
                                   result ? *result : failureJson(result.error()));
        };
    });
}

bool ImportWorker::startLinkCheck(const QString& shopCode) {
    return startJob([this, shopCode] {
        emit progress(QStringLiteral("check"), 0, 0);
        auto job = openJob(profile(), m_cache, shopCode);
        if (!job)
            return Answer([this, error = job.message()] { emit linkCheckFinished(false, error, {}); });
        LinkCheck check(*job->db, *job->services->directory(),
                        LinkCheck::erpDisplayName(job->services->erp()->systemName()));
        check.onProgress([this](const LinkCheck::Progress& p) {
            emit progress(QStringLiteral("check"), p.done, p.total);
        });
        {
            QMutexLocker lock(&m_mutex);
            m_linkCheck = &check;
            if (m_cancelRequested)
                check.cancel();
        }
        const auto summary = check.run(shopCode);
        {
            QMutexLocker lock(&m_mutex);
            m_linkCheck = nullptr;
        }
        job->services.reset(); // no answer reaches the cache after this
        if (auto r = job->cache->save(); !r)
            emit logLine(tr("Could not save the ERP look-up cache: %1").arg(r.message()));
        return Answer([this, ok = summary.ok(), error = summary.message(),
                       json = summary ? summary->toJson() : QJsonObject()] {
            emit linkCheckFinished(ok, error, json);
        });
    });
}

bool ImportWorker::startLinkForReal(const TestOrder::Customer& customer) {
    return startJob([this, customer] {
        auto job = openJob(profile(), m_cache, customer.shopCode);
        const auto result = job ? TestOrder::linkForReal(*job->db, *job->services, customer)
                                : Result<QJsonObject>(job.error());
        return [this, result] {
            emit linkForRealFinished(result.ok(), result.message(),
                                     result ? *result : failureJson(result.error()));
        };
    });
}

} // namespace linkdesk
