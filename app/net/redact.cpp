#include "redact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace linkdesk::net {

namespace {
// A lower-case name that holds a word only a secret's name holds ("client_secret", "access_token").
bool containsSecretWord(const QString& lowerName) {
    static const QStringList parts{QStringLiteral("secret"),       QStringLiteral("password"),
                                   QStringLiteral("passwd"),       QStringLiteral("token"),
                                   QStringLiteral("api_key"),      QStringLiteral("consumer_key"),
                                   QStringLiteral("authorization")};
    for (const QString& part : parts)
        if (lowerName.contains(part))
            return true;
    return false;
}
} // namespace

bool isSecretParameterName(const QString& name) {
    const QString n = name.toLower();
    static const QStringList exact{QStringLiteral("key"),       QStringLiteral("sig"),
                                   QStringLiteral("signature"), QStringLiteral("auth"),
                                   QStringLiteral("code"),      QStringLiteral("apikey")};
    if (exact.contains(n))
        return true;
    return containsSecretWord(n);
}

QString redactedUrl(const QUrl& url) {
    QUrl copy = url;
    copy.setUserInfo(QString());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto& item : items) {
            if (isSecretParameterName(QUrl::fromPercentEncoding(item.first.toUtf8())))
                item.second = QStringLiteral("***");
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    copy.setFragment(QString());
    return copy.toString(QUrl::FullyEncoded);
}

namespace {

// In JSON, "code" and "key" name error codes and record keys, not secrets: only the names that
// surely carry one.
bool isSecretMemberName(const QString& name) {
    const QString n = name.toLower();
    if (n == QLatin1String("signature") || n == QLatin1String("apikey"))
        return true;
    return containsSecretWord(n);
}

QJsonValue masked(const QJsonValue& value) {
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() =
                isSecretMemberName(it.key()) ? QJsonValue(QStringLiteral("***")) : masked(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = masked(*it);
        return array;
    }
    return value;
}

QString maskedText(QString text) {
    static const QRegularExpression credential(QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"),
                                               QRegularExpression::CaseInsensitiveOption);
    text.replace(credential, QStringLiteral("\\1 ***"));
    static const QRegularExpression pair(QStringLiteral(R"(([A-Za-z_][A-Za-z0-9_.-]*)=([^&\s"']*))"));
    QString out;
    qsizetype last = 0;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!isSecretParameterName(m.captured(1)))
            continue;
        out += text.mid(last, m.capturedStart(2) - last) + QStringLiteral("***");
        last = m.capturedEnd(2);
    }
    out += text.mid(last);
    static const QRegularExpression quoted(
        QStringLiteral(
            R"re("([A-Za-z_]*(?:secret|password|passwd|token|api_key|consumer_key|authorization)[A-Za-z_]*)"\s*:\s*"[^"]*")re"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(quoted, QStringLiteral(R"("\1":"***")"));
    return out;
}

} // namespace

QString redactedBody(const QByteArray& body, int maxChars) {
    if (body.isEmpty())
        return {};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    QString text;
    if (parseError.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue clean = masked(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        text = QString::fromUtf8(clean.isObject()
                                     ? QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(clean.toArray()).toJson(QJsonDocument::Compact));
    } else {
        // Masked before it is cut to maxChars: the cut never leaves a secret's start unmasked.
        text = maskedText(QString::fromUtf8(body.left(qMax(0, maxChars) * 4)));
    }
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("…");
    return text;
}

} // namespace linkdesk::net
