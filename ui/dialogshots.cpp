#include "dialogshots.h"

#include "config/profile.h"
#include "mainwindow.h"
#include "ui/customers/connectlinkdialog.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/orders/choosecustomerdialog.h"
#include "ui/orders/orderspage.h"
#include "ui/testorder/testorderdialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace linkdesk::DialogShots {

namespace {
// Lets the window's event loop run until done() or the deadline.
template <typename Done>
bool runUntil(Done done, QDeadlineTimer& deadline) {
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

// --dialog choose-customer: Choose customer on the first order that needs review, once the ERP
// has answered its search; null (and why) when there is none.
QWidget* openChooseCustomer(MainWindow& window, const Profile& profile, QString* why) {
    window.connectErp(profile);
    window.showPage(QStringLiteral("Orders"));
    QDeadlineTimer deadline(30000);
    OrdersPage* orders = window.ordersPage();
    if (!runUntil([&] { return !orders->isBusy() && orders->hasErp(); }, deadline)) {
        *why = QObject::tr("The ERP did not connect.");
        return nullptr;
    }
    if (!orders->selectFirst(OrderStatus::NeedsReview)) {
        *why = QObject::tr("No order needs review.");
        return nullptr;
    }
    ChooseCustomerDialog* dialog = orders->chooseCustomer();
    if (!dialog) {
        *why = QObject::tr("Choose customer could not be opened.");
        return nullptr;
    }
    bool searched = false;
    QObject::connect(dialog, &ChooseCustomerDialog::searchFinished, dialog, [&searched] { searched = true; });
    runUntil([&searched] { return searched; }, deadline);
    return dialog;
}

// --dialog test-order: Test order found by its search as the demo's Ashdown Estate Agents (see
// resources/demo-seed.json), three lines, placed, with the ERP's answer shown; null (and why) when the
// customer is not found or no answer came.
QWidget* openTestOrder(MainWindow& window, QString* why) {
    TestOrderDialog* dialog = window.openTestOrderAs({}, {});
    QDeadlineTimer deadline(30000);
    bool found = false;
    QObject::connect(dialog, &TestOrderDialog::customersFound, dialog, [&found] { found = true; });
    dialog->findChild<QLineEdit*>(QStringLiteral("customerSearchEdit"))
        ->setText(QStringLiteral("ashdown estate"));
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("customerList"));
    if (!runUntil([&found] { return found; }, deadline) || list->topLevelItemCount() == 0) {
        *why = QObject::tr("The demo customer Ashdown Estate Agents was not found.");
        return nullptr;
    }
    list->setCurrentItem(list->topLevelItem(0));
    dialog->addLine(QStringLiteral("CA-A3-WALL"), 2, 210.0);
    dialog->addLine(QStringLiteral("NP-A5-50"), 5);
    dialog->addLine(QStringLiteral("BC-350-STD"), 1, 26.5);
    bool shown = false;
    QObject::connect(dialog, &TestOrderDialog::resultShown, dialog, [&shown] { shown = true; });
    dialog->run();
    if (!runUntil([&shown] { return shown; }, deadline)) {
        *why = QObject::tr("The test order got no answer.");
        return nullptr;
    }
    return dialog;
}

// --dialog connect-link: Connect Link on the first linked customer of the Customers page, once it
// has read the customer and the ERP has answered about the linked card.
QWidget* openConnectLink(MainWindow& window, const Profile& profile, QString* why) {
    window.connectErp(profile);
    window.showPage(QStringLiteral("Customers"));
    QDeadlineTimer deadline(30000);
    CustomersPage* customers = window.customersPage();
    if (!runUntil([&] { return !customers->isBusy() && customers->erpClient(); }, deadline)) {
        *why = QObject::tr("The ERP did not connect.");
        return nullptr;
    }
    const CustomerTableModel* model = customers->model();
    qint64 id = 0;
    for (int row = 0; row < model->rowCount() && id == 0; ++row)
        if (const CustomerRow* c = model->customerAt(row); c && c->link.isLinked() && !c->link.stale)
            id = c->customer.id;
    if (id == 0) {
        *why = QObject::tr("No customer is linked.");
        return nullptr;
    }
    customers->openConnectLink(id);
    ConnectLinkDialog* dialog = customers->connectLinkDialog();
    if (!dialog) {
        *why = QObject::tr("Connect Link could not be opened.");
        return nullptr;
    }
    bool shown = false;
    QObject::connect(dialog, &ConnectLinkDialog::erpDetailsShown, dialog, [&shown] { shown = true; });
    runUntil([&shown] { return shown; }, deadline);
    // Its e-mail searched in the ERP, as staff would to see the candidates.
    bool searched = false;
    QObject::connect(dialog, &ConnectLinkDialog::searchFinished, dialog, [&searched] { searched = true; });
    if (auto* search = dialog->findChild<QPushButton*>(QStringLiteral("searchButton")))
        search->click();
    runUntil([&searched] { return searched; }, deadline);
    return dialog;
}

// --dialog trace: the match trace of the first order that needs review.
QWidget* openTrace(MainWindow& window, QString* why) {
    window.showPage(QStringLiteral("Orders"));
    QDeadlineTimer deadline(30000);
    OrdersPage* orders = window.ordersPage();
    runUntil([&] { return !orders->isBusy(); }, deadline);
    if (!orders->selectFirst(OrderStatus::NeedsReview)) {
        *why = QObject::tr("No order needs review.");
        return nullptr;
    }
    orders->openTrace();
    auto* dialog = orders->findChild<QDialog*>(QStringLiteral("traceDialog"));
    if (!dialog)
        *why = QObject::tr("The trace could not be opened.");
    return dialog;
}
} // namespace

QString describe() {
    return QObject::tr("choose-customer (on the first order that needs review), connect-link (on the first "
                       "linked customer), test-order (as a demo customer, placed), trace (of the first order "
                       "that needs review)");
}

QWidget* open(const QString& name, MainWindow& window, const Profile& profile, QString* why) {
    if (name == QLatin1String("choose-customer"))
        return openChooseCustomer(window, profile, why);
    if (name == QLatin1String("connect-link"))
        return openConnectLink(window, profile, why);
    if (name == QLatin1String("test-order"))
        return openTestOrder(window, why);
    if (name == QLatin1String("trace"))
        return openTrace(window, why);
    *why = QObject::tr("There is no dialog \"%1\"; the dialogs are: %2.").arg(name, describe());
    return nullptr;
}

} // namespace linkdesk::DialogShots
