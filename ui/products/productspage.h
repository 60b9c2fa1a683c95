#pragma once

#include "domain/catalog.h"
#include "util/result.h"

#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;
template <typename T>
class QFutureWatcher;

namespace Ui {
class ProductsPage;
}

namespace linkdesk {

class Database;
class ProductMappingModel;

// Product mappings per shop: add, change, remove, and CSV import and export. Read on a worker
// thread.
class ProductsPage final : public QWidget {
    Q_OBJECT
    // Read by MainWindow::isBusy(), e.g. before a screenshot.
    Q_PROPERTY(bool loading READ isLoading)
    Q_DISABLE_COPY_MOVE(ProductsPage)
public:
    ProductsPage(Database& db, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~ProductsPage() override;

    ProductMappingModel* model() const { return m_model; }
    bool isLoading() const;

    // Writes the mappings of the chosen shop (all shops: every mapping) to a CSV file; the count.
    Result<int> exportCsv(const QString& path);
    // Reads a CSV file and stores every row in one transaction, or none; the count.
    Result<int> importCsv(const QString& path);

public slots:
    void reload();

signals:
    void loaded();
    void statusMessage(const QString& message);

private:
    struct Snapshot {
        QList<ProductMapping> mappings;
        QString error;
    };

    void applyLoaded();
    void updateActions();
    std::optional<ProductMapping> selectedMapping() const;
    void addMapping();
    void editMapping();
    void removeMapping();
    void chooseImportFile();
    void chooseExportFile();
    void showMessage(const QString& message, bool error);

    std::unique_ptr<Ui::ProductsPage> m_ui;
    Database& m_db;
    QStringList m_shopCodes;
    ProductMappingModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QFutureWatcher<Snapshot>* m_watcher;
    bool m_reloadAgain = false;
    bool m_loading = false; // from reload() until loaded() is emitted
};

} // namespace linkdesk
