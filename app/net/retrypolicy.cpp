#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace linkdesk::net {

int RetryPolicy::backoffDelayMs(int retry, QRandomGenerator& random) const {
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double raw = std::min<double>(maxDelayMs, double(baseDelayMs) * std::pow(2.0, exponent));
    const double j = std::clamp(jitter, 0.0, 1.0);
    const double low = raw * (1.0 - j);
    return int(std::lround(low + (raw - low) * random.generateDouble()));
}

int RetryPolicy::retryAfterMs(const QByteArray& headerValue, const QDateTime& nowUtc) {
    const QByteArray text = headerValue.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min(seconds * 1000.0, 1e9));
    // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text.left(64)),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(nowUtc.msecsTo(when), 0, 1000000000));
}

} // namespace linkdesk::net
