// linkdesk: the admin window.
#include "config/profile.h"
#include "mainwindow.h"
#include "store/database.h"
#include "ui/common/focusframestyle.h"
#include "ui/common/translations.h"
#include "ui/dialogshots.h"
#include "util/logfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
int reportFatal(const QString& message, bool interactive) {
    if (interactive)
        QMessageBox::critical(nullptr, QObject::tr("Linkdesk"), message);
    std::fprintf(stderr, "linkdesk: %s\n", qUtf8Printable(message));
    return 1;
}

// The hicolor PNGs compiled in, for when the icon theme has no org.linkdesk.Linkdesk.
QIcon bundledIcon() {
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/org.linkdesk.Linkdesk.png").arg(size),
                     QSize(size, size));
    return icon;
}
} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Linkdesk"));
    QApplication::setApplicationName(QStringLiteral("linkdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Linkdesk"));
    QApplication::setApplicationVersion(QStringLiteral(LINKDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.linkdesk.Linkdesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.linkdesk.Linkdesk"), bundledIcon()));
    QApplication::setStyle(
        new linkdesk::FocusFrameStyle(QStyleFactory::create(QApplication::style()->name())));
    if (const auto log = linkdesk::LogFile::install(); !log)
        std::fprintf(stderr, "linkdesk: %s\n", qUtf8Printable(log.message()));

    // The language first, so that --help and every text after it speak it: --lang, else the user's
    // choice on the Settings page, else the system's. This first look knows only --lang; the full
    // parse below reports any mistake, an unknown language too.
    QCommandLineParser languageParser;
    languageParser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("CODE")});
    languageParser.parse(QCoreApplication::arguments());
    const QString lang = languageParser.value(QStringLiteral("lang"));
    const QString chosen =
        languageParser.isSet(QStringLiteral("lang")) ? lang : linkdesk::Translations::savedLanguage();
    linkdesk::Translations::install(app, linkdesk::Translations::isAvailable(chosen) ? QLocale(chosen)
                                                                                     : QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Links webshop customers and orders to the ERP."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("lang"),
         QObject::tr("The language of the window (en, de, nl); default: the one chosen in Settings, else the "
                     "system's."),
         QStringLiteral("CODE")},
        {QStringLiteral("config"), QObject::tr("The profile (INI) to use; default: the user's own."),
         QStringLiteral("FILE")},
        {QStringLiteral("screenshot"), QObject::tr("Render the window to a PNG file and exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("page"), QObject::tr("Open this page first (its title, e.g. Import)."),
         QStringLiteral("TITLE")},
        {QStringLiteral("size"), QObject::tr("With --screenshot: the window's size; default 1280x800."),
         QStringLiteral("WxH")},
        {QStringLiteral("dialog"),
         QObject::tr("With --screenshot: render this dialog instead of the window: %1.")
             .arg(linkdesk::DialogShots::describe()),
         QStringLiteral("NAME")},
    });
    parser.process(app);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    const bool interactive =
        screenshot.isEmpty() && QGuiApplication::platformName() != QLatin1String("offscreen");
    if (!lang.isEmpty() && !linkdesk::Translations::isAvailable(lang)) {
        QStringList codes;
        for (const linkdesk::Translations::Language& language : linkdesk::Translations::languages())
            codes << language.code;
        return reportFatal(QObject::tr("There is no language \"%1\"; the languages are: %2.")
                               .arg(lang, codes.join(QStringLiteral(", "))),
                           interactive);
    }

    // A screenshot shows the window as it first opens, not as this user arranged it.
    QTemporaryDir screenshotSettings;
    if (!screenshot.isEmpty())
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, screenshotSettings.path());

    const QString configPath = parser.value(QStringLiteral("config"));
    auto profile =
        configPath.isEmpty() ? linkdesk::Profile::loadDefault() : linkdesk::Profile::load(configPath);
    if (!profile)
        return reportFatal(profile.message(), interactive);
    auto db = linkdesk::Database::open(profile->databaseUrl);
    if (!db)
        return reportFatal(db.message(), interactive);

    linkdesk::MainWindow window(**db, *profile);
    if (!parser.isSet(QStringLiteral("page")))
        window.openWhereWorkIs();
    else if (!window.showPage(parser.value(QStringLiteral("page"))))
        return reportFatal(
            QObject::tr("There is no page \"%1\"; the pages are: %2.")
                .arg(parser.value(QStringLiteral("page")), window.pageTitles().join(QStringLiteral(", "))),
            interactive);
    if (!screenshot.isEmpty()) {
        QSize size(1280, 800);
        if (parser.isSet(QStringLiteral("size"))) {
            const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
            if (wh.size() != 2 || size.width() < 320 || size.height() < 240)
                return reportFatal(QObject::tr("--size takes the width and height in pixels, like 1024x700."),
                                   false);
        }
        window.resize(size);
        window.show();
        QDeadlineTimer deadline(10000); // pages load on worker threads: shoot what they show when done
        do
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        while (window.isBusy() && !deadline.hasExpired());
        QWidget* shot = &window;
        if (const QString dialog = parser.value(QStringLiteral("dialog")); !dialog.isEmpty()) {
            QString why;
            shot = linkdesk::DialogShots::open(dialog, window, *profile, &why);
            if (!shot)
                return reportFatal(why, false);
        }
        QApplication::processEvents();
        if (!shot->grab().save(screenshot, "PNG"))
            return reportFatal(QObject::tr("Cannot write the screenshot %1.").arg(screenshot), false);
        return 0;
    }
    window.connectErp(*profile);
    window.show();
    return QApplication::exec();
}
