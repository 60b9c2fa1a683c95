#pragma once

#include <QString>
#include <QUrl>

namespace linkdesk::net {

// The URL as it may be logged or shown: no user info, and the value of every query item whose
// name looks secret (consumer_key, consumer_secret, password, token, access_token, client_secret,
// api_key, key, secret, signature, ...) replaced by "***".
QString redactedUrl(const QUrl& url);

// Whether a query parameter or form field of this name carries a secret.
bool isSecretParameterName(const QString& name);

} // namespace linkdesk::net
