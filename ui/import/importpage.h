#pragma once

#include "store/importruns.h"
#include "ui/common/databaseworker.h"
#include "ui/common/page.h"

#include <QJsonObject>

#include <memory>

namespace Ui {
class ImportPage;
}

class QChartView;

namespace linkdesk {

class ImportWorker;
class OrderFilesPanel;
struct ShopConfig;

// Start and cancel an import, follow it stage by stage with its live log, and look back at the
// last runs: their summaries and a chart of orders by status and customers by how they were linked.
// Busy while it reads the history (not while an import runs: that is the worker's).
class ImportPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)
public:
    ImportPage(DatabaseWorker& db, ImportWorker* worker, const QStringList& shopCodes,
               QWidget* parent = nullptr);
    ~ImportPage() override;

    // Shows the folder shops among these (format, last files) below the history; none: nothing shown.
    void showOrderFiles(const QList<ShopConfig>& shops);
    OrderFilesPanel* orderFiles() const { return m_files; }

    // Reads the run history again (quick: a few rows).
    void reload() override;

signals:
    void importFinished(); // other pages may want to refresh

private:
    void start();
    void onProgress(const QString& stage, int done, int total);
    void onFinished(bool ok, const QString& error, const QJsonObject& summary);
    void showHistory(Result<QList<ImportRun>> runs);
    void showChart(const QJsonObject& summary);
    void setRunning(bool running);

    std::unique_ptr<Ui::ImportPage> m_ui;
    DatabaseWorker& m_db;
    RequestSerial m_reads;
    ImportWorker* m_worker;
    QChartView* m_chart = nullptr;
    class QLabel* m_noImportYet = nullptr; // instead of the chart before the first import
    OrderFilesPanel* m_files = nullptr;
    bool m_running = false; // an import started here runs
};

} // namespace linkdesk
