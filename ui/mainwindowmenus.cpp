// MainWindow's menu bar and toolbar: every action of the window, with its shortcut, where people
// look for it (File, Edit, View, Tools, Help); the toolbar carries the everyday ones.
#include "mainwindow.h"

#include "ui/common/aboutdialog.h"
#include "ui/common/icons.h"
#include "ui/common/page.h"
#include "ui_mainwindow.h"
#include "util/logfile.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QToolBar>
#include <QUrl>

namespace linkdesk {

namespace {
// An action named for tests and scripts, its shortcut in the tooltip too.
QAction* makeAction(QObject* parent, const char* objectName, const QString& text,
                    const QKeySequence& shortcut, const QString& toolTip) {
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    if (!toolTip.isEmpty())
        action->setToolTip(shortcut.isEmpty() ? toolTip
                                              : QObject::tr("%1 (%2)").arg(
                                                    toolTip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}
} // namespace

void MainWindow::createMenus() {
    QAction* logFolder =
        makeAction(this, "openLogFolderAction", tr("Open &log folder"), {},
                   tr("Show the folder with Linkdesk's log files, to attach one to a support "
                      "question"));
    connect(logFolder, &QAction::triggered, this, &MainWindow::openLogFolder);
    QAction* quit = makeAction(this, "quitAction", tr("&Quit"), QKeySequence::Quit, {});
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction* find = makeAction(this, "findAction", tr("&Find"), QKeySequence::Find,
                               tr("Go to the filter of the page on view"));
    find->setIcon(icon(Icon::Find));
    connect(find, &QAction::triggered, this, &MainWindow::focusFilter);
    m_findAction = find;

    QAction* refresh = makeAction(this, "refreshAction", tr("&Refresh"), QKeySequence::Refresh,
                                  tr("Read the page on view again, with what other users changed meanwhile"));
    refresh->setIcon(icon(Icon::Refresh));
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshPage);

    QAction* test =
        makeAction(this, "testOrderAction", tr("&Test order…"), QKeySequence(QStringLiteral("Ctrl+T")),
                   tr("Place a test order as a customer, without submitting it"));
    test->setIcon(icon(Icon::TestOrder));
    connect(test, &QAction::triggered, this, &MainWindow::openTestOrder);
    QAction* clear =
        makeAction(this, "clearCacheAction", tr("&Clear cache"), QKeySequence(QStringLiteral("Ctrl+Shift+K")),
                   tr("Forget every cached ERP look-up: the next import asks the ERP afresh"));
    clear->setIcon(icon(Icon::ClearCache));
    connect(clear, &QAction::triggered, this, &MainWindow::clearCache);

    QAction* about = makeAction(this, "aboutAction", tr("&About Linkdesk"), {}, {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setObjectName(QStringLiteral("aboutDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* aboutQt = makeAction(this, "aboutQtAction", tr("About &Qt"), {}, {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QMenuBar* bar = menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(logFolder);
    file->addSeparator();
    file->addAction(quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(find);

    QMenu* view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    // Ctrl+1 … Ctrl+9: the pages in the order of the list.
    for (int row = 0; row < m_ui->pageList->count() && row < 9; ++row) {
        QAction* go = view->addAction(m_pages.at(row)->title());
        go->setObjectName(QStringLiteral("showPage%1Action").arg(row + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, this, [this, row] { m_ui->pageList->setCurrentRow(row); });
        m_ui->pageList->item(row)->setToolTip(go->shortcut().toString(QKeySequence::NativeText));
    }
    view->addSeparator();
    view->addAction(refresh);

    QMenu* tools = bar->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(test);
    tools->addAction(clear);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);
    help->addAction(aboutQt);

    QToolBar* toolbar = addToolBar(tr("Tools"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(clear);
    toolbar->addAction(test);
    toolbar->addAction(refresh);
}

void MainWindow::focusFilter() {
    const Page* page = currentPage();
    if (QLineEdit* filter = page ? page->filterEdit() : nullptr) {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    }
}

void MainWindow::updateFindAction() {
    const Page* page = currentPage();
    m_findAction->setEnabled(page && page->filterEdit());
}

void MainWindow::openLogFolder() {
    const QString folder = QFileInfo(LogFile::defaultPath()).absolutePath();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        statusBar()->showMessage(tr("The log files are in %1.").arg(QDir::toNativeSeparators(folder)), 15000);
}

} // namespace linkdesk
