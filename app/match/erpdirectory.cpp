#include "erpdirectory.h"

namespace linkdesk {

QString CustomerSearch::key() const
{
    QStringList parts{email};
    for (const QString& field : matchFields) {
        if (field == QLatin1String("currency_code"))
            parts << QStringLiteral("currency=") + currencyCode.toUpper();
        else if (field == QLatin1String("country"))
            parts << QStringLiteral("country=") + country.toUpper();
        else if (field == QLatin1String("company"))
            parts << QStringLiteral("company=") + company.trimmed().toLower();
        else if (field == QLatin1String("vat_number"))
            parts << QStringLiteral("vat=") + vatNumber.trimmed().toUpper();
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace linkdesk
