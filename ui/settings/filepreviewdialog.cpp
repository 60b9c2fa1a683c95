#include "filepreviewdialog.h"

#include "shop/filesource.h"
#include "ui/import/orderfilespanel.h"
#include "ui_filepreviewdialog.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace linkdesk {

FilePreviewDialog::FilePreviewDialog(const ShopConfig& shop, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FilePreviewDialog>())
    , m_shop(shop) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Preview of an order file: %1").arg(shop.code));
    QString format = OrderFilesPanel::formatTitle(shop.fileFormat);
    if (shop.fileFormat.kind == OrderFileFormat::Kind::Columns)
        format += QStringLiteral(" (%1)").arg(shop.fileFormat.columns.describe());
    m_ui->formatLabel->setText(format);
    m_ui->ordersTable->setColumnCount(ColumnCount);
    m_ui->ordersTable->setHorizontalHeaderLabels(
        {tr("Order"), tr("Rows"), tr("Customer"), tr("Currency"), tr("Lines")});
    m_ui->ordersTable->verticalHeader()->hide();
    m_ui->ordersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->ordersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->problemsView->setPlaceholderText(tr("Rows an import would quarantine are listed here."));
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &FilePreviewDialog::choose);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FilePreviewDialog::~FilePreviewDialog() = default;

void FilePreviewDialog::choose() {
    QStringList patterns;
    for (const QString& suffix : m_shop.fileFormat.suffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose an order file"), m_shop.path,
                                     tr("Order files (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        preview(path);
}

void FilePreviewDialog::preview(const QString& path) {
    const int generation = ++m_generation;
    m_ui->pathEdit->setText(path);
    m_ui->summaryLabel->setText(tr("Reading %1…").arg(path));
    m_ui->ordersTable->setRowCount(0);
    m_ui->problemsView->clear();
    auto* watcher = new QFutureWatcher<shop::FileBatch>(this);
    connect(watcher, &QFutureWatcher<shop::FileBatch>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const shop::FileBatch batch = watcher->result();
        const shop::ParsedOrders& parsed = batch.parsed;
        const auto shown = std::min<qsizetype>(parsed.orders.size(), kShownOrders);
        m_ui->summaryLabel->setText(
            parsed.orders.size() > shown
                ? tr("%1 orders read, %2 quarantined; the first %3 are shown.")
                      .arg(parsed.orders.size())
                      .arg(parsed.errors.size())
                      .arg(shown)
                : tr("%1 orders read, %2 quarantined.").arg(parsed.orders.size()).arg(parsed.errors.size()));
        const QLocale locale;
        m_ui->ordersTable->setRowCount(int(shown));
        for (int row = 0; row < shown; ++row) {
            const StagedOrder& o = parsed.orders.at(row);
            const ShopCustomer& c = o.customer;
            QStringList customer{c.email.isEmpty() ? tr("(no e-mail)") : c.email};
            for (const QString& part : {c.displayName(), c.company, c.country})
                if (!part.isEmpty() && !customer.contains(part))
                    customer << part;
            QStringList lines;
            for (const OrderLine& l : o.lines)
                lines << tr("%1 × %2 at %3").arg(locale.toString(l.quantity), l.describe(), l.unitPrice);
            const QStringList cells{
                o.orderNumber, shop::FileRecord::rowsText(parsed.rowsOf.value(o.orderNumber)),
                customer.join(QStringLiteral(", ")), o.currency, lines.join(QLatin1Char('\n'))};
            for (int col = 0; col < cells.size(); ++col)
                m_ui->ordersTable->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
        m_ui->ordersTable->resizeRowsToContents();
        QStringList problems;
        for (const shop::OrderParseError& e : parsed.errors)
            problems << e.message;
        m_ui->problemsView->setPlainText(problems.join(QLatin1Char('\n')));
        emit previewShown();
    });
    const shop::FileSource files(m_shop.code, m_shop.path, m_shop.fileFormat);
    watcher->setFuture(QtConcurrent::run([files, path] { return files.read(path); }));
}

} // namespace linkdesk
