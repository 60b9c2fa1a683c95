#include "result.h"

namespace linkdesk {

QString toString(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Failed:
        return QStringLiteral("failed");
    case ErrorKind::Invalid:
        return QStringLiteral("invalid");
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Transient:
        return QStringLiteral("transient");
    case ErrorKind::UnknownOutcome:
        return QStringLiteral("unknown_outcome");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::Configuration:
        return QStringLiteral("configuration");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace linkdesk
