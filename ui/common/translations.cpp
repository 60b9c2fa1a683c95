#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace linkdesk {
namespace {

Q_LOGGING_CATEGORY(lcI18n, "linkdesk.i18n")

const QString LanguageKey = QStringLiteral("ui/language");
// The translators install() made, found again by this name to be replaced.
const QString TranslatorName = QStringLiteral("linkdeskTranslator");

bool loadInto(QCoreApplication& app, const QString& file, const QString& directory) {
    auto* translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    if (!translator->load(file, directory) || !QCoreApplication::installTranslator(translator)) {
        translator->deleteLater();
        return false;
    }
    return true;
}

} // namespace

QList<Translations::Language> Translations::languages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("nl"), QStringLiteral("Nederlands")}};
}

bool Translations::isAvailable(const QString& code) {
    const QList<Language> all = languages();
    return std::any_of(all.cbegin(), all.cend(), [&code](const Language& l) { return l.code == code; });
}

QString Translations::savedLanguage() {
    const QString code = QSettings().value(LanguageKey).toString();
    return isAvailable(code) ? code : QString();
}

void Translations::saveLanguage(const QString& code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

QString Translations::languageFor(const QLocale& locale) {
    for (const QString& tag : locale.uiLanguages()) {
        // "de-CH", "nl_BE", "de": the language is what comes before the region.
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::install(QCoreApplication& app, const QLocale& locale) {
    const auto previous = app.findChildren<QTranslator*>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        translator->deleteLater();
    }
    const QString code = languageFor(locale);
    if (code == QLatin1String("en")) {
        // English is the source; only its plural forms ("1 order", "2 orders") come from a file.
        if (!loadInto(app, QStringLiteral("linkdesk_en"), QStringLiteral(":/i18n")))
            qCWarning(lcI18n, "The English plural forms linkdesk_en.qm are not compiled in.");
        return code;
    }
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!loadInto(app, QStringLiteral("qtbase_") + code, qtDirectory))
        qCInfo(lcI18n, "No Qt translation qtbase_%s.qm in %s; Qt's own dialogs stay in English.",
               qPrintable(code), qPrintable(qtDirectory));
    if (!loadInto(app, QStringLiteral("linkdesk_") + code, QStringLiteral(":/i18n")))
        qCWarning(lcI18n, "The translation linkdesk_%s.qm is not compiled in.", qPrintable(code));
    return code;
}

} // namespace linkdesk
