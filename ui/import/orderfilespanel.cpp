#include "orderfilespanel.h"

#include "shop/fileledger.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace linkdesk {

namespace {
struct Entry {
    QString shop;
    shop::FileRecord record;
};
struct Loaded {
    QList<Entry> entries; // newest first
    QStringList errors;
};

Loaded load(const QList<ShopConfig>& shops) {
    Loaded out;
    for (const ShopConfig& shop : shops) {
        auto records = shop::FileLedger(shop.path).latest(OrderFilesPanel::kFilesPerShop);
        if (!records) {
            out.errors << QStringLiteral("%1: %2").arg(shop.code, records.message());
            continue;
        }
        for (const shop::FileRecord& r : std::as_const(*records))
            out.entries.append({shop.code, r});
    }
    std::stable_sort(out.entries.begin(), out.entries.end(),
                     [](const Entry& a, const Entry& b) { return a.record.readAt > b.record.readAt; });
    return out;
}
} // namespace

OrderFilesPanel::OrderFilesPanel(const QList<ShopConfig>& shops, QWidget* parent)
    : QWidget(parent) {
    for (const ShopConfig& shop : shops)
        if (shop.type == QLatin1String("file"))
            m_shops.append(shop);
    auto* group = new QGroupBox(tr("Order files"), this);
    group->setObjectName(QStringLiteral("orderFilesGroup"));
    m_formats = new QLabel(group);
    m_formats->setObjectName(QStringLiteral("orderFileFormatsLabel"));
    m_formats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formats->setWordWrap(true);
    QStringList lines;
    for (const ShopConfig& shop : std::as_const(m_shops))
        lines << tr("%1: %2, read from %3").arg(shop.code, formatTitle(shop.fileFormat), shop.path);
    m_formats->setText(lines.join(QLatin1Char('\n')));
    m_message = new QLabel(group);
    m_message->setObjectName(QStringLiteral("orderFilesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_table = new QTableWidget(0, ColumnCount, group);
    m_table->setObjectName(QStringLiteral("orderFilesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Read at"), tr("Shop"), tr("File"), tr("Orders read"), tr("Quarantined"), tr("Moved to")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* inner = new QVBoxLayout(group);
    inner->addWidget(m_formats);
    inner->addWidget(m_message);
    inner->addWidget(m_table);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(group);
}

OrderFilesPanel::~OrderFilesPanel() = default;

QString OrderFilesPanel::formatTitle(const OrderFileFormat& format) {
    switch (format.kind) {
    case OrderFileFormat::Kind::Linkdesk:
        return tr("Linkdesk CSV columns");
    case OrderFileFormat::Kind::WooCommerceJson:
        return tr("WooCommerce JSON");
    case OrderFileFormat::Kind::Shopify:
        return tr("Shopify order export");
    case OrderFileFormat::Kind::Columns:
        return tr("CSV by column mapping");
    }
    return format.name();
}

void OrderFilesPanel::reload() {
    const int generation = ++m_generation;
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Loaded loaded = watcher->result();
        m_message->setVisible(!loaded.errors.isEmpty());
        m_message->setText(loaded.errors.join(QLatin1Char('\n')));
        const QLocale locale;
        m_table->setRowCount(int(loaded.entries.size()));
        for (int row = 0; row < loaded.entries.size(); ++row) {
            const shop::FileRecord& r = loaded.entries.at(row).record;
            QStringList problems;
            for (const shop::FileRecord::Problem& p : r.problems)
                problems << (p.rows.isEmpty() ? p.reason : tr("Row %1: %2").arg(p.rows, p.reason));
            QStringList rows;
            for (const shop::FileRecord::Problem& p : r.problems)
                if (!p.rows.isEmpty())
                    rows << p.rows;
            const bool duplicate = !r.duplicateOf.isEmpty();
            const QString tip =
                duplicate ? tr("The same content as %1, read before: nothing new.").arg(r.duplicateOf)
                          : problems.join(QLatin1Char('\n'));
            const QStringList cells{
                locale.toString(r.readAt.toLocalTime(), QLocale::ShortFormat),
                loaded.entries.at(row).shop,
                r.fileName,
                duplicate ? tr("none: a duplicate") : QString::number(r.orders),
                rows.isEmpty() ? QString::number(r.quarantined)
                               : tr("%1 (rows %2)").arg(r.quarantined).arg(rows.join(QStringLiteral(", "))),
                r.movedTo};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setToolTip(tip);
                m_table->setItem(row, c, item);
            }
        }
        emit reloaded();
    });
    watcher->setFuture(QtConcurrent::run([shops = m_shops] { return load(shops); }));
}

} // namespace linkdesk
