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

// A body (an answer's or a request's) as it may be shown or logged: in JSON the value of every
// member whose name looks secret (access_token, client_secret, password, consumer_key, ...) is
// "***"; in other text every name=value pair with such a name and every "Bearer"/"Basic"
// credential is masked. Cut to maxChars, with "…" where it was cut.
QString redactedBody(const QByteArray& body, int maxChars = 2000);

} // namespace linkdesk::net
