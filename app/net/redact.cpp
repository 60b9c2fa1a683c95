#include "redact.h"

#include <QUrlQuery>

namespace linkdesk::net {

bool isSecretParameterName(const QString& name) {
    const QString n = name.toLower();
    static const QStringList exact{QStringLiteral("key"),       QStringLiteral("sig"),
                                   QStringLiteral("signature"), QStringLiteral("auth"),
                                   QStringLiteral("code"),      QStringLiteral("apikey")};
    if (exact.contains(n))
        return true;
    static const QStringList parts{QStringLiteral("secret"),       QStringLiteral("password"),
                                   QStringLiteral("passwd"),       QStringLiteral("token"),
                                   QStringLiteral("api_key"),      QStringLiteral("consumer_key"),
                                   QStringLiteral("authorization")};
    for (const QString& part : parts)
        if (n.contains(part))
            return true;
    return false;
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

} // namespace linkdesk::net
