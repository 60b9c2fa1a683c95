#include "mainwindow.h"

#include "audit/auditpage.h"
#include "config/profile.h"
#include "customers/customerspage.h"
#include "store/database.h"
#include "ui_mainwindow.h"

#include <QLabel>

namespace linkdesk {

MainWindow::MainWindow(Database& db, const Profile& profile, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>()) {
    m_ui->setupUi(this);
    QStringList shopCodes;
    for (const ShopConfig& shop : profile.shops)
        shopCodes << shop.code;

    m_customers = new CustomersPage(db, shopCodes, this);
    addPage(m_customers, tr("Customers"));
    connect(m_customers, &CustomersPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_audit = new AuditPage(db, this);
    addPage(m_audit, tr("Audit log"));
    connect(m_ui->pageList, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    m_ui->pageList->setCurrentRow(0);

    auto* databaseLabel = new QLabel(tr("Database: %1").arg(db.url().display()), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(databaseLabel);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget* page, const QString& title) {
    m_ui->pageStack->addWidget(page);
    m_ui->pageList->addItem(title);
}

} // namespace linkdesk
