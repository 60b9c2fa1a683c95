#pragma once

#include "util/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace linkdesk {

// The fields of a customer template as staff fill them in: one per key of the template's JSON
// object that the ERP takes on a new customer (Business Central's customers of API v2.0; Tharstern's
// guessed customer, with its Contact and Address defaults). The stored JSON is unchanged: a field
// left empty is a key the template does not have, and keys no field knows are kept as they are.
struct TemplateField {
    enum class Kind {
        Text,   // any text; maxLength when set
        Code,   // text of at most maxLength characters (a code in the ERP)
        Id,     // the ID (a GUID) of a record in the ERP
        Amount, // a number, 0 or more
        YesNo,  // true or false
        Choice, // one of choices
        Object, // a JSON object (defaults of a record Linkdesk creates with the customer)
        Json,   // any JSON value: a key no field knows
    };
    QString key;
    Kind kind = Kind::Text;
    const char* label = nullptr; // QT_TRANSLATE_NOOP("linkdesk::TemplateField", ...)
    const char* help = nullptr;
    QStringList choices;
    int maxLength = 0;

    // The label and help in the user's language; a key no field knows is its own label.
    QString labelText() const;
    QString helpText() const;

    // The value typed for the field as the template stores it (Undefined: leave the key out), or
    // why it cannot be, in plain words.
    Result<QJsonValue> parse(const QString& text) const;
    // The stored value as the field shows it.
    QString text(const QJsonValue& value) const;
};

// The fields of the ERP of this type ("businesscentral", "tharstern"); none for another.
QList<TemplateField> templateFields(const QString& erpType);
// A field for a key no field of the ERP knows: its value is edited as JSON.
TemplateField otherTemplateField(const QString& key);

} // namespace linkdesk
