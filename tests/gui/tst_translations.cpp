#include "config/profile.h"
#include "shop/shopsources.h"
#include "store/customerrepository.h"
#include "ui/common/databaseworker.h"
#include "ui/common/page.h"
#include "ui/common/translations.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingspage.h"
#include "windowtest.h"
#include "wiring/erpclientfactory.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using namespace linkdesk;

namespace {

// One message of a .ts file, as far as the completeness check needs it.
struct TsMessage {
    QString context;
    QString source;
    QString type;             // the translation's type attribute: "unfinished", "vanished", ...
    QStringList translations; // the text, or each numerus form
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage m;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(m);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) { // only a context has one
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = TsMessage{context,
                          {},
                          {},
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The window's minimum width and each page's, to name the page that is too wide.
QString widths(const MainWindow& window) {
    QStringList pages;
    for (const Page* page : window.pages())
        pages << QStringLiteral("%1 %2").arg(page->title()).arg(page->minimumSizeHint().width());
    return QStringLiteral("window %1; pages: %2")
        .arg(window.minimumSizeHint().width())
        .arg(pages.join(QStringLiteral(", ")));
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression numbered(QStringLiteral("%[1-9]"));
    QStringList found;
    for (auto it = numbered.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public test::WindowTest {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(openWindowDatabase());
        m_profile.shops.append(test::unreachableShop());
        ShopCustomer c;
        c.shopCode = QStringLiteral("web");
        c.shopCustomerId = QStringLiteral("1");
        c.email = QStringLiteral("buyer@example.com");
        c.company = QStringLiteral("Acme Print");
        QList<ShopCustomer> customers{c};
        QVERIFY(CustomerRepository(*m_db).upsertAll(customers));
    }

    void cleanup() { Translations::install(*qApp, QLocale(QLocale::English)); }

    void languageForLocale() {
        QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("de_CH"))), QStringLiteral("de"));
        QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("nl_BE"))), QStringLiteral("nl"));
        QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
        QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("fr_FR"))), QStringLiteral("en"));
        QCOMPARE(Translations::languageFor(QLocale::c()), QStringLiteral("en"));
    }

    void mainWindowInGerman() {
        QCOMPARE(Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("de"));
        MainWindow window(*m_db, m_profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(
            window.pageTitles(),
            (QStringList{QStringLiteral("Kunden"), QStringLiteral("Bestellungen"), QStringLiteral("Import"),
                         QStringLiteral("Produkte"), QStringLiteral("Beziehungen"),
                         QStringLiteral("Einstellungen"), QStringLiteral("Änderungsprotokoll")}));
        QCOMPARE(child<QAction>(&window, "clearCacheAction")->text(), QStringLiteral("&Cache leeren"));
        QCOMPARE(child<QAction>(&window, "testOrderAction")->text(), QStringLiteral("&Testbestellung…"));
        QVERIFY(child<QLabel>(&window, "databaseLabel")->text().startsWith(QLatin1String("Datenbank: ")));
        // Longer words neither widen the window past the screenshots' 1280x800 nor cut a page title.
        QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(widths(window)));
        window.resize(1280, 800);
        QTRY_COMPARE(window.width(), 1280);
        auto* pageList = child<QListWidget>(&window, "pageList");
        QVERIFY(pageList->viewport()->width() >= pageList->sizeHintForColumn(0));

        // The customers page: its .ui form, its own texts, its model's headers and a plural.
        CustomersPage* customers = window.customersPage();
        QCOMPARE(child<QLineEdit>(customers, "filterEdit")->placeholderText(),
                 QStringLiteral("Nach E-Mail, Name, Firma oder Nummer filtern"));
        auto* status = child<QComboBox>(customers, "statusFilter");
        QCOMPARE(status->itemText(0), QStringLiteral("Alle Status"));
        QVERIFY(status->findText(QStringLiteral("Nicht verknüpft")) > 0);
        QCOMPARE(child<QComboBox>(customers, "shopFilter")->itemText(0), QStringLiteral("Alle Shops"));
        QAbstractItemModel* model = child<QTableView>(customers, "customerTable")->model();
        QCOMPARE(model->headerData(CustomerTableModel::Email, Qt::Horizontal).toString(),
                 QStringLiteral("E-Mail"));
        QCOMPARE(model->headerData(CustomerTableModel::Company, Qt::Horizontal).toString(),
                 QStringLiteral("Firma"));
        QTRY_COMPARE(child<QLabel>(customers, "countLabel")->text(), QStringLiteral("1 Kunde"));
        QTRY_COMPARE(model->index(0, CustomerTableModel::Status).data().toString(),
                     QStringLiteral("Nicht verknüpft"));

        // The settings page: tab titles and buttons from the .ui form, the language choice.
        SettingsPage* settings = window.settingsPage();
        auto* tabs = child<QTabWidget>(settings, "settingsTabs");
        QCOMPARE(tabs->tabText(0), QStringLiteral("Abgleich"));
        QCOMPARE(tabs->tabText(tabs->indexOf(child<QWidget>(settings, "languageTab"))),
                 QStringLiteral("Sprache"));
        QCOMPARE(child<QPushButton>(settings, "saveButton")->text(), QStringLiteral("&Speichern"));
        auto* language = child<QComboBox>(settings, "languageCombo");
        QCOMPARE(language->itemText(0), QStringLiteral("Systemstandard"));
        QCOMPARE(language->itemText(language->findData(QStringLiteral("nl"))), QStringLiteral("Nederlands"));

        // --page takes the English title as well as the German one.
        QVERIFY(window.showPage(QStringLiteral("Settings")));
        QVERIFY(window.showPage(QStringLiteral("einstellungen")));
        QVERIFY(!window.showPage(QStringLiteral("Nirgendwo")));
    }

    void qtOwnTextsInGerman() {
        const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(QDir(qtTranslations).filePath(QStringLiteral("qtbase_de.qm"))))
            QSKIP("No qtbase_de.qm: the Debian package qt6-translations-l10n is not installed.");
        Translations::install(*qApp, QLocale(QLocale::German));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Discard);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Abbrechen"));
    }

    // Texts of linkdesk_core reach the window too: tr() outside a class of its own, and in a class
    // that shares its base's meta-object no more, are filed under the context lupdate gives them.
    void coreTextsInGerman() {
        Translations::install(*qApp, QLocale(QLocale::German));
        const auto client = createErpClient(ErpConfig{}, QString(), nullptr);
        QVERIFY(!client);
        QCOMPARE(client.message(), QStringLiteral("Kein HTTP-Client für das ERP."));
        FolderShopSource folder(QStringLiteral("trade"),
                                QDir::temp().filePath(QStringLiteral("linkdesk-no-such-folder")));
        std::optional<Result<QString>> answer;
        folder.check([&answer](Result<QString> r) { answer = std::move(r); });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
        QVERIFY2(answer->message().contains(QLatin1String("existiert nicht")), qPrintable(answer->message()));
    }

    void mainWindowInDutch() {
        QCOMPARE(Translations::install(*qApp, QLocale(QLocale::Dutch)), QStringLiteral("nl"));
        MainWindow window(*m_db, m_profile);
        QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(widths(window)));
        QCOMPARE(window.pageTitles().value(0), QStringLiteral("Klanten"));
        QCOMPARE(window.pageTitles().value(4), QStringLiteral("Relaties"));
        QCOMPARE(window.pageTitles().value(5), QStringLiteral("Instellingen"));
        QCOMPARE(child<QAction>(&window, "clearCacheAction")->text(), QStringLiteral("&Cache wissen"));
        QCOMPARE(child<QComboBox>(window.customersPage(), "statusFilter")->itemText(0),
                 QStringLiteral("Alle statussen"));
    }

    void englishReplacesEarlierLanguage() {
        Translations::install(*qApp, QLocale(QLocale::German));
        QCOMPARE(Translations::install(*qApp, QLocale(QLocale::English)), QStringLiteral("en"));
        MainWindow window(*m_db, m_profile);
        QCOMPARE(window.pageTitles().value(0), QStringLiteral("Customers"));
        QCOMPARE(child<QAction>(&window, "clearCacheAction")->text(), QStringLiteral("&Clear cache"));
    }

    void languageChoiceIsSavedAtOnce() {
        DatabaseWorker worker(*m_db);
        const auto page = std::make_unique<SettingsPage>(worker, m_profile);
        auto* combo = child<QComboBox>(page.get(), "languageCombo");
        QCOMPARE(combo->currentIndex(), 0); // nothing chosen: the system's language
        QCOMPARE(combo->currentData().toString(), QString());
        QVERIFY(!child<QLabel>(page.get(), "languageNoteLabel")->text().isEmpty());
        QSignalSpy status(page.get(), &SettingsPage::statusMessage);

        combo->setCurrentIndex(combo->findData(QStringLiteral("nl")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("nl"));
        QCOMPARE(Translations::savedLanguage(), QStringLiteral("nl"));
        QCOMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().contains(QLatin1String("next start")));
        // A page built later shows the choice.
        const auto again = std::make_unique<SettingsPage>(worker, m_profile);
        QCOMPARE(child<QComboBox>(again.get(), "languageCombo")->currentText(), QStringLiteral("Nederlands"));

        combo->setCurrentIndex(0);
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QCOMPARE(Translations::savedLanguage(), QString());
        // A value no release knows is the system's language.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        QCOMPARE(Translations::savedLanguage(), QString());
        QSettings().remove(QStringLiteral("ui/language"));
    }

    void langOption() {
        const QString gui = qEnvironmentVariable("LINKDESK_GUI");
        QVERIFY(QFile::exists(gui));
        QProcess app;
        app.start(gui, {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        const QString help = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(help.contains(QLatin1String("Die Sprache des Fensters")), qPrintable(help));

        app.start(gui, {QStringLiteral("--lang"), QStringLiteral("xx")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QLatin1String("\"xx\"")));
    }

    // English speaks in plurals: "1 order", "2 orders", never "order(s)".
    void englishPlurals() {
        QCOMPARE(Translations::install(*qApp, QLocale(QLocale::English)), QStringLiteral("en"));
        const auto orders = [](int n) {
            return QCoreApplication::translate("linkdesk::OrdersPage", "%n order(s)", nullptr, n);
        };
        QCOMPARE(orders(1), QStringLiteral("1 order"));
        QCOMPARE(orders(2), QStringLiteral("2 orders"));
        QCOMPARE(orders(0), QStringLiteral("0 orders"));
        QCOMPARE(
            QCoreApplication::translate(
                "OrderBatch", "%n order(s) had changed meanwhile and were left as they are: %1.", nullptr, 1)
                .arg(QStringLiteral("4110")),
            QStringLiteral("1 order had changed meanwhile and was left as it is: 4110."));
    }

    void everyMessageIsTranslated_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("atLeast"); // messages: English holds only those with a count
        QTest::newRow("de") << QStringLiteral("linkdesk_de.ts") << 400;
        QTest::newRow("nl") << QStringLiteral("linkdesk_nl.ts") << 400;
        QTest::newRow("en") << QStringLiteral("linkdesk_en.ts") << 20;
    }

    void everyMessageIsTranslated() {
        QFETCH(QString, file);
        QFETCH(int, atLeast);
        QString error;
        const QList<TsMessage> messages =
            readTs(QDir(QStringLiteral(LINKDESK_TRANSLATIONS_DIR)).filePath(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() >= atLeast);
        QStringList wrong;
        for (const TsMessage& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty())
                wrong << where + QStringLiteral(" is ") + m.type;
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                wrong << where + QStringLiteral(" has no translation");
            else if (m.numerus && m.translations.size() < 2)
                wrong << where + QStringLiteral(" needs a singular and a plural form");
            for (const QString& t : m.translations)
                if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                    wrong << where + QStringLiteral(" has other placeholders in \"") + t + QLatin1Char('"');
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages in %3 need work "
                                                            "(ninja update_translations, then translate):\n")
                                                 .arg(wrong.size())
                                                 .arg(messages.size())
                                                 .arg(file) +
                                             wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
