#include "erpdirectory.h"

#include "emailaddress.h"

namespace linkdesk {

namespace {
enum class Field { Currency, Country, Company, Vat, Unknown };

Field fieldOf(const QString& name) {
    if (name == QLatin1String("currency_code"))
        return Field::Currency;
    if (name == QLatin1String("country"))
        return Field::Country;
    if (name == QLatin1String("company"))
        return Field::Company;
    if (name == QLatin1String("vat_number"))
        return Field::Vat;
    return Field::Unknown;
}

QString code(const QString& v) {
    return v.trimmed().toUpper();
}
QString companyKey(const QString& v) {
    return v.trimmed().toLower();
}
QString vat(const QString& v) {
    QString s = v.trimmed().toUpper();
    s.remove(QLatin1Char(' '));
    return s;
}
} // namespace

QString CustomerSearch::fieldKey() const {
    QStringList parts;
    for (const QString& field : matchFields) {
        switch (fieldOf(field)) {
        case Field::Currency:
            parts << QStringLiteral("currency=") + code(currencyCode);
            break;
        case Field::Country:
            parts << QStringLiteral("country=") + code(country);
            break;
        case Field::Company:
            parts << QStringLiteral("company=") + companyKey(this->company);
            break;
        case Field::Vat:
            parts << QStringLiteral("vat=") + vat(vatNumber);
            break;
        case Field::Unknown:
            break;
        }
    }
    return parts.join(QLatin1Char('|'));
}

QString CustomerSearch::key() const {
    QStringList parts{email};
    if (const QString fields = fieldKey(); !fields.isEmpty())
        parts << fields;
    if (normalisation == EmailNormalisation::ProviderRules)
        parts << QStringLiteral("rules=provider");
    return parts.join(QLatin1Char('|'));
}

QString CustomerSearch::describe() const {
    const QString fields = describeFields();
    return fields.isEmpty() ? email : email + QStringLiteral(" with ") + fields;
}

QString CustomerSearch::describeFields() const {
    QStringList parts;
    const auto shown = [](const QString& v) {
        return v.trimmed().isEmpty() ? QStringLiteral("(none)") : v.trimmed();
    };
    for (const QString& field : matchFields) {
        switch (fieldOf(field)) {
        case Field::Currency:
            parts << QStringLiteral("currency ") + shown(currencyCode);
            break;
        case Field::Country:
            parts << QStringLiteral("country ") + shown(country);
            break;
        case Field::Company:
            parts << QStringLiteral("company ") + shown(company);
            break;
        case Field::Vat:
            parts << QStringLiteral("VAT no. ") + shown(vatNumber);
            break;
        case Field::Unknown:
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

bool CustomerSearch::fieldsMatch(const ErpCustomer& c) const {
    for (const QString& field : matchFields) {
        switch (fieldOf(field)) {
        case Field::Currency:
            if (code(c.currencyCode) != code(currencyCode))
                return false;
            break;
        case Field::Country:
            if (code(c.country) != code(country))
                return false;
            break;
        case Field::Company:
            if (companyKey(c.company) != companyKey(this->company))
                return false;
            break;
        case Field::Vat:
            if (vat(c.vatNumber) != vat(vatNumber))
                return false;
            break;
        case Field::Unknown:
            break;
        }
    }
    return true;
}

bool CustomerSearch::matches(const ErpCustomer& c) const {
    const auto normalised = EmailAddress::normalise(c.email, normalisation);
    return normalised.ok() && normalised.value() == email && fieldsMatch(c);
}

QString MissingLookup::key() const {
    switch (kind) {
    case Kind::CustomersByEmail:
        return QStringLiteral("email:") + search.key();
    case Kind::Customer:
        return QStringLiteral("customer:") + number;
    case Kind::Item:
        return QStringLiteral("item:") + number;
    }
    return {};
}

} // namespace linkdesk
