// linkdesk: the admin window.
#include "config/profile.h"
#include "customers/customerspage.h"
#include "customers/customertablemodel.h"
#include "mainwindow.h"
#include "store/database.h"
#include "util/logfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
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
    if (const auto log = linkdesk::LogFile::install(); !log)
        std::fprintf(stderr, "linkdesk: %s\n", qUtf8Printable(log.message()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Links webshop customers and orders to the ERP."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("config"), QObject::tr("The profile (INI) to use; default: the user's own."),
         QStringLiteral("FILE")},
        {QStringLiteral("screenshot"), QObject::tr("Render the window to a PNG file and exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("page"), QObject::tr("Open this page first (its title, e.g. Import)."),
         QStringLiteral("TITLE")},
    });
    parser.process(app);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    const bool interactive =
        screenshot.isEmpty() && QGuiApplication::platformName() != QLatin1String("offscreen");

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
    if (parser.isSet(QStringLiteral("page")) && !window.showPage(parser.value(QStringLiteral("page"))))
        return reportFatal(
            QObject::tr("There is no page \"%1\"; the pages are: %2.")
                .arg(parser.value(QStringLiteral("page")), window.pageTitles().join(QStringLiteral(", "))),
            interactive);
    if (!screenshot.isEmpty()) {
        window.resize(1280, 800);
        window.show();
        QDeadlineTimer deadline(10000); // pages load on worker threads: shoot what they show when done
        do
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        while (window.isBusy() && !deadline.hasExpired());
        QApplication::processEvents();
        if (!window.grab().save(screenshot, "PNG"))
            return reportFatal(QObject::tr("Cannot write the screenshot %1.").arg(screenshot), false);
        return 0;
    }
    window.connectErp(*profile);
    window.show();
    return QApplication::exec();
}
