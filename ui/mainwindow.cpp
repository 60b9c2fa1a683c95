#include "mainwindow.h"

#include "config/profile.h"
#include "erp/lookupcache.h"
#include "import/importworker.h"
#include "secrets/credentialstore.h"
#include "store/attention.h"
#include "store/cachestore.h"
#include "store/customerrepository.h"
#include "ui/audit/auditpage.h"
#include "ui/common/attentionpanel.h"
#include "ui/common/databaseworker.h"
#include "ui/common/icons.h"
#include "ui/common/shopnames.h"
#include "ui/customers/customerspage.h"
#include "ui/import/importpage.h"
#include "ui/orders/orderspage.h"
#include "ui/products/productspage.h"
#include "ui/relations/relationspage.h"
#include "ui/settings/settingspage.h"
#include "ui/testorder/testorderdialog.h"
#include "ui_mainwindow.h"
#include "wiring/importservices.h"

#include <QCloseEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace linkdesk {

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
}

MainWindow::MainWindow(Database& db, const Profile& profile, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(new DatabaseWorker(db, this))
    , m_cache(std::make_unique<LookupCache>())
    , m_worker(new ImportWorker(profile, m_cache.get(), this)) {
    m_ui->setupUi(this);
    // Moves while the page on view reads or writes.
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("pageBusyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumSize(80, fontMetrics().height());
    statusBar()->addPermanentWidget(m_busyIndicator);
    ShopNames::setCurrent(ShopNames(profile.shops)); // before the pages, which show them
    const QStringList shopCodes = ShopNames::current().codes();
    m_shopCodes = shopCodes;

    // The customers and audit pages page through their rows on workers of their own, beside this one.
    m_customers = new CustomersPage(db, shopCodes, this);
    m_customers->setImportWorker(m_worker);
    addPage(m_customers, Icon::Customers);
    connect(m_customers, &CustomersPage::testOrderRequested, this, &MainWindow::openTestOrderAs);
    m_orders = new OrdersPage(*m_db, this);
    m_orders->setImportWorker(m_worker);
    addPage(m_orders, Icon::Orders);
    m_import = new ImportPage(*m_db, m_worker, shopCodes, this);
    m_import->showOrderFiles(profile.shops);
    addPage(m_import, Icon::Import);
    connect(m_import, &ImportPage::importFinished, this, [this] { // what the import changed, on view
        markChanged(nullptr);
        refreshAttention();
    });
    connect(m_orders, &OrdersPage::submitFinished, this, [this] { // a Submit now is in the history too
        m_import->reload();
        m_customers->reload();
    });

    m_products = new ProductsPage(*m_db, shopCodes, this);
    addPage(m_products, Icon::Products);
    addPage(new RelationsPage(*m_db, shopCodes, this), Icon::Link);
    m_settings = new SettingsPage(*m_db, profile, nullptr, this);
    addPage(m_settings, Icon::Settings);
    connect(m_settings, &SettingsPage::testConnectionRequested, this, [this] {
        if (!m_worker->startConnectionTest())
            m_settings->showConnectionReport(
                false, tr("An import or test order is running; try again when it has finished."));
    });
    connect(m_worker, &ImportWorker::connectionTested, m_settings, &SettingsPage::showConnectionReport);
    connect(m_settings, &SettingsPage::profileSaved, m_worker, &ImportWorker::setProfile);
    connect(m_settings, &SettingsPage::profileSaved, this, [this](const Profile& saved) {
        ShopNames::setCurrent(ShopNames(saved.shops)); // a renamed shop, in the tables on their next read
    });

    m_audit = new AuditPage(db, this);
    addPage(m_audit, Icon::Audit);
    // Every title in full, however long the language makes it; as tall as its rows, the sidebar's
    // counts below.
    QListWidget* list = m_ui->pageList;
    list->setMinimumWidth(
        std::min(list->maximumWidth(), list->sizeHintForColumn(0) + 2 * list->frameWidth() + 8));
    list->setMaximumWidth(std::max(list->minimumWidth(), 180)); // no wider than it needs: room for the pages
    list->setFixedHeight(list->sizeHintForRow(0) * list->count() + 2 * list->frameWidth() + 2);

    createMenus();

    connect(m_ui->pageList, &QListWidget::currentRowChanged, this, &MainWindow::switchToRow);
    connect(m_ui->pageStack, &QStackedWidget::currentChanged, this, [this] {
        // A page that missed a change elsewhere reads again as it comes on view.
        if (Page* page = currentPage(); page && m_stale.remove(page))
            page->reload();
        updateBusyIndicator();
        updateFindAction();
    });
    m_ui->pageList->setCurrentRow(0);
    updateFindAction();

    // The sidebar's counts: now, after every change a page reports, and every minute for what other
    // workstations did.
    connect(m_ui->attentionList, &AttentionPanel::chosen, this,
            [this](AttentionPanel::Kind kind) { openAttention(int(kind)); });
    auto* poll = new QTimer(this);
    poll->setInterval(60000);
    connect(poll, &QTimer::timeout, this, &MainWindow::refreshAttention);
    poll->start();
    refreshAttention();

    updateBusyIndicator();
    auto* databaseLabel = new QLabel(tr("Database: %1").arg(db.url().display()), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(databaseLabel);

    // The size and place this user left the window in; fits 1280x800 the first time.
    if (!restoreGeometry(QSettings().value(GeometryKey).toByteArray()))
        resize(1280, 760);
}

MainWindow::~MainWindow() {
    QSettings().setValue(GeometryKey, saveGeometry());
    delete m_worker; // cancels and waits for a running import while the cache it uses still exists
}

void MainWindow::connectErp(const Profile& profile) {
    using Built = Result<std::unique_ptr<ImportServices>>;
    auto* watcher = new QFutureWatcher<std::shared_ptr<Built>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Built>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const std::shared_ptr<Built> built = watcher->result();
        if (!*built) {
            statusBar()->showMessage(tr("No ERP connection for searches: %1").arg(built->message()), 15000);
            return;
        }
        m_services = std::move(**built);
        for (Page* page : std::as_const(m_pages)) // Connect Link, the item picker
            page->setErpClient(m_services->erp());
    });
    LookupCache* cache = m_cache.get();
    watcher->setFuture(QtConcurrent::run([profile, cache] {
        secrets::CredentialStore keychain; // reads on this pool thread, never blocking the window
        return std::make_shared<Built>(ImportServices::create(
            profile, [&keychain](const QString& name) { return keychain.readSync(name); }, cache));
    }));
}

void MainWindow::clearCache() {
    const int inMemory = m_cache->clear();
    m_db->run<int>(
        this, [](Database& db) { return CacheStore(db).clear(); },
        [this, inMemory](Result<int> saved) {
            if (!saved) {
                statusBar()->showMessage(
                    tr("Could not clear the saved ERP look-up cache: %1").arg(saved.message()), 10000);
                return;
            }
            statusBar()->showMessage(
                tr("Cleared the ERP look-up cache: %n entries dropped.", nullptr, std::max(inMemory, *saved)),
                10000);
        });
}

void MainWindow::switchToRow(int row) {
    const int shown = m_ui->pageStack->currentIndex();
    if (row < 0 || row == shown)
        return;
    // The page on view says whether it may be left now; one with changes not saved asks, and calls
    // back once they are saved or dropped. Until then the sidebar keeps showing it.
    Page* leaving = currentPage();
    if (leaving && !m_leaveConfirmed && !leaving->confirmLeave([this, row] {
            m_leaveConfirmed = true;
            m_ui->pageList->setCurrentRow(row);
            m_leaveConfirmed = false;
        })) {
        const QSignalBlocker block(m_ui->pageList);
        m_ui->pageList->setCurrentRow(shown);
        return;
    }
    m_ui->pageStack->setCurrentIndex(row);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Page* page = currentPage();
    if (page && !m_leaveConfirmed && !page->confirmLeave([this] {
            m_leaveConfirmed = true;
            close();
            m_leaveConfirmed = false;
        })) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::showPage(const QString& title) {
    for (int row = 0; row < m_ui->pageList->count(); ++row) {
        const QListWidgetItem* item = m_ui->pageList->item(row);
        if (item->text().compare(title, Qt::CaseInsensitive) == 0 ||
            item->data(Qt::UserRole).toString().compare(title, Qt::CaseInsensitive) == 0) {
            m_ui->pageList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

Page* MainWindow::currentPage() const {
    return m_pages.value(m_ui->pageStack->currentIndex(), nullptr);
}

bool MainWindow::isBusy() const {
    const Page* page = currentPage();
    return (page && page->isBusy()) || m_openWhereWorkIs;
}

void MainWindow::refreshPage() {
    if (Page* page = currentPage())
        page->reload();
    refreshAttention();
}

void MainWindow::markChanged(Page* changer) {
    for (Page* page : std::as_const(m_pages)) {
        if (page == changer || page == m_settings) // Settings keeps its unsaved edits
            continue;
        if (page == currentPage())
            page->reload();
        else
            m_stale.insert(page);
    }
}

AttentionPanel* MainWindow::attentionPanel() const {
    return m_ui->attentionList;
}

void MainWindow::refreshAttention() {
    m_db->run<Attention>(
        this, [](Database& db) { return readAttention(db); },
        [this](Result<Attention> counts) {
            if (!counts) {
                statusBar()->showMessage(tr("Could not count what needs attention: %1").arg(counts.message()),
                                         10000);
                return;
            }
            m_ui->attentionList->setCounts(*counts);
            m_attentionKnown = true;
            if (m_openWhereWorkIs)
                goWhereWorkIs();
            emit attentionRead();
        });
}

void MainWindow::openWhereWorkIs() {
    m_openWhereWorkIs = true;
    if (m_attentionKnown)
        goWhereWorkIs();
}

void MainWindow::goWhereWorkIs() {
    m_openWhereWorkIs = false;
    const AttentionPanel* panel = m_ui->attentionList;
    using Kind = AttentionPanel::Kind;
    for (Kind kind : {Kind::NeedsReview, Kind::Failed, Kind::Blocked, Kind::Quarantined, Kind::StaleLinks}) {
        if (panel->countOf(kind) > 0) {
            openAttention(int(kind));
            return;
        }
    }
    if (panel->counts().orders == 0) // a first run: connect, then import
        m_ui->pageList->setCurrentRow(int(m_pages.indexOf(m_import)));
}

void MainWindow::openAttention(int kind) {
    using Kind = AttentionPanel::Kind;
    switch (Kind(kind)) {
    case Kind::StaleLinks:
        m_customers->showStatus(CustomerQuery::Status::Stale);
        m_ui->pageList->setCurrentRow(int(m_pages.indexOf(m_customers)));
        return;
    case Kind::NeedsReview:
        m_orders->showStatus(OrderStatus::NeedsReview);
        break;
    case Kind::Blocked:
        m_orders->showStatus(OrderStatus::Blocked);
        break;
    case Kind::Failed:
        m_orders->showStatus(OrderStatus::Failed);
        break;
    case Kind::Quarantined:
        m_orders->showStatus(OrderStatus::Quarantined);
        break;
    }
    m_ui->pageList->setCurrentRow(int(m_pages.indexOf(m_orders)));
}

void MainWindow::updateBusyIndicator() {
    m_busyIndicator->setVisible(isBusy());
}

QStringList MainWindow::pageTitles() const {
    QStringList titles;
    for (int row = 0; row < m_ui->pageList->count(); ++row)
        titles << m_ui->pageList->item(row)->text();
    return titles;
}

void MainWindow::openTestOrder() {
    // From the customers page, the test order is placed as the customer selected there.
    const CustomerRow* selected = currentPage() == m_customers ? m_customers->selectedCustomer() : nullptr;
    if (selected)
        openTestOrderAs(selected->customer.shopCode, selected->customer.key);
    else
        openTestOrderAs({}, {});
}

TestOrderDialog* MainWindow::openTestOrderAs(const QString& shopCode, const QString& customerKey) {
    auto* dialog = new TestOrderDialog(m_worker, *m_db, m_shopCodes, this);
    dialog->setObjectName(QStringLiteral("testOrderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Link for real changed a link (or made a customer): the pages read again, and Connect Link shows
    // the customer as it is now.
    connect(dialog, &TestOrderDialog::connectLinkRequested, this, [this](qint64 customerId) {
        markChanged(nullptr);
        refreshAttention();
        m_customers->openConnectLink(customerId);
    });
    if (!customerKey.isEmpty())
        dialog->setCustomer(shopCode, customerKey);
    dialog->open();
    return dialog;
}

void MainWindow::addPage(Page* page, Icon icon) {
    m_pages.append(page);
    m_ui->pageStack->addWidget(page);
    auto* item = new QListWidgetItem(linkdesk::icon(icon), page->title(), m_ui->pageList);
    item->setData(Qt::UserRole, page->sourceTitle()); // --page takes the English title too
    connect(page, &Page::statusMessage, this, [this, page](const QString& message) {
        statusBar()->showMessage(message, 10000);
        markChanged(page); // a page reports what it changed: the others and the counts may have moved
        refreshAttention();
    });
    connect(page, &Page::busyChanged, this, &MainWindow::updateBusyIndicator);
}

} // namespace linkdesk
