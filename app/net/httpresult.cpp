#include "httpresult.h"

namespace linkdesk::net {

QByteArray HttpResult::header(const QByteArray& name) const {
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QString HttpResult::failureName(Failure failure) {
    switch (failure) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::Http:
        return QStringLiteral("http");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Connection:
        return QStringLiteral("connection");
    case Failure::Tls:
        return QStringLiteral("tls");
    case Failure::Cancelled:
        return QStringLiteral("cancelled");
    case Failure::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
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

Error HttpResult::toError() const {
    return Error{errorMessage, errorKind()};
}

} // namespace linkdesk::net
