// The window's menu bar, shortcuts and access keys, on real widgets: every action is in a menu with
// its shortcut, Ctrl+F goes to the page's filter, About names the version and the licences, and no
// two visible controls of a page (with the menu bar) share an access key.
#include "accesskeys.h"
#include "ui/common/page.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

using namespace linkdesk;

class TestWindowMenus : public test::WindowTest {
    Q_OBJECT

    static QAction* action(const MainWindow& window, const char* name) {
        return test::child<QAction>(&window, name);
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase());
        m_profile.shops.append(test::unreachableShop());
    }

    void menusCarryEveryActionWithItsShortcut() {
        MainWindow window(*m_db, m_profile);
        window.show();
        QStringList menus;
        for (const QAction* menu : window.menuBar()->actions())
            menus << menu->text();
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                              QStringLiteral("&Tools"), QStringLiteral("&Help")}));
        // Whatever the toolbar offers, a menu offers too.
        QList<QAction*> inMenus;
        for (const QMenu* menu : window.menuBar()->findChildren<QMenu*>())
            inMenus << menu->actions();
        const auto* toolbar = test::child<QToolBar>(&window, "mainToolBar");
        QVERIFY(!toolbar->actions().isEmpty());
        for (QAction* a : toolbar->actions())
            QVERIFY2(inMenus.contains(a), qPrintable(a->text()));
        const QList<std::pair<const char*, QKeySequence>> shortcuts{
            {"testOrderAction", QKeySequence(QStringLiteral("Ctrl+T"))},
            {"clearCacheAction", QKeySequence(QStringLiteral("Ctrl+Shift+K"))},
            {"refreshAction", QKeySequence(QKeySequence::Refresh)},
            {"findAction", QKeySequence(QKeySequence::Find)},
            {"quitAction", QKeySequence(QKeySequence::Quit)},
            {"showPage2Action", QKeySequence(QStringLiteral("Ctrl+2"))}};
        for (const auto& [name, keys] : shortcuts) {
            QAction* a = action(window, name);
            QVERIFY(a);
            QCOMPARE(a->shortcut(), keys);
            QVERIFY2(inMenus.contains(a), name);
        }
        QVERIFY(action(window, "openLogFolderAction"));
        QVERIFY(inMenus.contains(action(window, "aboutAction")));
        // Each page is in the View menu, in the order of the list.
        for (int i = 0; i < window.pages().size(); ++i)
            QCOMPARE(test::child<QAction>(&window, QStringLiteral("showPage%1Action").arg(i + 1))->text(),
                     window.pages().at(i)->title());
    }

    void findGoesToThePagesFilter() {
        MainWindow window(*m_db, m_profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // for its shortcuts
        QAction* find = action(window, "findAction");
        for (Page* page : window.pages()) {
            QVERIFY(window.showPage(page->sourceTitle()));
            QCOMPARE(find->isEnabled(), page->filterEdit() != nullptr);
            if (!page->filterEdit())
                continue;
            page->filterEdit()->setText(QStringLiteral("abc"));
            window.setFocus();
            QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
            QVERIFY2(page->filterEdit()->hasFocus(), qPrintable(page->title()));
            QCOMPARE(page->filterEdit()->selectedText(), QStringLiteral("abc")); // typing replaces it
            page->filterEdit()->clear();
        }
        QVERIFY(window.showPage(QStringLiteral("Settings")));
        QVERIFY(!find->isEnabled()); // nothing to filter there
    }

    void aboutNamesVersionAndLicences() {
        MainWindow window(*m_db, m_profile);
        window.show();
        action(window, "aboutAction")->trigger();
        auto* dialog = test::child<QDialog>(&window, "aboutDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString text = test::child<QLabel>(dialog, "aboutText")->text();
        QVERIFY2(text.contains(QApplication::applicationVersion()), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Lesser General Public License")));
        QVERIFY(text.contains(QLatin1String("QtKeychain 0.")));
        QVERIFY(text.contains(QLatin1String("BSD 2-clause")));
        QVERIFY(dialog->width() <= 560);
        dialog->close();
    }

    // The test that fails when two buttons of one page (or a button and a menu) share an access key,
    // in every language the window speaks.
    void accessKeysAreUniqueOnEveryPage_data() {
        QTest::addColumn<QString>("language");
        for (const Translations::Language& language : Translations::languages())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }

    void accessKeysAreUniqueOnEveryPage() {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(*qApp, QLocale(language)), language);
        const auto english = qScopeGuard([] { Translations::install(*qApp, QLocale(QLocale::English)); });
        MainWindow window(*m_db, m_profile);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList clashes; // "Orders: f: Re&fresh, &File"
        const auto check = [&](const QString& where) {
            for (const QString& clash : test::accessKeyClashes(&window))
                clashes << where + QStringLiteral(": ") + clash;
        };
        for (Page* page : window.pages()) {
            QVERIFY(window.showPage(page->sourceTitle()));
            QTRY_VERIFY2_WITH_TIMEOUT(!window.isBusy(), qPrintable(page->title()), 15000);
            const auto tabs = page->findChildren<QTabWidget*>();
            if (tabs.isEmpty())
                check(page->title());
            for (QTabWidget* tab : tabs) {
                for (int i = 0; i < tab->count(); ++i) {
                    tab->setCurrentIndex(i);
                    check(page->title() + QStringLiteral(" / ") + tab->tabText(i));
                }
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void accessKeyOfAText() {
        QCOMPARE(test::accessKey(QStringLiteral("Re&try")), QChar(u't'));
        QCOMPARE(test::accessKey(QStringLiteral("Save && &Close")), QChar(u'c'));
        QVERIFY(test::accessKey(QStringLiteral("Fish && chips")).isNull());
    }
};

QTEST_MAIN(TestWindowMenus)
#include "tst_windowmenus.moc"
