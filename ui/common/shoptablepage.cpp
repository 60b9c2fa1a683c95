#include "shoptablepage.h"

#include "ui/common/icons.h"
#include "ui/common/tablesetup.h"
#include "ui/common/tablesortproxy.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>

namespace linkdesk {

ShopTablePage::ShopTablePage(const char* title, DatabaseWorker& db, const QStringList& shopCodes,
                             QWidget* parent)
    : Page(title, parent)
    , m_db(db)
    , m_shopCodes(shopCodes)
    , m_proxy(new TableSortProxy(this)) {}

ShopTablePage::~ShopTablePage() = default;

void ShopTablePage::setUp(const Widgets& widgets, const Words& words, QAbstractItemModel* model,
                          const QList<std::pair<int, int>>& widths, int sortColumn, const QString& stateKey) {
    m_widgets = widgets;
    m_words = words;
    m_model = model;
    m_widgets.addButton->setIcon(icon(Icon::Add));
    m_proxy->setSourceModel(model);
    filterAnyColumn(m_proxy);
    setUpTable(m_widgets.table, m_proxy, widths, sortColumn, stateKey);
    fillShopFilter(m_widgets.shopFilter, m_shopCodes);

    connect(m_widgets.shopFilter, &QComboBox::currentIndexChanged, this, &ShopTablePage::reload);
    connect(m_widgets.filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_widgets.table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ShopTablePage::updateActions);
    connect(m_widgets.table, &QAbstractItemView::activated, this, &ShopTablePage::editRow);
    connect(m_widgets.addButton, &QPushButton::clicked, this, &ShopTablePage::addRow);
    connect(m_widgets.editButton, &QPushButton::clicked, this, &ShopTablePage::editRow);
    connect(m_widgets.removeButton, &QPushButton::clicked, this, &ShopTablePage::removeRow);
    connect(m_widgets.importCsvButton, &QPushButton::clicked, this, &ShopTablePage::chooseImportFile);
    connect(m_widgets.exportCsvButton, &QPushButton::clicked, this, &ShopTablePage::chooseExportFile);
    m_widgets.addButton->setEnabled(!m_shopCodes.isEmpty());
    updateActions();
    reload();
}

QString ShopTablePage::chosenShop() const {
    return m_widgets.shopFilter->currentData().toString();
}

void ShopTablePage::startReading() {
    // A read still on its way is superseded: only the latest answer is shown.
    m_reading = true;
    updateBusy();
    m_widgets.countLabel->setText(translated(m_words.loading));
}

void ShopTablePage::finishReading(const Result<void>& read) {
    if (!read) {
        m_widgets.countLabel->clear();
        showMessage(translated(m_words.readFailed).arg(read.message()), true);
    } else {
        m_widgets.countLabel->setText(translated(m_words.count, m_model->rowCount()));
    }
    updateActions();
    m_reading = false;
    updateBusy();
    emit loaded();
}

void ShopTablePage::updateBusy() {
    setBusy(m_reading || m_writes > 0);
}

int ShopTablePage::currentRow() const {
    const QModelIndex current = m_widgets.table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ShopTablePage::updateActions() {
    const bool any = currentRow() >= 0;
    m_widgets.editButton->setEnabled(any);
    m_widgets.removeButton->setEnabled(any);
}

void ShopTablePage::showMessage(const QString& message, bool error) {
    Page::showMessage(m_widgets.messageLabel, message, error);
}

QString ShopTablePage::translated(const char* text, int n) const {
    return QCoreApplication::translate(metaObject()->className(), text, nullptr, n); // as the subclass's tr()
}

QString ShopTablePage::importedText(int rows) const {
    return translated(m_words.imported, rows);
}

void ShopTablePage::confirmRemove(const QString& title, const QString& question,
                                  std::function<void()> onYes) {
    auto* box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [onYes = std::move(onYes)](int result) {
        if (result == QMessageBox::Yes)
            onYes();
    });
    box->open();
}

Error ShopTablePage::nothingImported(const Error& why) {
    return fail(tr("Nothing was imported: %1").arg(why.message));
}

void ShopTablePage::write(std::function<Result<int>(Database&)> change, Done done) {
    ++m_writes;
    updateBusy();
    m_db.run<int>(this, std::move(change), [this, done = std::move(done)](Result<int> r) {
        --m_writes;
        done(r);
        if (r)
            reload(); // busy without a break until the rows are read again
        updateBusy();
    });
}

Result<int> ShopTablePage::exportCsv(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write(csv().toUtf8());
    if (!file.commit())
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return int(m_model->rowCount());
}

void ShopTablePage::importCsv(const QString& path, Done done) {
    const auto finish = [this, done](const Result<int>& n) {
        if (n)
            showMessage(importedText(*n), false);
        else
            showMessage(n.message(), true);
        if (done)
            done(n);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return finish(fail(tr("%1 cannot be read: %2").arg(path, file.errorString())));
    storeCsv(QString::fromUtf8(file.readAll()), finish);
}

void ShopTablePage::chooseImportFile() {
    auto* dialog = new QFileDialog(this, translated(m_words.importTitle), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { importCsv(path); });
    dialog->open();
}

void ShopTablePage::chooseExportFile() {
    auto* dialog = new QFileDialog(this, translated(m_words.exportTitle),
                                   QString::fromUtf8(m_words.exportFile), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        auto n = exportCsv(path);
        if (n)
            showMessage(translated(m_words.exported, *n).arg(path), false);
        else
            showMessage(n.message(), true);
    });
    dialog->open();
}

QLineEdit* ShopTablePage::filterEdit() const {
    return m_widgets.filterEdit;
}

} // namespace linkdesk
