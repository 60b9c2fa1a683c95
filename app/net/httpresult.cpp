#include "httpresult.h"

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

Error HttpResult::toError() const {
    return Error{errorMessage, errorKind()};
}

} // namespace linkdesk::net
