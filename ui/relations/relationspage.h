#pragma once

#include "store/catalogrepository.h"
#include "ui/common/databaseworker.h"
#include "ui/common/page.h"
#include "util/result.h"

#include <functional>
#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class RelationsPage;
}

namespace linkdesk {

class RelationModel;

// Contact relations ("Different Customer No. Order") per shop: the shop customers whose orders are
// booked to another ERP customer. Add, change, remove, and CSV import and export. Read and written
// on the database worker.
class RelationsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationsPage)
public:
    RelationsPage(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~RelationsPage() override;

    RelationModel* model() const { return m_model; }

    // Writes the relations shown (the chosen shop's, or every relation) to a CSV file; the count.
    Result<int> exportCsv(const QString& path);
    // Reads a CSV file and stores every row in one transaction, or none; done gets the count, or
    // why nothing was imported, and the page says so too.
    void importCsv(const QString& path, std::function<void(const Result<int>&)> done = {});

    void reload() override;
    QLineEdit* filterEdit() const override;

signals:
    void loaded();

private:
    void applyLoaded(Result<QList<ContactRelationRow>> rows);
    void updateActions();
    void updateBusy();
    std::optional<ContactRelation> selectedRelation() const;
    void addRelation();
    void editRelation();
    void removeRelation();
    void openEditor(const ContactRelation* existing);
    // Runs a change on the worker; the page shows what came of it and reads the relations again.
    void write(std::function<Result<int>(Database&)> change, std::function<void(const Result<int>&)> done);
    // " Orders of theirs … matched again …: N." when N > 0.
    static QString requeued(int orders);
    void chooseImportFile();
    void chooseExportFile();
    void showMessage(const QString& message, bool error); // under the table

    std::unique_ptr<Ui::RelationsPage> m_ui;
    DatabaseWorker& m_db;
    QStringList m_shopCodes;
    RelationModel* m_model;
    QSortFilterProxyModel* m_proxy;
    RequestSerial m_reads;
    bool m_reading = false; // from reload() until loaded() is emitted
    int m_writes = 0;       // changes on their way to the database
};

} // namespace linkdesk
