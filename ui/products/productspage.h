#pragma once

#include "domain/catalog.h"
#include "ui/common/databaseworker.h"
#include "ui/common/page.h"
#include "util/result.h"

#include <functional>
#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class ProductsPage;
}

namespace linkdesk {

class ProductMappingModel;

// Product mappings per shop: add, change, remove, and CSV import and export. Read and written on
// the database worker.
class ProductsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPage)
public:
    ProductsPage(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~ProductsPage() override;

    ProductMappingModel* model() const { return m_model; }

    // Writes the mappings shown (the chosen shop's, or every mapping) to a CSV file; the count.
    Result<int> exportCsv(const QString& path);
    // Reads a CSV file and stores every row in one transaction, or none; done gets the count, or
    // why nothing was imported, and the page says so too.
    void importCsv(const QString& path, std::function<void(const Result<int>&)> done = {});

    void reload() override;
    QLineEdit* filterEdit() const override;

signals:
    void loaded();

private:
    void applyLoaded(Result<QList<ProductMapping>> mappings);
    void updateActions();
    void updateBusy();
    std::optional<ProductMapping> selectedMapping() const;
    void addMapping();
    void editMapping();
    void removeMapping();
    // Runs a change on the worker; the page shows what came of it and reads the mappings again.
    void write(std::function<Result<int>(Database&)> change, std::function<void(const Result<int>&)> done);
    // " Blocked orders it unblocks …: N." when N > 0.
    static QString released(int orders);
    void chooseImportFile();
    void chooseExportFile();
    void showMessage(const QString& message, bool error); // under the table

    std::unique_ptr<Ui::ProductsPage> m_ui;
    DatabaseWorker& m_db;
    QStringList m_shopCodes;
    ProductMappingModel* m_model;
    QSortFilterProxyModel* m_proxy;
    RequestSerial m_reads;
    bool m_reading = false; // from reload() until loaded() is emitted
    int m_writes = 0;       // changes on their way to the database
};

} // namespace linkdesk
