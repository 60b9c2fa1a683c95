#include "linkcheckbar.h"

#include "import/importworker.h"

namespace linkdesk {

LinkCheckBar::LinkCheckBar(QWidget* parent)
    : JobBar({"linkCheckBar", "linkCheckStageLabel", "linkCheckProgress", "cancelLinkCheckButton"},
             tr("Stop after the links being checked; the marks written so far stay."), parent) {}

LinkCheckBar::~LinkCheckBar() = default;

void LinkCheckBar::watch(ImportWorker* worker) {
    connect(worker, &ImportWorker::linkCheckFinished, this,
            [this](bool ok, const QString& error, const QJsonObject& summary) {
                if (isRunning())
                    finish(ok, error, summary);
            });
}

bool LinkCheckBar::start(const QString& shopCode, QString* why) {
    if (!worker()) {
        *why = tr("Check links needs the import worker of the window.");
        return false;
    }
    if (isRunning() || !worker()->startLinkCheck(shopCode)) {
        *why = tr("An import, test order or Submit now is running: check the links when it has finished.");
        return false;
    }
    m_summary = {};
    started(tr("Checking the links in the ERP…"));
    return true;
}

QString LinkCheckBar::stageText(const QString& stage, int done, int total) const {
    if (stage != QLatin1String("check"))
        return {};
    return total > 0 ? tr("Checked %1 of %n link(s)…", nullptr, total).arg(done)
                     : tr("Checking the links in the ERP…");
}

void LinkCheckBar::finish(bool ok, const QString& error, const QJsonObject& summary) {
    m_summary = ok ? summary : QJsonObject();
    const int checked = summary.value(QStringLiteral("checked")).toInt();
    const int cleared = summary.value(QStringLiteral("cleared")).toInt();
    QString message;
    if (!ok)
        message = tr("Check links stopped: %1").arg(error);
    else if (summary.value(QStringLiteral("cancelled")).toBool())
        message =
            tr("Check links cancelled after %n link(s); the marks written so far stay.", nullptr, checked);
    else if (staleCount() > 0)
        message =
            tr("%n stale link(s) of %1 checked: each says what to do.", nullptr, staleCount()).arg(checked);
    else
        message = tr("All %n link(s) checked are fine.", nullptr, checked);
    if (ok && cleared > 0)
        message += QLatin1Char(' ') + tr("%n stale mark(s) taken off.", nullptr, cleared);
    done(message, ok);
}

} // namespace linkdesk
