#include "orderfields.h"

#include <QRegularExpression>

#include <cmath>

namespace linkdesk::shop {

QString jsonTypeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

std::optional<QString> normaliseDecimal(const QString& text) {
    static const QRegularExpression decimal(
        QStringLiteral("^([+-]?)(\\d{1,%1})(?:\\.(\\d{0,8}))?$").arg(limits::kMaxDecimalDigits));
    const QString trimmed = text.trimmed();
    if (trimmed.size() > 40)
        return std::nullopt;
    const auto m = decimal.match(trimmed);
    if (!m.hasMatch())
        return std::nullopt;
    QString out = m.captured(1) == QLatin1String("-") ? QStringLiteral("-") : QString();
    out += m.captured(2);
    if (!m.captured(3).isEmpty())
        out += QLatin1Char('.') + m.captured(3);
    return out;
}

QString decimalText(double value) {
    QString text = QString::number(value, 'f', 8);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

QString FieldReader::fieldPath(const QString& field) const {
    return m_path.isEmpty() ? field : m_path + QLatin1Char('.') + field;
}

void FieldReader::setError(const QString& field, const QString& problem) {
    if (m_error.isEmpty())
        m_error = fieldPath(field) + QLatin1Char(' ') + problem;
}

std::optional<QJsonValue> FieldReader::value(const char* field, Need need) {
    if (!ok())
        return std::nullopt;
    const QString name = QLatin1String(field);
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            setError(name, v.isNull() ? QStringLiteral("is null") : QStringLiteral("is missing"));
        return std::nullopt;
    }
    return v;
}

QString FieldReader::string(const char* field, Need need, qsizetype maxLength) {
    const auto v = value(field, need);
    if (!v)
        return {};
    const QString name = QLatin1String(field);
    if (!v->isString()) {
        setError(name, QStringLiteral("must be a string, not %1").arg(jsonTypeName(*v)));
        return {};
    }
    const QString text = v->toString();
    if (text.size() > maxLength) {
        setError(name, QStringLiteral("is %1 characters long (at most %2)").arg(text.size()).arg(maxLength));
        return {};
    }
    return text;
}

qint64 FieldReader::integer(const char* field, Need need, qint64 minimum, qint64 fallback) {
    const auto v = value(field, need);
    if (!v)
        return fallback;
    const QString name = QLatin1String(field);
    if (!v->isDouble()) {
        setError(name, QStringLiteral("must be a whole number, not %1").arg(jsonTypeName(*v)));
        return fallback;
    }
    const double d = v->toDouble();
    if (!std::isfinite(d) || std::floor(d) != d) {
        setError(name, QStringLiteral("must be a whole number (got %1)").arg(d));
        return fallback;
    }
    if (d < double(minimum) || d > double(limits::kMaxId)) {
        setError(name, QStringLiteral("is out of range (got %1, expected %2 to %3)")
                           .arg(decimalText(d))
                           .arg(minimum)
                           .arg(limits::kMaxId));
        return fallback;
    }
    return qint64(d);
}

QString FieldReader::decimal(const char* field, Need need, bool allowNegative) {
    const auto v = value(field, need);
    if (!v)
        return {};
    const QString name = QLatin1String(field);
    QString text;
    if (v->isDouble()) {
        const double d = v->toDouble();
        if (!std::isfinite(d) || std::abs(d) >= 1e15) {
            setError(name, QStringLiteral("is out of range (got %1)").arg(d));
            return {};
        }
        text = decimalText(d);
    } else if (v->isString()) {
        const QString raw = v->toString();
        const auto normalised = normaliseDecimal(raw);
        if (!normalised) {
            setError(name, QStringLiteral("must be a decimal number (got \"%1\")").arg(raw.left(40)));
            return {};
        }
        text = *normalised;
    } else {
        setError(name, QStringLiteral("must be a number, not %1").arg(jsonTypeName(*v)));
        return {};
    }
    if (!allowNegative && text.startsWith(QLatin1Char('-'))) {
        setError(name, QStringLiteral("must not be negative (got %1)").arg(text));
        return {};
    }
    return text;
}

double FieldReader::quantity(const char* field) {
    const QString text = decimal(field, Required, true);
    if (!ok())
        return 0;
    const double q = text.toDouble();
    const QString name = QLatin1String(field);
    if (q < 0)
        setError(name, QStringLiteral("must not be negative (got %1)").arg(text));
    else if (q == 0)
        setError(name, QStringLiteral("must be more than 0"));
    else if (q > limits::kMaxQuantity)
        setError(name, QStringLiteral("is absurdly large (got %1)").arg(text));
    return ok() ? q : 0;
}

QJsonObject FieldReader::object(const char* field, Need need) {
    const auto v = value(field, need);
    if (!v)
        return {};
    if (!v->isObject()) {
        setError(QLatin1String(field), QStringLiteral("must be an object, not %1").arg(jsonTypeName(*v)));
        return {};
    }
    return v->toObject();
}

} // namespace linkdesk::shop
