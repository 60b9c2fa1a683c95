#include "emailaddress.h"

#include <QLatin1StringView>

#include <array>

namespace linkdesk::EmailAddress {

namespace {
constexpr qsizetype kMaxAddress = 254; // RFC 5321 path limit less the angle brackets
constexpr qsizetype kMaxLocal = 64;

// Providers that deliver name+tag@domain to name@domain.
constexpr std::array kSubaddressDomains{
    "gmail.com", "outlook.com",  "hotmail.com", "live.com",       "icloud.com", "me.com",
    "mac.com",   "fastmail.com", "fastmail.fm", "protonmail.com", "proton.me",  "pm.me",
};

bool isInvisible(char16_t c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// Characters that never appear in an address outside quotes: a display name, a list, a comment.
bool isForbiddenInLocal(char16_t c) {
    switch (c) {
    case u'<':
    case u'>':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u',':
    case u';':
    case u':':
    case u'\\':
    case u'"':
        return true;
    default:
        return false;
    }
}

Error invalid(const QString& raw, const QString& why) {
    return fail(QStringLiteral("\"%1\" is not an e-mail address: %2.").arg(forDisplay(raw), why),
                ErrorKind::Invalid);
}

QString stripInvisible(const QString& raw) {
    bool any = false;
    for (QChar c : raw)
        if (isInvisible(c.unicode())) {
            any = true;
            break;
        }
    if (!any)
        return raw;
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw)
        if (!isInvisible(c.unicode()))
            out.append(c);
    return out;
}

bool validDomain(QStringView domain) {
    if (domain.size() > 253 || domain.startsWith(u'.') || domain.endsWith(u'.') || !domain.contains(u'.'))
        return false;
    QChar previous;
    for (QChar c : domain) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' ||
                        (u >= 0x80 && (c.isLetterOrNumber() || c.isMark()));
        if (!ok)
            return false;
        if (u == u'.' && (previous == u'.' || previous == u'-'))
            return false;
        if (u == u'-' && previous == u'.')
            return false;
        previous = c;
    }
    return true;
}
} // namespace

QString forDisplay(const QString& raw) {
    constexpr qsizetype kShown = 60;
    return raw.size() <= kShown ? raw : raw.left(kShown) + QChar(0x2026);
}

Result<QString> normalise(const QString& raw, EmailNormalisation rules) {
    QString address = stripInvisible(raw).trimmed();
    if (address.isEmpty())
        return fail(QStringLiteral("The email address is empty."), ErrorKind::Invalid);
    if (address.size() > kMaxAddress)
        return invalid(raw, QStringLiteral("longer than %1 characters").arg(kMaxAddress));

    bool ascii = true;
    for (QChar c : address) {
        if (c.unicode() >= 0x80)
            ascii = false;
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return invalid(raw, QStringLiteral("it contains a space or a control character"));
    }
    if (!ascii)
        address = address.normalized(QString::NormalizationForm_C);
    address = address.toLower();

    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return invalid(raw, QStringLiteral("it has no @"));
    if (at == 0)
        return invalid(raw, QStringLiteral("it has no name before the @"));
    QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    if (domain.isEmpty())
        return invalid(raw, QStringLiteral("it has no domain after the @"));
    if (local.contains(u'@'))
        return invalid(raw, QStringLiteral("it has more than one @"));
    if (local.size() > kMaxLocal)
        return invalid(raw,
                       QStringLiteral("the name before the @ is longer than %1 characters").arg(kMaxLocal));
    for (QChar c : local)
        if (isForbiddenInLocal(c.unicode()))
            return invalid(raw, QStringLiteral("it contains %1").arg(c));
    if (!validDomain(domain))
        return invalid(raw, QStringLiteral("\"%1\" is not a domain").arg(domain.toString()));

    if (rules != EmailNormalisation::ProviderRules)
        return address;

    QString domainText = domain.toString();
    const bool gmail =
        domainText == QLatin1String("gmail.com") || domainText == QLatin1String("googlemail.com");
    if (gmail)
        domainText = QStringLiteral("gmail.com");
    bool subaddressing = false;
    for (const char* d : kSubaddressDomains)
        if (domainText == QLatin1StringView(d))
            subaddressing = true;
    QString name = local.toString();
    if (subaddressing) {
        const qsizetype plus = name.indexOf(u'+');
        if (plus > 0)
            name.truncate(plus);
    }
    if (gmail) {
        QString undotted = name;
        undotted.remove(u'.');
        if (!undotted.isEmpty())
            name = undotted;
    }
    return name + QLatin1Char('@') + domainText;
}

} // namespace linkdesk::EmailAddress
