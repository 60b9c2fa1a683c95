#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace linkdesk {

class ImportWorker;

// Submit now on the Orders page: starts a pass over just the chosen orders on the import worker
// (ImportWorker::startSubmit) and shows its progress, matching then submitting, with a Cancel that
// the pass honours at its next safe point. Hidden while nothing runs.
class SubmitNowBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitNowBar)
public:
    explicit SubmitNowBar(QWidget* parent = nullptr);
    ~SubmitNowBar() override;

    // worker may be null: Submit now is not offered.
    void setWorker(ImportWorker* worker);
    bool hasWorker() const { return !m_worker.isNull(); }
    bool isRunning() const { return m_running; }

    // Starts submitting these orders; false, with the reason in *why, when it cannot start.
    bool start(const QList<qint64>& orderIds, QString* why);

signals:
    void runningChanged(bool running);
    // The pass is over: what it came to, in a sentence for staff; ok is false when it could not run.
    void finished(const QString& message, bool ok);

private:
    void showProgress(const QString& stage, int done, int total);
    void finish(bool ok, const QString& error, const QJsonObject& summary);

    QPointer<ImportWorker> m_worker;
    QLabel* m_stage;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    bool m_running = false;
};

} // namespace linkdesk
