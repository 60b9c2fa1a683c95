#pragma once

#include "ui/common/jobbar.h"

#include <QJsonObject>

namespace linkdesk {

// Submit now on the Orders page: starts a pass over just the chosen orders on the import worker
// (ImportWorker::startSubmit) and shows its progress, matching then submitting, with a Cancel that
// the pass honours at its next safe point. Hidden while nothing runs.
class SubmitNowBar final : public JobBar {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitNowBar)
public:
    explicit SubmitNowBar(QWidget* parent = nullptr);
    ~SubmitNowBar() override;

    // Starts submitting these orders; false, with the reason in *why, when it cannot start.
    bool start(const QList<qint64>& orderIds, QString* why);

protected:
    QString stageText(const QString& stage, int done, int total) const override;
    void watch(ImportWorker* worker) override;

private:
    void finish(bool ok, const QString& error, const QJsonObject& summary);
};

} // namespace linkdesk
