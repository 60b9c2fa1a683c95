#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace linkdesk {

class ImportWorker;

// The progress of one job of the import worker, under a page's table: what it is doing, a bar,
// and a Cancel that the job honours at its next safe point. Hidden while its job does not run; the
// worker's progress of other jobs (an import, a test order) is not shown. A subclass starts its
// job, says its stages in words and turns the job's finished signal into finished().
class JobBar : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobBar)
public:
    // The object names tests find the bar and its parts by.
    struct Names {
        const char* bar;
        const char* stage;
        const char* progress;
        const char* cancel;
    };
    ~JobBar() override;

    // worker may be null: the job is not offered.
    void setWorker(ImportWorker* worker);
    bool hasWorker() const { return !m_worker.isNull(); }
    bool isRunning() const { return m_running; }
    // The technical text behind the last finished job's failure (Error::detail), or empty.
    QString detail() const { return m_detail; }

signals:
    void runningChanged(bool running);
    // The job is over: what it came to, in a sentence for staff; ok is false when it could not run.
    void finished(const QString& message, bool ok);

protected:
    JobBar(const Names& names, const QString& cancelToolTip, QWidget* parent);

    ImportWorker* worker() const;
    // The worker took the job: the bar shows, with this text, until done().
    void started(const QString& text);
    // The job's finished signal arrived (while running): the bar hides and finished() follows.
    // detail: the technical text behind a failure (the job's "error_detail"), for Details….
    void done(const QString& message, bool ok, const QString& detail = {});
    // The stage and counts of the worker's progress in words (empty: keep the text shown).
    virtual QString stageText(const QString& stage, int done, int total) const = 0;
    // Connects the finished signal of this bar's job on the worker to done(); called by setWorker.
    virtual void watch(ImportWorker* worker) = 0;

private:
    void showProgress(const QString& stage, int done, int total);

    QPointer<ImportWorker> m_worker;
    QLabel* m_stage;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    bool m_running = false;
    QString m_detail;
};

} // namespace linkdesk
