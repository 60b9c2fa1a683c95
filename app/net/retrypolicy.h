#pragma once

#include <QByteArray>
#include <QDateTime>

class QRandomGenerator;

namespace linkdesk::net {

// How often and how patiently HttpClient retries. Delay before retry n (1-based):
// min(maxDelayMs, baseDelayMs * 2^(n-1)), then "full jitter" over its upper half:
// a uniform value in [delay * (1 - jitter), delay]. A 429 waits what Retry-After says instead
// (seconds or an HTTP date), at most maxRetryAfterMs; a longer wait gives up with the 429.
struct RetryPolicy {
    int maxAttempts = 4;
    int baseDelayMs = 200;
    int maxDelayMs = 10000;
    double jitter = 0.5; // 0: no jitter, 1: anywhere in [0, delay]
    int maxRetryAfterMs = 120000;
    int defaultTimeoutMs = 30000; // per attempt, when the request sets none

    int backoffDelayMs(int retry, QRandomGenerator& random) const;
    // Milliseconds a Retry-After header asks for; -1 when absent or unreadable.
    static int retryAfterMs(const QByteArray& headerValue, const QDateTime& nowUtc);
};

} // namespace linkdesk::net
