#include "jobbar.h"

#include "import/importworker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace linkdesk {

JobBar::JobBar(const Names& names, const QString& cancelToolTip, QWidget* parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QLatin1String(names.bar));
    m_stage->setObjectName(QLatin1String(names.stage));
    m_bar->setObjectName(QLatin1String(names.progress));
    m_cancel->setObjectName(QLatin1String(names.cancel));
    m_cancel->setToolTip(cancelToolTip);
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

JobBar::~JobBar() = default;

ImportWorker* JobBar::worker() const {
    return m_worker.data();
}

void JobBar::setWorker(ImportWorker* worker) {
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    if (!worker)
        return;
    // Only while this bar's job runs: the worker also runs imports and test orders.
    connect(worker, &ImportWorker::progress, this, [this](const QString& stage, int done, int total) {
        if (m_running)
            showProgress(stage, done, total);
    });
    watch(worker);
}

void JobBar::started(const QString& text) {
    m_running = true;
    m_cancel->setEnabled(true);
    m_bar->setRange(0, 0);
    m_stage->setText(text);
    show();
    emit runningChanged(true);
}

void JobBar::showProgress(const QString& stage, int done, int total) {
    // "Cancelling…" stays until the job stops.
    if (const QString text = stageText(stage, done, total); !text.isEmpty() && m_cancel->isEnabled())
        m_stage->setText(text);
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, total);
    m_bar->setValue(done);
}

void JobBar::done(const QString& message, bool ok, const QString& detail) {
    if (!m_running)
        return;
    m_running = false;
    m_detail = ok ? QString() : detail;
    hide();
    emit runningChanged(false);
    emit finished(message, ok);
}

} // namespace linkdesk
