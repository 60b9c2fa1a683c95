#include "submitnowbar.h"

#include "import/importworker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace linkdesk {

SubmitNowBar::SubmitNowBar(QWidget* parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("submitNowBar"));
    m_stage->setObjectName(QStringLiteral("submitStageLabel"));
    m_bar->setObjectName(QStringLiteral("submitNowProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelSubmitButton"));
    m_cancel->setToolTip(tr("Stop after the order being sent; the others wait for the next import."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_worker && m_running) {
            m_worker->cancel();
            m_cancel->setEnabled(false);
            m_stage->setText(tr("Cancelling…"));
        }
    });
    hide();
}

SubmitNowBar::~SubmitNowBar() = default;

void SubmitNowBar::setWorker(ImportWorker* worker) {
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    if (!worker)
        return;
    // Only while a Submit now of this bar runs: the worker also runs imports and test orders.
    connect(worker, &ImportWorker::progress, this, [this](const QString& stage, int done, int total) {
        if (m_running)
            showProgress(stage, done, total);
    });
    connect(worker, &ImportWorker::submitFinished, this,
            [this](bool ok, const QString& error, const QJsonObject& summary) {
                if (m_running)
                    finish(ok, error, summary);
            });
}

bool SubmitNowBar::start(const QList<qint64>& orderIds, QString* why) {
    if (!m_worker) {
        *why = tr("Submit now needs the import worker of the window.");
        return false;
    }
    if (m_running || !m_worker->startSubmit(orderIds)) {
        *why =
            tr("An import, test order or Submit now is running: try again when it has finished. The orders "
               "wait for the next import meanwhile.");
        return false;
    }
    m_running = true;
    m_cancel->setEnabled(true);
    m_bar->setRange(0, 0);
    m_stage->setText(tr("Submitting %n order(s) now…", nullptr, int(orderIds.size())));
    show();
    emit runningChanged(true);
    return true;
}

void SubmitNowBar::showProgress(const QString& stage, int done, int total) {
    if (stage == QLatin1String("match"))
        m_stage->setText(tr("Matching %1 of %2…").arg(done).arg(total));
    else if (stage == QLatin1String("submit"))
        m_stage->setText(tr("Submitting %1 of %2…").arg(done).arg(total));
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, total);
    m_bar->setValue(done);
}

void SubmitNowBar::finish(bool ok, const QString& error, const QJsonObject& summary) {
    m_running = false;
    hide();
    QString message;
    if (!ok)
        message = tr("Submit now could not run: %1").arg(error);
    else if (summary.value(QStringLiteral("cancelled")).toBool())
        message = tr("Submit now cancelled: %1 submitted; the other orders wait for the next import.")
                      .arg(summary.value(QStringLiteral("submitted")).toInt());
    else
        message = tr("Submit now finished: %1 submitted, %2 blocked, %3 need review, %4 failed.")
                      .arg(summary.value(QStringLiteral("submitted")).toInt())
                      .arg(summary.value(QStringLiteral("blocked")).toInt())
                      .arg(summary.value(QStringLiteral("needs_review")).toInt())
                      .arg(summary.value(QStringLiteral("failed")).toInt());
    emit runningChanged(false);
    emit finished(message, ok);
}

} // namespace linkdesk
