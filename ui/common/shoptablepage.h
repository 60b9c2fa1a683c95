#pragma once

#include "ui/common/databaseworker.h"
#include "ui/common/page.h"
#include "util/result.h"

#include <functional>
#include <utility>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace linkdesk {

// A page of rows kept per shop (the product mappings, the contact relations): a text filter and a
// shop filter over a table, buttons to add, change and remove a row, and CSV import and export of
// what is shown. The rows are read and written on the database worker; the page is busy from a
// read or a write until the rows are read again. A subclass names its widgets, reads its rows and
// says in its own words what it shows and what came of a change.
class ShopTablePage : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopTablePage)
public:
    ~ShopTablePage() override;

    // Writes the rows shown (the chosen shop's, or every shop's) to a CSV file; the count.
    Result<int> exportCsv(const QString& path);
    // Reads a CSV file and stores every row in one transaction, or none; done gets the count, or
    // why nothing was imported, and the page says so too.
    void importCsv(const QString& path, std::function<void(const Result<int>&)> done = {});

    QLineEdit* filterEdit() const override;

signals:
    void loaded();

protected:
    // The widgets of the subclass's form.
    struct Widgets {
        QLineEdit* filterEdit;
        QComboBox* shopFilter;
        QTableView* table;
        QLabel* countLabel;
        QLabel* messageLabel;
        QPushButton* addButton;
        QPushButton* editButton;
        QPushButton* removeButton;
        QPushButton* importCsvButton;
        QPushButton* exportCsvButton;
    };
    using Done = std::function<void(const Result<int>&)>;

    ShopTablePage(const char* title, DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent);

    // The page's words for its rows: English, marked with QT_TR_NOOP in the subclass (QT_TR_N_NOOP
    // where a count is %n), and translated in its context.
    struct Words {
        const char* loading;     // "Loading mappings…"
        const char* count;       // "%n mapping(s)"
        const char* readFailed;  // "The product mappings could not be read: %1", why
        const char* imported;    // "%n product mapping(s) imported."
        const char* exported;    // "%n product mapping(s) exported to %1.", the file
        const char* importTitle; // the file dialogs' titles
        const char* exportTitle;
        const char* exportFile; // the file name Export proposes, as it is
    };

    // Called by the subclass's constructor once its form is set up: shows model in the table (these
    // column widths, sorted by sortColumn, the user's header state under stateKey), connects the
    // widgets and reads the rows.
    void setUp(const Widgets& widgets, const Words& words, QAbstractItemModel* model,
               const QList<std::pair<int, int>>& widths, int sortColumn, const QString& stateKey);

    const QStringList& shopCodes() const { return m_shopCodes; }
    // The row of the model the table's current row shows; -1 for none.
    int currentRow() const;

    // For reload(): reads the rows of the chosen shop (every shop's when none is chosen) on the
    // worker; show gets them, then the page counts them. Only the latest read is shown.
    template <typename Row>
    void read(std::function<Result<QList<Row>>(Database&, const QString& shop)> query,
              std::function<void(QList<Row>)> show) {
        startReading();
        m_db.run<QList<Row>>(
            this, m_reads.next(),
            [query = std::move(query), shop = chosenShop()](Database& db) { return query(db, shop); },
            [this, show = std::move(show)](Result<QList<Row>> rows) {
                if (rows)
                    show(std::move(*rows));
                finishReading(rows ? Result<void>() : Result<void>(rows.error()));
            });
    }
    // Runs a change on the worker; done shows what came of it, and the rows are read again.
    void write(std::function<Result<int>(Database&)> change, Done done);
    void showMessage(const QString& message, bool error); // under the table
    // "Nothing was imported: …", for a CSV file whose rows could not be stored.
    static Error nothingImported(const Error& why);

    // Asks whether to remove a row: question with Yes and Cancel (the default); onYes runs on Yes.
    void confirmRemove(const QString& title, const QString& question, std::function<void()> onYes);
    // "N rows imported.", in the page's words.
    QString importedText(int rows) const;

    // The subclass's rows.
    virtual void addRow() = 0;
    virtual void editRow() = 0;
    virtual void removeRow() = 0;
    // The rows shown, as CSV.
    virtual QString csv() const = 0;
    // Stores the rows of a CSV file's text; done gets their count, or why none was stored.
    virtual void storeCsv(const QString& text, Done done) = 0;

private:
    QString chosenShop() const;
    void startReading();
    void finishReading(const Result<void>& read);
    void updateActions();
    void updateBusy();
    void chooseImportFile();
    void chooseExportFile();

    DatabaseWorker& m_db;
    QStringList m_shopCodes;
    QString translated(const char* text, int n = -1) const;

    Widgets m_widgets{};
    Words m_words{};
    QAbstractItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy;
    RequestSerial m_reads;
    bool m_reading = false; // from reload() until loaded() is emitted
    int m_writes = 0;       // changes on their way to the database
};

} // namespace linkdesk
