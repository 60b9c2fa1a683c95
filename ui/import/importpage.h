#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class ImportPage;
}

class QChartView;

namespace linkdesk {

class Database;
class ImportWorker;
class OrderFilesPanel;
struct ShopConfig;

// Start and cancel an import, follow it stage by stage with its live log, and look back at the
// last runs: their summaries and a chart of orders by status and customers by how they were linked.
class ImportPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)
public:
    ImportPage(Database& db, ImportWorker* worker, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~ImportPage() override;

    // Shows the folder shops among these (format, last files) below the history; none: nothing shown.
    void showOrderFiles(const QList<ShopConfig>& shops);
    OrderFilesPanel* orderFiles() const { return m_files; }

public slots:
    // Reloads the run history (quick: a few rows).
    void refreshHistory();

signals:
    void statusMessage(const QString& message);
    void importFinished(); // other pages may want to refresh

private:
    void start();
    void onProgress(const QString& stage, int done, int total);
    void onFinished(bool ok, const QString& error, const QJsonObject& summary);
    void showChart(const QJsonObject& summary);
    void setRunning(bool running);

    std::unique_ptr<Ui::ImportPage> m_ui;
    Database& m_db;
    ImportWorker* m_worker;
    QChartView* m_chart = nullptr;
    OrderFilesPanel* m_files = nullptr;
};

} // namespace linkdesk
