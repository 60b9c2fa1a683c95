#include "orderfileformat.h"
#include "util/names.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace linkdesk {

namespace {
struct FieldSpec {
    const char* key;
    const char* meaning;
};
// In the order of ColumnMapping::Field.
constexpr FieldSpec kFields[ColumnMapping::FieldCount] = {
    {"number", "the order number; rows with the same number form one order (required)"},
    {"order_id", "the shop's own id of the order (default: the number)"},
    {"status", "the order's status in the shop"},
    {"date", "when the order was placed (default: the file's time)"},
    {"currency", "the currency code, like EUR (required, or default_currency=)"},
    {"customer_id", "the shop's customer id; empty or 0 is a guest, known by e-mail"},
    {"email", "the customer's e-mail address"},
    {"first_name", "the customer's first name"},
    {"last_name", "the customer's last name"},
    {"customer_name", "the customer's full name, for files without first and last names"},
    {"company", "the customer's company"},
    {"country", "the billing country code, like DE"},
    {"phone", "the customer's phone number"},
    {"vat_number", "the customer's VAT number"},
    {"shipping", "the order's shipping charge, like 4.95 (sent as a line where shipping_line_type says)"},
    {"sku", "the product's SKU (sku or product_id is required)"},
    {"product_id", "the shop's product id"},
    {"variation_id", "the shop's variation id"},
    {"product_name", "the product's name, shown when a line cannot be matched"},
    {"quantity", "how many (required)"},
    {"price", "the price of one unit (required)"},
    {"total", "the line's total"},
};
const QString kDelimiter = QStringLiteral("delimiter");
const QString kDecimal = QStringLiteral("decimal");
const QString kDateFormat = QStringLiteral("date_format");
const QString kDefaultCurrency = QStringLiteral("default_currency");

QString delimiterText(QChar c) {
    return c == QLatin1Char('\t') ? QStringLiteral("tab") : QString(c);
}
} // namespace

QString ColumnMapping::key(Field field) {
    return field >= 0 && field < FieldCount ? QString::fromLatin1(kFields[field].key) : QString();
}

std::optional<ColumnMapping::Field> ColumnMapping::fieldOfKey(const QString& key) {
    for (int f = 0; f < FieldCount; ++f)
        if (key.compare(QLatin1String(kFields[f].key), Qt::CaseInsensitive) == 0)
            return Field(f);
    return std::nullopt;
}

QStringList ColumnMapping::keys() {
    QStringList out;
    for (const FieldSpec& f : kFields)
        out << QString::fromLatin1(f.key);
    return out;
}

QString ColumnMapping::meaning(Field field) {
    return field >= 0 && field < FieldCount ? QString::fromLatin1(kFields[field].meaning) : QString();
}

Result<ColumnMapping> ColumnMapping::fromSection(const QList<std::pair<QString, QString>>& entries,
                                                 const QString& section) {
    ColumnMapping m;
    QStringList seen;
    auto bad = [&section](const QString& why) {
        return fail(section + QStringLiteral(": ") + why, ErrorKind::Configuration);
    };
    for (const auto& [rawKey, rawValue] : entries) {
        const QString key = rawKey.trimmed().toLower();
        const QString value = rawValue.trimmed();
        if (seen.contains(key))
            return bad(QStringLiteral("%1= is given twice.").arg(key));
        seen << key;
        if (key == kDelimiter) {
            if (value.isEmpty())
                continue; // detected from each file's header
            if (value == QLatin1String(",") || value == QLatin1String(";"))
                m.delimiter = value.at(0);
            else if (value.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 ||
                     value == QLatin1String("\\t"))
                m.delimiter = QLatin1Char('\t');
            else
                return bad(
                    QStringLiteral("delimiter=%1 is not one of , ; or tab (leave it out to detect it).")
                        .arg(value));
        } else if (key == kDecimal) {
            if (value != QLatin1String(".") && value != QLatin1String(","))
                return bad(QStringLiteral("decimal=%1 is not . or ,").arg(value));
            m.decimalPoint = value.at(0);
        } else if (key == kDateFormat) {
            if (value.isEmpty())
                return bad(QStringLiteral("date_format= is empty (like dd.MM.yyyy HH:mm, or leave it out "
                                          "for ISO 8601 dates)."));
            m.dateFormat = value;
        } else if (key == kDefaultCurrency) {
            static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
            if (!code.match(value).hasMatch())
                return bad(QStringLiteral("default_currency=%1 is not a currency code like EUR.").arg(value));
            m.defaultCurrency = value.toUpper();
        } else if (const auto field = fieldOfKey(key)) {
            if (value.isEmpty())
                return bad(
                    QStringLiteral("%1= is empty: give the title of the file's column, or leave the key "
                                   "out.")
                        .arg(key));
            m.columns[*field] = value;
        } else {
            return bad(QStringLiteral("unknown key \"%1\". The order fields are %2; the other keys are "
                                      "delimiter, decimal, date_format and default_currency.")
                           .arg(rawKey.trimmed(), keys().join(QStringLiteral(", "))));
        }
    }
    for (Field required : {Number, Quantity, Price})
        if (m.columns[required].isEmpty())
            return bad(QStringLiteral("%1= is missing: it names the column with %2.")
                           .arg(key(required), meaning(required)));
    if (m.columns[Sku].isEmpty() && m.columns[ProductId].isEmpty())
        return bad(QStringLiteral("sku= or product_id= is missing: one of them names the column that says "
                                  "which product a line is."));
    if (m.columns[Currency].isEmpty() && m.defaultCurrency.isEmpty())
        return bad(QStringLiteral("currency= is missing: name the currency column, or set default_currency= "
                                  "(like EUR) when the file has none."));
    return m;
}

QList<std::pair<QString, QString>> ColumnMapping::toSection() const {
    QList<std::pair<QString, QString>> out;
    for (int f = 0; f < FieldCount; ++f)
        if (!columns[f].isEmpty())
            out.append({key(Field(f)), columns[f]});
    if (!delimiter.isNull())
        out.append({kDelimiter, delimiterText(delimiter)});
    if (decimalPoint != QLatin1Char('.'))
        out.append({kDecimal, QString(decimalPoint)});
    if (!dateFormat.isEmpty())
        out.append({kDateFormat, dateFormat});
    if (!defaultCurrency.isEmpty())
        out.append({kDefaultCurrency, defaultCurrency});
    return out;
}

QString ColumnMapping::describe() const {
    QStringList parts;
    for (const auto& [key, value] : toSection())
        parts << QStringLiteral("%1=%2").arg(key, value);
    return parts.join(QStringLiteral(", "));
}

namespace {
constexpr NameTable<4> kKindNames{"linkdesk", "woocommerce-json", "shopify", "columns"};
static_assert(kKindNames.size() == std::size_t(OrderFileFormat::Kind::Columns) + 1);
} // namespace

QString OrderFileFormat::name(Kind kind) {
    return nameIn(kKindNames, kind);
}

std::optional<OrderFileFormat::Kind> OrderFileFormat::kindOfName(const QString& name) {
    return valueIn<Kind>(kKindNames, name.trimmed().toLower());
}

QStringList OrderFileFormat::names() {
    QStringList all;
    for (const auto& entry : kKindNames)
        all << QString::fromLatin1(entry);
    return all;
}

QString OrderFileFormat::title() const {
    switch (kind) {
    case Kind::Linkdesk:
        return QStringLiteral("Linkdesk CSV columns");
    case Kind::WooCommerceJson:
        return QStringLiteral("WooCommerce JSON");
    case Kind::Shopify:
        return QStringLiteral("Shopify order export");
    case Kind::Columns:
        return QStringLiteral("CSV by column mapping");
    }
    return {};
}

QStringList OrderFileFormat::suffixes() const {
    switch (kind) {
    case Kind::Linkdesk:
        return {QStringLiteral("csv"), QStringLiteral("json")};
    case Kind::WooCommerceJson:
        return {QStringLiteral("json")};
    case Kind::Shopify:
        return {QStringLiteral("csv")};
    case Kind::Columns:
        return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")};
    }
    return {};
}

QString OrderFileFormat::fingerprint() const {
    if (kind != Kind::Columns)
        return name();
    QByteArray text;
    for (const auto& [key, value] : columns.toSection())
        text += key.toUtf8() + '=' + value.toUtf8() + '\n';
    return name() + QLatin1Char(':') +
           QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace linkdesk
