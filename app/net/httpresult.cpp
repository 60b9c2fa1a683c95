#include "httpresult.h"

#include "errormessage.h"
#include "redact.h"

#include "util/names.h"

namespace linkdesk::net {

QByteArray HttpResult::header(const QByteArray& name) const {
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QString HttpResult::failureName(Failure failure) {
    static constexpr NameTable<7> names{"none", "http",      "timeout", "connection",
                                        "tls",  "cancelled", "invalid"};
    static_assert(names.size() == std::size_t(Failure::Invalid) + 1);
    return nameIn(names, failure);
}

ErrorKind HttpResult::errorKind() const {
    if (outcomeUnknown)
        return ErrorKind::UnknownOutcome;
    switch (failure) {
    case Failure::None:
        return ErrorKind::Failed;
    case Failure::Http:
        if (status == 401 || status == 403)
            return ErrorKind::Configuration; // the credentials or their rights
        if (status == 404 || status == 410)
            return ErrorKind::NotFound;
        if (status == 408 || status == 429 || status >= 500)
            return ErrorKind::Transient;
        return ErrorKind::Refused;
    case Failure::Timeout:
    case Failure::Connection:
        return ErrorKind::Transient;
    case Failure::Tls:
    case Failure::Invalid:
        return ErrorKind::Configuration;
    case Failure::Cancelled:
        return ErrorKind::Cancelled;
    }
    return ErrorKind::Failed;
}

QString HttpResult::serverReason() const {
    return jsonErrorReason(body);
}

namespace {

QString connectionProblem(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpResult::tr("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return HttpResult::tr("the connection was closed");
    case QNetworkReply::HostNotFoundError:
        return HttpResult::tr("host not found");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return HttpResult::tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return HttpResult::tr("the proxy failed");
    default:
        return HttpResult::tr("the connection failed");
    }
}

// "Reason." or "Reason" + ": " + the server's words.
QString withReason(const QString& sentence, const QString& reason) {
    if (reason.isEmpty())
        return sentence + QLatin1Char('.');
    return sentence + QStringLiteral(": ") + reason;
}

} // namespace

QString HttpResult::plainMessage(const QString& system) const {
    // The subject at the start of a sentence, and the object in its middle.
    const QString subject = system.isEmpty() ? tr("The server") : system;
    const QString object = system.isEmpty() ? tr("the server") : system;
    const QString reason = serverReason();
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Http:
        if (status == 401)
            return withReason(tr("%1 did not accept the sign-in").arg(subject), reason);
        if (status == 403)
            return withReason(tr("%1 does not allow this to the account Linkdesk signs in with").arg(subject),
                              reason);
        if (status == 404 || status == 410)
            return withReason(tr("%1 does not know what was asked for").arg(subject), reason);
        if (status == 408)
            return tr("%1 did not answer in time.").arg(subject);
        if (status == 429)
            return tr("%1 is busy (too many requests); try again later.").arg(subject);
        if (status == 502 || status == 503 || status == 504)
            return withReason(tr("%1 is not available right now").arg(subject), reason);
        if (status >= 500)
            return withReason(tr("%1 had an internal error").arg(subject), reason);
        return withReason(tr("%1 refused the request").arg(subject), reason);
    case Failure::Timeout:
        return tr("%1 did not answer in time.").arg(subject);
    case Failure::Connection:
        return tr("Could not reach %1: %2").arg(object, connectionProblem(networkError));
    case Failure::Tls:
        return tr("The connection to %1 is not secure: its certificate or the TLS handshake was refused.")
            .arg(object);
    case Failure::Cancelled:
        return tr("Cancelled.");
    case Failure::Invalid:
        return tr("The address of %1 is not a valid http(s) URL.").arg(object);
    }
    return errorMessage;
}

QString HttpResult::detail() const {
    QString text = errorMessage;
    const QString excerpt = redactedBody(body);
    if (!excerpt.isEmpty())
        text += QStringLiteral("\nAnswer (HTTP %1, %2 bytes): %3")
                    .arg(QString::number(status), QString::number(body.size()), excerpt);
    return text;
}

Error HttpResult::toError(const QString& system) const {
    return Error{plainMessage(system), errorKind(), detail()};
}

} // namespace linkdesk::net
