#include "importpage.h"

#include "import/importworker.h"
#include "orderfilespanel.h"
#include "store/importruns.h"
#include "ui/common/icons.h"
#include "ui/common/tablesetup.h"
#include "ui_importpage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace linkdesk {

ImportPage::ImportPage(DatabaseWorker& db, ImportWorker* worker, const QStringList& shopCodes,
                       QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Import"), parent)
    , m_ui(std::make_unique<Ui::ImportPage>())
    , m_db(db)
    , m_worker(worker) {
    m_ui->setupUi(this);
    m_ui->startButton->setIcon(icon(Icon::Start));
    m_ui->cancelButton->setIcon(icon(Icon::Stop));
    fillShopFilter(m_ui->shopCombo, shopCodes);
    m_ui->runsTable->setColumnCount(4);
    m_ui->runsTable->setHorizontalHeaderLabels({tr("Started"), tr("By"), tr("Result"), tr("Submitted")});
    // The result readable: who started it takes what its name needs up to a point (the full name
    // in its tooltip); the result wraps in the room left.
    m_ui->runsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->runsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_ui->runsTable->setColumnWidth(1, 110);
    m_ui->runsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->runsTable->setWordWrap(true);
    m_ui->splitter->setSizes({220, 420}); // the log, then the history and the chart
    m_ui->runsTable->verticalHeader()->hide();
    // Rows as tall as their wrapped result at the table's width now, not at the width it had when
    // they were read (the window is laid out after the first read).
    m_ui->runsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_chart = new QChartView(m_ui->chartHost);
    m_chart->setObjectName(QStringLiteral("importChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    // Before the first import: what to do, where the chart will be.
    m_noImportYet = new QLabel(tr("No import yet. Check the shops and the ERP on Settings → Connections, "
                                  "then choose Start import: the orders are fetched, matched and "
                                  "submitted, and what came of it shows here."),
                               m_ui->chartHost);
    m_noImportYet->setObjectName(QStringLiteral("noImportYetLabel"));
    m_noImportYet->setWordWrap(true);
    m_noImportYet->setAlignment(Qt::AlignCenter);
    m_noImportYet->setMargin(24);
    auto* chartLayout = new QVBoxLayout(m_ui->chartHost);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart);
    chartLayout->addWidget(m_noImportYet);
    m_chart->hide();

    connect(m_ui->startButton, &QPushButton::clicked, this, &ImportPage::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_worker->cancel();
        m_ui->stateLabel->setText(tr("Cancelling… the import stops at its next safe point."));
    });
    connect(m_worker, &ImportWorker::progress, this, &ImportPage::onProgress);
    connect(m_worker, &ImportWorker::logLine, this,
            [this](const QString& line) { m_ui->logView->appendPlainText(line); });
    connect(m_worker, &ImportWorker::importFinished, this, &ImportPage::onFinished);
    reload();
}

ImportPage::~ImportPage() = default;

void ImportPage::setRunning(bool running) {
    m_running = running;
    m_ui->startButton->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->shopCombo->setEnabled(!running);
}

void ImportPage::start() {
    for (QProgressBar* bar : {m_ui->fetchProgress, m_ui->matchProgress, m_ui->submitProgress}) {
        bar->setRange(0, 100);
        bar->setValue(0);
    }
    m_ui->logView->clear();
    if (!m_worker->startImport(m_ui->shopCombo->currentData().toString())) {
        m_ui->stateLabel->setText(tr("An import or test order is already running."));
        return;
    }
    setRunning(true);
    m_ui->stateLabel->setText(tr("Importing…"));
}

void ImportPage::onProgress(const QString& stage, int done, int total) {
    if (!m_running)
        return; // the worker's other jobs (Submit now on the Orders page) show their own progress
    QProgressBar* bar = stage == QLatin1String("fetch")   ? m_ui->fetchProgress
                        : stage == QLatin1String("match") ? m_ui->matchProgress
                                                          : m_ui->submitProgress;
    if (total <= 0) {
        bar->setRange(0, 0); // busy: the total is not known yet
        return;
    }
    bar->setRange(0, total);
    bar->setValue(done);
    // Matching or submitting means fetching is done. Those two overlap (a wave is submitted while
    // the next is matched): each bar shows its own.
    if (bar != m_ui->fetchProgress)
        m_ui->fetchProgress->setRange(0, 1), m_ui->fetchProgress->setValue(1);
}

void ImportPage::onFinished(bool ok, const QString& error, const QJsonObject& summary) {
    setRunning(false);
    if (ok) {
        for (QProgressBar* bar : {m_ui->fetchProgress, m_ui->matchProgress, m_ui->submitProgress}) {
            if (bar->maximum() == 0)
                bar->setRange(0, 1);
            bar->setValue(bar->maximum());
        }
        const QString text = summary.value(QStringLiteral("cancelled")).toBool()
                                 ? tr("Import cancelled; the next import picks up the rest.")
                                 : tr("Import finished: %1 submitted, %2 blocked, %3 need review, %4 failed.")
                                       .arg(summary.value(QStringLiteral("submitted")).toInt())
                                       .arg(summary.value(QStringLiteral("blocked")).toInt())
                                       .arg(summary.value(QStringLiteral("needs_review")).toInt())
                                       .arg(summary.value(QStringLiteral("failed")).toInt());
        m_ui->stateLabel->setText(text);
        emit statusMessage(text);
    } else {
        for (QProgressBar* bar : {m_ui->fetchProgress, m_ui->matchProgress, m_ui->submitProgress})
            if (bar->maximum() == 0)
                bar->setRange(0, 1);
        const QString text = tr("The import could not run: %1").arg(error);
        m_ui->stateLabel->setText(text);
        m_ui->logView->appendPlainText(text);
        emit statusMessage(text);
    }
    reload();
    emit importFinished();
}

void ImportPage::showOrderFiles(const QList<ShopConfig>& shops) {
    auto* panel = new OrderFilesPanel(shops, this);
    if (panel->isEmpty()) {
        delete panel;
        return;
    }
    delete m_files;
    m_files = panel;
    m_ui->splitter->addWidget(m_files);
    m_files->reload();
}

void ImportPage::reload() {
    if (m_files)
        m_files->reload();
    setBusy(true);
    m_db.run<QList<ImportRun>>(
        this, m_reads.next(), [](Database& db) { return ImportRuns(db).latest(20); },
        [this](Result<QList<ImportRun>> runs) {
            showHistory(std::move(runs));
            setBusy(false);
        });
}

void ImportPage::showHistory(Result<QList<ImportRun>> runs) {
    if (!runs) {
        m_ui->stateLabel->setText(tr("Cannot read the import history: %1").arg(runs.message()));
        return;
    }
    m_ui->runsTable->setRowCount(int(runs->size()));
    const QLocale locale;
    for (int row = 0; row < runs->size(); ++row) {
        const ImportRun& r = runs->at(row);
        const QJsonObject& s = r.summary;
        const QString result =
            r.ok ? tr("fetched %1, matched %2, blocked %3, review %4, failed %5, customers created %6")
                       .arg(s.value(QStringLiteral("fetched")).toInt())
                       .arg(s.value(QStringLiteral("matched")).toInt())
                       .arg(s.value(QStringLiteral("blocked")).toInt())
                       .arg(s.value(QStringLiteral("needs_review")).toInt())
                       .arg(s.value(QStringLiteral("failed")).toInt())
                       .arg(s.value(QStringLiteral("customers_created")).toInt())
                 : tr("did not run: %1").arg(r.error);
        const QStringList cells{locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat), r.holder,
                                result, QString::number(s.value(QStringLiteral("submitted")).toInt())};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_ui->runsTable->setItem(row, c, item);
        }
    }
    const auto last = std::find_if(runs->cbegin(), runs->cend(), [](const ImportRun& r) { return r.ok; });
    m_noImportYet->setVisible(last == runs->cend());
    m_chart->setVisible(last != runs->cend());
    if (last != runs->cend())
        showChart(last->summary);
}

namespace {
// An axis of whole numbers a person reads at a glance: steps of 1, 2 or 5 times a power of ten,
// five at most, from 0 to the first step at or above highest ("0 1 2 3", "0 50 100 150").
void setCountAxis(QValueAxis* axis, int highest) {
    int step = 1;
    for (int power = 1; step * 5 < highest; power *= 10) {
        for (int factor : {1, 2, 5}) {
            step = factor * power;
            if (step * 5 >= highest)
                break;
        }
    }
    const int top = std::max(1, (highest + step - 1) / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}
} // namespace

void ImportPage::showChart(const QJsonObject& summary) {
    auto* chart = new QChart;
    chart->setTitle(tr("Last import"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QJsonObject linked = summary.value(QStringLiteral("customers_linked")).toObject();
    auto* orders = new QBarSet(tr("Orders"));
    const QStringList statusKeys{QStringLiteral("submitted"), QStringLiteral("blocked"),
                                 QStringLiteral("needs_review"), QStringLiteral("failed"),
                                 QStringLiteral("quarantined")};
    const QStringList methodKeys{QStringLiteral("email"), QStringLiteral("existing"),
                                 QStringLiteral("contact"), QStringLiteral("created"),
                                 QStringLiteral("default")};
    auto* customers = new QBarSet(tr("Customers linked"));
    int highest = 1;
    for (const QString& key : statusKeys) {
        *orders << summary.value(key).toInt();
        *customers << 0;
        highest = std::max(highest, summary.value(key).toInt());
    }
    for (const QString& key : methodKeys) {
        *orders << 0;
        *customers << linked.value(key).toInt();
        highest = std::max(highest, linked.value(key).toInt());
    }
    auto* series = new QHorizontalBarSeries;
    series->append(orders);
    series->append(customers);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append({tr("Submitted"), tr("Blocked"), tr("Needs review"), tr("Failed"), tr("Quarantined"),
                        tr("By e-mail"), tr("Existing link"), tr("Contact relation"), tr("Created"),
                        tr("Default customer")});
    categories->setTruncateLabels(false); // "Default customer" in full, not "…", at 1,024 pixels too
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setObjectName(QStringLiteral("countAxis"));
    setCountAxis(values, highest);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace linkdesk
