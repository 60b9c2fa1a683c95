#include "customerspage.h"

#include "connectlinkdialog.h"
#include "customertablemodel.h"
#include "erp/erpclient.h"
#include "linkcheckbar.h"
#include "ui/common/headerstate.h"
#include "ui/common/tablesetup.h"
#include "ui_customerspage.h"

#include <QLineEdit>
#include <QSignalBlocker>

#include <QHeaderView>
#include <QTimer>

namespace linkdesk {

CustomersPage::CustomersPage(Database& db, const QStringList& shopCodes, QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Customers"), parent)
    , m_ui(std::make_unique<Ui::CustomersPage>())
    , m_db(db)
    , m_model(new CustomerTableModel(db, this))
    , m_filterTimer(new QTimer(this))
    , m_linkCheckBar(new LinkCheckBar(this)) {
    m_ui->setupUi(this);
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->customerTable) + 1, m_linkCheckBar);
    m_ui->messageLabel->hide();
    m_ui->statusFilter->addItem(tr("All statuses"), int(CustomerQuery::Status::Any));
    m_ui->statusFilter->addItem(tr("Linked"), int(CustomerQuery::Status::Linked));
    m_ui->statusFilter->addItem(tr("Not linked"), int(CustomerQuery::Status::NotLinked));
    m_ui->statusFilter->addItem(tr("Needs review"), int(CustomerQuery::Status::NeedsReview));
    m_ui->statusFilter->addItem(tr("Stale"), int(CustomerQuery::Status::Stale));
    fillShopFilter(m_ui->shopFilter, shopCodes);

    m_ui->customerTable->setModel(m_model);
    m_ui->customerTable->verticalHeader()->hide();
    m_ui->customerTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->customerTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->customerTable->horizontalHeader()->setSortIndicator(CustomerTableModel::Email, Qt::AscendingOrder);
    // The status is what staff look for first: show it beside the customer, and fit the link
    // columns into 1280 pixels.
    m_ui->customerTable->horizontalHeader()->moveSection(CustomerTableModel::Status,
                                                         CustomerTableModel::ErpNumber);
    // E-mail addresses wide enough to read; who set the link and when are in Connect Link, so their
    // columns start hidden (a right-click on the header shows them).
    const std::pair<int, int> widths[] = {{CustomerTableModel::Shop, shopColumnWidth(m_ui->customerTable)},
                                          {CustomerTableModel::Email, 250},
                                          {CustomerTableModel::Name, 130},
                                          {CustomerTableModel::Company, 150},
                                          {CustomerTableModel::Status, 105},
                                          {CustomerTableModel::ErpNumber, 95},
                                          {CustomerTableModel::ErpName, 140},
                                          {CustomerTableModel::Source, 80},
                                          {CustomerTableModel::SetBy, 110},
                                          {CustomerTableModel::SetAt, 120},
                                          {CustomerTableModel::WhatToDo, 300}};
    // Never narrower than the title, in any language.
    const QFontMetrics titleMetrics(m_ui->customerTable->horizontalHeader()->font());
    for (const auto& [column, width] : widths) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_ui->customerTable->setColumnWidth(column,
                                            std::max(width, titleMetrics.horizontalAdvance(title) + 14));
    }
    for (int column : {CustomerTableModel::Source, CustomerTableModel::SetBy, CustomerTableModel::SetAt})
        m_ui->customerTable->horizontalHeader()->setSectionHidden(column, true);
    rememberHeaderState(m_ui->customerTable->horizontalHeader(), QStringLiteral("customersPage"));

    // Columns SQL cannot order by keep the indicator where the rows really are sorted.
    connect(m_ui->customerTable->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (!CustomerTableModel::canSortBy(column))
                    m_ui->customerTable->horizontalHeader()->setSortIndicator(
                        m_model->sortColumn(),
                        m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            });

    // A keystroke restarts a short timer, so typing a word queries once.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_ui->shopFilter, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_model, &CustomerTableModel::loadFailed, this, [this](const QString& message) {
        m_ui->countLabel->setText(tr("The customers could not be read: %1").arg(message));
        emit statusMessage(message);
    });
    connect(m_model, &CustomerTableModel::firstRowsShown, this, &CustomersPage::updateCount);
    connect(m_model, &CustomerTableModel::loaded, this, &CustomersPage::updateCount);
    connect(m_model, &CustomerTableModel::busyChanged, this, &CustomersPage::showBusy);
    // Double-click and Enter both activate a row.
    connect(m_ui->customerTable, &QAbstractItemView::activated, this, &CustomersPage::openCustomer);
    connect(m_ui->connectLinkButton, &QPushButton::clicked, this,
            [this] { openCustomer(m_ui->customerTable->currentIndex()); });
    connect(m_ui->checkLinksButton, &QPushButton::clicked, this, &CustomersPage::checkLinks);
    connect(m_linkCheckBar, &LinkCheckBar::runningChanged, this, &CustomersPage::updateActions);
    connect(m_linkCheckBar, &LinkCheckBar::finished, this, &CustomersPage::linkCheckFinished);
    connect(m_ui->testOrderButton, &QPushButton::clicked, this, [this] {
        if (const CustomerRow* row = selectedCustomer())
            emit testOrderRequested(row->customer.shopCode, row->customer.key);
    });
    connect(m_ui->customerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CustomersPage::updateActions);
    updateActions();
    applyFilter();
    showBusy(m_model->isBusy()); // it may have started reading before it was connected (a restored sort)
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::applyFilter() {
    CustomerQuery query = m_model->query();
    query.text = m_ui->filterEdit->text();
    query.status = static_cast<CustomerQuery::Status>(m_ui->statusFilter->currentData().toInt());
    query.shopCode = m_ui->shopFilter->currentData().toString();
    m_model->setQuery(query);
}

void CustomersPage::reload() {
    m_model->refresh();
}

void CustomersPage::showStatus(CustomerQuery::Status status) {
    const QSignalBlocker blockText(m_ui->filterEdit);
    const QSignalBlocker blockShop(m_ui->shopFilter);
    m_ui->filterEdit->clear();
    m_ui->shopFilter->setCurrentIndex(0);
    m_ui->statusFilter->setCurrentIndex(m_ui->statusFilter->findData(int(status)));
    applyFilter(); // once, whether or not the status changed: the rows are read afresh
}

ConnectLinkDialog* CustomersPage::connectLinkDialog() const {
    return m_dialog;
}

void CustomersPage::openCustomer(const QModelIndex& index) {
    const qint64 customerId = index.data(CustomerTableModel::CustomerIdRole).toLongLong();
    if (customerId <= 0)
        return; // its row is still being read
    openConnectLink(customerId);
}

void CustomersPage::openConnectLink(qint64 customerId) {
    if (customerId <= 0)
        return;
    if (m_dialog) {
        if (m_dialog->customerId() == customerId) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        m_dialog->close();
    }
    m_dialog = new ConnectLinkDialog(m_db, erpClient(), customerId, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConnectLinkDialog::linkChanged, this, [this] {
        m_model->refresh();
        emit statusMessage(tr("Link saved."));
    });
    m_dialog->open();
}

const CustomerRow* CustomersPage::selectedCustomer() const {
    const QModelIndex current = m_ui->customerTable->currentIndex();
    return current.isValid() ? m_model->customerAt(current.row()) : nullptr;
}

void CustomersPage::setImportWorker(ImportWorker* worker) {
    m_linkCheckBar->setWorker(worker);
    updateActions();
}

bool CustomersPage::checkLinks() {
    QString why;
    if (!m_linkCheckBar->start(m_ui->shopFilter->currentData().toString(), &why)) {
        m_ui->messageLabel->show();
        showMessage(m_ui->messageLabel, why, true);
        return false;
    }
    m_ui->messageLabel->hide();
    updateActions();
    return true;
}

void CustomersPage::linkCheckFinished(const QString& message, bool ok) {
    m_ui->messageLabel->show();
    showMessage(m_ui->messageLabel, message, !ok);
    if (!ok) // the marks written before it stopped count too: the window reads its counts again
        emit statusMessage(message);
    if (ok && m_linkCheckBar->staleCount() > 0) {
        // The stale links, of the shop checked, each with what to do.
        const QSignalBlocker blockText(m_ui->filterEdit);
        const QSignalBlocker blockStatus(m_ui->statusFilter);
        m_ui->filterEdit->clear();
        m_ui->statusFilter->setCurrentIndex(m_ui->statusFilter->findData(int(CustomerQuery::Status::Stale)));
        applyFilter();
    } else {
        reload();
    }
}

void CustomersPage::updateActions() {
    const bool selected = selectedCustomer() != nullptr;
    m_ui->connectLinkButton->setEnabled(selected);
    m_ui->testOrderButton->setEnabled(selected);
    m_ui->checkLinksButton->setVisible(m_linkCheckBar->hasWorker());
    m_ui->checkLinksButton->setEnabled(!m_linkCheckBar->isRunning());
}

void CustomersPage::showBusy(bool busy) {
    setBusy(busy);
    m_ui->busyIndicator->setVisible(busy);
    if (busy)
        m_ui->countLabel->setText(tr("Reading customers…"));
}

void CustomersPage::updateCount() {
    if (m_model->isBusy()) // the first rows are in, the rest are being counted
        m_ui->countLabel->setText(tr("%n or more customer(s), counting…", nullptr, m_model->totalCount()));
    else
        m_ui->countLabel->setText(tr("%n customer(s)", nullptr, m_model->totalCount()));
}

QLineEdit* CustomersPage::filterEdit() const {
    return m_ui->filterEdit;
}

} // namespace linkdesk
