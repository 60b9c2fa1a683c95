#pragma once

#include "ui/common/jobbar.h"

#include <QJsonObject>

namespace linkdesk {

// Check links on the Customers page: runs the link check on the import worker
// (ImportWorker::startLinkCheck) and shows how far it is, with a Cancel it honours within a round.
// Hidden while nothing runs.
class LinkCheckBar final : public JobBar {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkCheckBar)
public:
    explicit LinkCheckBar(QWidget* parent = nullptr);
    ~LinkCheckBar() override;

    // Checks the links of one shop, or of every shop; false, with the reason in *why, when it
    // cannot start.
    bool start(const QString& shopCode, QString* why);
    // What the last check that ran found (LinkCheck::Summary::toJson); empty when it stopped.
    const QJsonObject& summary() const { return m_summary; }
    int staleCount() const { return m_summary.value(QStringLiteral("stale_count")).toInt(); }

protected:
    QString stageText(const QString& stage, int done, int total) const override;
    void watch(ImportWorker* worker) override;

private:
    void finish(bool ok, const QString& error, const QJsonObject& summary);

    QJsonObject m_summary;
};

} // namespace linkdesk
