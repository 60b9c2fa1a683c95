#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace linkdesk::shop {

// Limits and checks shared by the order parsers. Every check names the field; the parsers add the order.
namespace limits {
constexpr qsizetype kMaxText = 1000;        // a name, a company, an address line
constexpr qsizetype kMaxCode = 100;         // an order number, a SKU, a status, a country code
constexpr qsizetype kMaxEmail = 320;        // RFC 5321
constexpr int kMaxLines = 1000;             // lines of one order
constexpr qint64 kMaxId = 9007199254740991; // 2^53 - 1: exact in a JSON number
constexpr double kMaxQuantity = 1e9;
constexpr qsizetype kMaxDecimalDigits = 15; // digits of a price before the point
} // namespace limits

// "a string", "a number", "an object", ... for messages.
QString jsonTypeName(const QJsonValue& value);

// A decimal number as text ("12.5", "-3", "0.000"), or an empty optional when it is not one.
// Accepts an optional sign, digits, an optional point and up to 8 decimals; no exponent.
std::optional<QString> normaliseDecimal(const QString& text);
// A JSON number as decimal text without exponent ("12.5" for 12.5, "10" for 10.0).
QString decimalText(double value);

// Reads typed fields of one JSON object; the first problem is kept as `error` with the field's path.
//   FieldReader r(order, QString());
//   const qint64 id = r.integer("id", Required, 1);
//   if (!r.ok()) ... r.error() == "id is missing"
class FieldReader {
public:
    enum Need { Required, Optional };

    FieldReader(const QJsonObject& object, QString path)
        : m_object(object)
        , m_path(std::move(path)) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void setError(const QString& field, const QString& problem);
    QString fieldPath(const QString& field) const;

    // A string (null or missing gives "" when Optional), at most maxLength characters.
    QString string(const char* field, Need need, qsizetype maxLength);
    // A whole JSON number in [minimum, kMaxId] (missing gives `fallback` when Optional).
    qint64 integer(const char* field, Need need, qint64 minimum, qint64 fallback = 0);
    // A JSON number or a decimal string, as decimal text (missing or null gives "" when Optional).
    QString decimal(const char* field, Need need, bool allowNegative);
    // A positive quantity (a JSON number, or a decimal string), at most kMaxQuantity.
    double quantity(const char* field);
    QJsonObject object(const char* field, Need need);

private:
    // The value, or nullopt with the error set (or not, when Optional and missing/null).
    std::optional<QJsonValue> value(const char* field, Need need);

    const QJsonObject& m_object;
    QString m_path;
    QString m_error;
};

} // namespace linkdesk::shop
