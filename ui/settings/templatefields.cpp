#include "templatefields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace linkdesk {

namespace {

const char* const Context = "linkdesk::TemplateField";

QString translated(const char* text) {
    return QCoreApplication::translate(Context, text);
}

// A JSON value as JSON text: "Web" with its quotes, 14, true, {"a": 1}.
QString jsonText(const QJsonValue& value) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

Result<QJsonValue> parseJson(const QString& text) {
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return fail(translated(QT_TRANSLATE_NOOP(
            "linkdesk::TemplateField", "Not a value the template can store: write text in quotes "
                                       "(\"Web\"), a number, true or false, or an object in braces.")));
    return doc.array().first();
}

} // namespace

QString TemplateField::labelText() const {
    return label ? translated(label) : key;
}

QString TemplateField::helpText() const {
    return help ? translated(help)
                : translated(
                      QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                                        "A field the ERP's customer gets as it is written here, in JSON."));
}

Result<QJsonValue> TemplateField::parse(const QString& typed) const {
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    switch (kind) {
    case Kind::Text:
        return QJsonValue(text);
    case Kind::Code:
        if (maxLength > 0 && text.size() > maxLength)
            return fail(translated(QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                                                     "At most %1 characters; this has %2."))
                            .arg(maxLength)
                            .arg(text.size()));
        return QJsonValue(text);
    case Kind::Id:
        if (QUuid::fromString(text).isNull())
            return fail(translated(
                QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                                  "Not an ID: the ERP names the record by an ID of 36 characters "
                                  "such as 4f3a0c1e-2b6d-4e8f-9a7b-1c2d3e4f5a6b, not by its code.")));
        return QJsonValue(text);
    case Kind::Amount: {
        bool ok = false;
        const double amount = QLocale::c().toDouble(text, &ok);
        if (!ok || amount < 0)
            return fail(translated(QT_TRANSLATE_NOOP(
                "linkdesk::TemplateField", "A number of 0 or more, with a point for decimals (2500 or "
                                           "2500.50).")));
        if (amount == double(qint64(amount)))
            return QJsonValue(qint64(amount));
        return QJsonValue(amount);
    }
    case Kind::YesNo:
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return QJsonValue(text == QLatin1String("true"));
        return fail(translated(QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Choose yes or no.")));
    case Kind::Choice:
        if (choices.contains(text))
            return QJsonValue(text);
        return fail(translated(QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Choose one of: %1."))
                        .arg(choices.join(QStringLiteral(", "))));
    case Kind::Object: {
        const Result<QJsonValue> value = parseJson(text);
        if (!value || !value->isObject())
            return fail(translated(QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                                                     "Write the fields as a JSON object in braces, such as "
                                                     "{\"JobTitle\": \"Buyer\"}.")));
        return value;
    }
    case Kind::Json:
        return parseJson(text);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString TemplateField::text(const QJsonValue& value) const {
    if (value.isUndefined() || value.isNull())
        return {};
    switch (kind) {
    case Kind::Text:
    case Kind::Code:
    case Kind::Id:
    case Kind::Choice:
        return value.isString() ? value.toString() : jsonText(value);
    case Kind::Amount:
        return value.isDouble() ? QLocale::c().toString(value.toDouble(), 'g', 15)
                                : value.toVariant().toString();
    case Kind::YesNo:
    case Kind::Object:
    case Kind::Json:
        return jsonText(value);
    }
    return {};
}

QList<TemplateField> templateFields(const QString& erpType) {
    using Kind = TemplateField::Kind;
    if (erpType.compare(QLatin1String("tharstern"), Qt::CaseInsensitive) == 0)
        return {
            {QStringLiteral("CustomerType"),
             Kind::Text,
             QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Customer type"),
             QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                               "The Tharstern customer type, such as Web or Trade."),
             {},
             0},
            {QStringLiteral("Contact"),
             Kind::Object,
             QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Contact defaults"),
             QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                               "Fields of the contact created with the customer, as a JSON object; its name, "
                               "e-mail and phone come from the order."),
             {},
             0},
            {QStringLiteral("Address"),
             Kind::Object,
             QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Address defaults"),
             QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                               "Fields of the address created with the customer, as a JSON object; its name, "
                               "country, e-mail and phone come from the order."),
             {},
             0},
        };
    if (erpType.compare(QLatin1String("businesscentral"), Qt::CaseInsensitive) != 0)
        return {};
    return {
        {QStringLiteral("type"),
         Kind::Choice,
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Type"),
         QT_TRANSLATE_NOOP(
             "linkdesk::TemplateField",
             "Company or Person. Empty: a Company when the order names a company, else a Person."),
         {QStringLiteral("Company"), QStringLiteral("Person")},
         0},
        {QStringLiteral("taxLiable"),
         Kind::YesNo,
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Tax liable"),
         QT_TRANSLATE_NOOP(
             "linkdesk::TemplateField",
             "Whether sales tax is calculated for the customer. Empty: Business Central's default."),
         {},
         0},
        {QStringLiteral("taxAreaId"),
         Kind::Id,
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Tax area ID"),
         QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                           "The ID of a tax area in Business Central (its API lists them under taxAreas)."),
         {},
         0},
        {QStringLiteral("paymentTermsId"),
         Kind::Id,
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Payment terms ID"),
         QT_TRANSLATE_NOOP(
             "linkdesk::TemplateField",
             "The ID of payment terms in Business Central (its API lists them under paymentTerms)."),
         {},
         0},
        {QStringLiteral("paymentMethodId"),
         Kind::Id,
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Payment method ID"),
         QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                           "The ID of a payment method in Business Central (its API lists them under "
                           "paymentMethods)."),
         {},
         0},
        {QStringLiteral("shipmentMethodId"),
         Kind::Id,
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Shipment method ID"),
         QT_TRANSLATE_NOOP("linkdesk::TemplateField",
                           "The ID of a shipment method in Business Central (its API lists them under "
                           "shipmentMethods)."),
         {},
         0},
        {QStringLiteral("salespersonCode"),
         Kind::Code,
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Salesperson code"),
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "The code of a salesperson in Business Central."),
         {},
         20},
        {QStringLiteral("creditLimit"),
         Kind::Amount,
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "Credit limit"),
         QT_TRANSLATE_NOOP("linkdesk::TemplateField", "The customer's credit limit, in the local currency."),
         {},
         0},
    };
}

TemplateField otherTemplateField(const QString& key) {
    return {key, TemplateField::Kind::Json, nullptr, nullptr, {}, 0};
}

} // namespace linkdesk
