#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace linkdesk {

// The languages the window speaks: English, the language of the source, and the ones
// translations/linkdesk_<code>.ts translate it into, compiled in under :/i18n. A language is a
// lowercase ISO 639 code ("de"). Which one is used: `linkdesk --lang CODE`, else the user's choice
// on the Settings page (QSettings key ui/language, empty for the system's language), else the
// system's. Number and date formats always follow the system locale.
class Translations final {
public:
    struct Language {
        QString code;
        QString nativeName; // the language named in itself: "Deutsch"; never translated
    };

    // English first, then the translations.
    static QList<Language> languages();
    static bool isAvailable(const QString& code);

    // The user's choice: empty (follow the system) or an available code.
    static QString savedLanguage();
    static void saveLanguage(const QString& code);

    // The language for this locale: the first of its UI languages that Linkdesk speaks (so
    // LANGUAGE=fr:nl gives Dutch), English when none.
    static QString languageFor(const QLocale& locale);

    // Installs the translations for locale's language on app: Qt's own (qtbase_<code>.qm from
    // QLibraryInfo::TranslationsPath, when the qt6-translations-l10n package is there) and
    // Linkdesk's; removes those installed by an earlier call. Returns the language installed;
    // for "en" only the plural forms of English ("%n order(s)" as "1 order", "2 orders"). Call it
    // before any widget is built: texts are translated when set.
    static QString install(QCoreApplication& app, const QLocale& locale);

    Translations() = delete;
};

} // namespace linkdesk
