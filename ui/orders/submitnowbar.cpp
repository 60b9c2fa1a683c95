#include "submitnowbar.h"

#include "import/importworker.h"

namespace linkdesk {

SubmitNowBar::SubmitNowBar(QWidget* parent)
    : JobBar({"submitNowBar", "submitStageLabel", "submitNowProgress", "cancelSubmitButton"},
             tr("Stop after the order being sent; the others wait for the next import."), parent) {}

SubmitNowBar::~SubmitNowBar() = default;

void SubmitNowBar::watch(ImportWorker* worker) {
    connect(worker, &ImportWorker::submitFinished, this,
            [this](bool ok, const QString& error, const QJsonObject& summary) {
                if (isRunning())
                    finish(ok, error, summary);
            });
}

bool SubmitNowBar::start(const QList<qint64>& orderIds, QString* why) {
    if (!worker()) {
        *why = tr("Submit now needs the import worker of the window.");
        return false;
    }
    if (isRunning() || !worker()->startSubmit(orderIds)) {
        *why =
            tr("An import, test order or Submit now is running: try again when it has finished. The orders "
               "wait for the next import meanwhile.");
        return false;
    }
    started(tr("Submitting %n order(s) now…", nullptr, int(orderIds.size())));
    return true;
}

QString SubmitNowBar::stageText(const QString& stage, int done, int total) const {
    if (stage == QLatin1String("match"))
        return tr("Matching %1 of %2…").arg(done).arg(total);
    if (stage == QLatin1String("submit"))
        return tr("Submitting %1 of %2…").arg(done).arg(total);
    return {};
}

void SubmitNowBar::finish(bool ok, const QString& error, const QJsonObject& summary) {
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
    done(message, ok, summary.value(QStringLiteral("error_detail")).toString());
}

} // namespace linkdesk
