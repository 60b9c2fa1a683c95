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

Error HttpResult::toError() const {
    QString code = failure == Failure::Http ? QStringLiteral("http_%1").arg(status) : failureName(failure);
    if (outcomeUnknown)
        code += QStringLiteral("/unknown_outcome");
    return Error{errorMessage, code};
}

} // namespace linkdesk::net
