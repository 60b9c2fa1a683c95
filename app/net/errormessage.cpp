#include "errormessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace linkdesk::net {

namespace {

constexpr int kMaxMessage = 1000;

QString clip(QString text) {
    text = text.simplified();
    if (text.size() > kMaxMessage)
        text = text.left(kMaxMessage) + QStringLiteral("…");
    return text;
}

// The first non-empty string among the given keys (case-insensitive), in a JSON object.
QString firstString(const QJsonObject& object, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0 && it.value().isString() &&
                !it.value().toString().trimmed().isEmpty())
                return it.value().toString();
        }
    }
    return {};
}

QJsonValue member(const QJsonObject& object, const char* key) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
            return it.value();
    return {};
}

QString problemText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        QString text = firstString(o, {"Message", "Description", "Detail", "Problem", "Text"});
        const QString field = firstString(o, {"Field", "Property", "PropertyName"});
        if (!text.isEmpty() && !field.isEmpty())
            text = field + QStringLiteral(": ") + text;
        return text;
    }
    return {};
}

QString tharsternMessage(const QJsonObject& root) {
    QStringList texts;
    const QJsonValue status = member(root, "Status");
    if (status.isObject()) {
        const QString m = firstString(status.toObject(), {"Message", "Description", "Error", "Text"});
        if (!m.isEmpty())
            texts << m;
    } else if (status.isString() && !status.toString().isEmpty()) {
        texts << status.toString();
    }
    const QJsonValue problems = member(root, "Problems");
    if (problems.isArray()) {
        for (const QJsonValue& p : problems.toArray()) {
            const QString t = problemText(p);
            if (!t.isEmpty() && !texts.contains(t))
                texts << t;
        }
    } else {
        const QString t = problemText(problems);
        if (!t.isEmpty())
            texts << t;
    }
    return texts.join(QStringLiteral("; "));
}

// The message of a JSON error body and its code (either may be empty), unclipped.
struct ErrorParts {
    QString message;
    QString code;
};

ErrorParts errorParts(const QByteArray& body) {
    if (body.isEmpty())
        return {};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject root = doc.object();

    // OData: {"error": {"code", "message"}}; OAuth2: {"error": "x", "error_description": "..."}
    const QJsonValue error = root.value(QStringLiteral("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString message = firstString(e, {"message"});
        const QString code = firstString(e, {"code"});
        if (!message.isEmpty() || !code.isEmpty())
            return {message, code};
    }
    const QString description = firstString(root, {"error_description"});
    if (!description.isEmpty())
        return {description, {}};

    // WooCommerce / WordPress: {"code", "message"}
    const QString message = firstString(root, {"message"});
    if (!message.isEmpty())
        return {message, root.value(QStringLiteral("code")).toString()};

    // Tharstern: {"Status": {...}, "Problems": [...]}
    const QString tharstern = tharsternMessage(root);
    if (!tharstern.isEmpty())
        return {tharstern, {}};

    if (error.isString() && !error.toString().isEmpty())
        return {{}, error.toString()}; // OAuth2's bare code ("invalid_client")
    return {firstString(root, {"title", "detail", "Message"}), {}};
}

} // namespace

QString jsonErrorMessage(const QByteArray& body) {
    const ErrorParts parts = errorParts(body);
    if (parts.message.isEmpty())
        return clip(parts.code);
    return clip(parts.code.isEmpty() ? parts.message
                                     : QStringLiteral("%1 (%2)").arg(parts.message, parts.code));
}

QString jsonErrorReason(const QByteArray& body) {
    return clip(errorParts(body).message);
}

} // namespace linkdesk::net
