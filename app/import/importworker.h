#pragma once

#include "config/profile.h"
#include "importpipeline.h"
#include "linkcheck.h"
#include "store/importruns.h"
#include "testorder.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace linkdesk {

class LookupCache;

// Runs an import pass (or a test order) off the GUI thread: its own worker thread opens its own
// database connection, reads the secrets, builds the network services and runs the pipeline.
// Progress, log lines and the result arrive as signals on the thread that owns the worker.
// One job at a time; cancel() is honoured within a second.
class ImportWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)
public:
    // cache is shared with whoever clears it (the toolbar) and must outlive the worker.
    ImportWorker(Profile profile, LookupCache* cache, QObject* parent = nullptr);
    ~ImportWorker() override; // cancels a running job and waits for it

    bool isRunning() const;
    // Starts a pass over every shop (or one); false when a job is running already.
    bool startImport(const QString& shopCode = {});
    // Submit now: a pass over just these orders, nothing fetched (ImportPipeline::Options::orderIds);
    // submitFinished follows. False when a job is running already.
    bool startSubmit(const QList<qint64>& orderIds);
    // A test order (TestOrder::run, a dry run); testOrderFinished follows.
    bool startTestOrder(const TestOrder::Customer& customer, const QList<TestOrder::Line>& lines);
    bool startTestOrder(const QString& shopCode, const QString& shopCustomerId,
                        const QList<TestOrder::Line>& lines) {
        return startTestOrder(TestOrder::Customer::stored(shopCode, shopCustomerId), lines);
    }
    // The test order's Link for real (TestOrder::linkForReal: the link written or the ERP customer
    // created, no sales order); linkForRealFinished follows.
    bool startLinkForReal(const TestOrder::Customer& customer);
    // Check links (LinkCheck) of one shop, or every shop: progress("check", done, total), then
    // linkCheckFinished. False when a job is running already.
    bool startLinkCheck(const QString& shopCode = {});
    // Asks each shop and the ERP whether they answer and accept the credentials.
    bool startConnectionTest();
    // The profile the next job uses (Settings saved it).
    void setProfile(const Profile& profile);
    void cancel();

signals:
    // A job that could not run (ok false) says why in a plain sentence (error); the technical text
    // behind it (Error::detail: the request and the answer), where there is one, is the JSON's
    // "error_detail".
    void connectionTested(bool ok, const QString& report);
    void progress(const QString& stage, int done, int total);
    void logLine(const QString& line);
    void importFinished(bool ok, const QString& error, const QJsonObject& summary);
    // A Submit now pass finished: what it did (ImportSummary::toJson), or why it could not run.
    void submitFinished(bool ok, const QString& error, const QJsonObject& summary);
    void testOrderFinished(bool ok, const QString& error, const QJsonObject& result);
    // A link check finished (also when cancelled: summary.cancelled), with what it found
    // (LinkCheck::Summary::toJson), or why it stopped; the marks written before a stop stay.
    void linkCheckFinished(bool ok, const QString& error, const QJsonObject& summary);
    void linkForRealFinished(bool ok, const QString& error, const QJsonObject& result);

private:
    // A job works on the worker's thread, closes what it opened and returns its answer (the signal
    // to emit), which is sent once the worker takes the next job: a slot that receives the answer
    // may start one at once, while the thread is still on its way out.
    using Answer = std::function<void()>;
    bool startJob(std::function<Answer()> job);
    // Runs one pass on the job's thread and records it in the import history; the run as recorded.
    ImportRun runPass(ImportPipeline::Options options);
    Profile profile() const; // a copy, under m_mutex

    Profile m_profile; // under m_mutex
    LookupCache* m_cache;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_answered{false};
    mutable QMutex m_mutex;
    ImportPipeline* m_pipeline = nullptr; // of the running pass, under m_mutex
    LinkCheck* m_linkCheck = nullptr;     // of the running link check, under m_mutex
    bool m_cancelRequested = false;
};

} // namespace linkdesk
