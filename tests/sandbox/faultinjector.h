#pragma once

#include "router.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <deque>
#include <functional>

namespace sandbox {

struct FaultConfig {
    double failRate = 0;           // 500 without doing the work
    double hangRate = 0;           // never answer
    double commitThenFailRate = 0; // POST: do the work, then 500
    int latencyMs = 0;             // delay every answer
    int rateLimit = 0;             // > N requests per second -> 429, Retry-After: 1 (0: off)
    quint32 randomSeed = 1;
};

// Decides, request by request, which fault the server core applies. Every route is subject to it
// except /_sandbox/* and /health. Besides the random rates, tests can script the next requests
// exactly: POST /_sandbox/faults {"fail_next": 2, "hang_next": 1, "hang_next_post": 1,
// "commit_then_fail_next": 1,
// "fail_rate": 0.1, "hang_rate": 0, "commit_then_fail_rate": 0, "latency_ms": 0, "rate_limit": 0}
// (every key optional); GET /_sandbox/faults answers the configuration and counters. A test can also
// hold requests until it has done something meanwhile: {"hold": "^POST .*/salesOrders$"} keeps every
// request whose "METHOD /path" matches unanswered ("held" counts them), and every JSON $batch with
// such an operation, until {"release": true} has them answered and ends the hold.
class FaultInjector final {
public:
    enum class Action { Pass, RateLimited, Fail, Hang, CommitThenFail };

    explicit FaultInjector(const FaultConfig& config);

    static bool isExempt(const QString& path);
    Action decide(const Request& request);
    int latencyMs() const { return m_config.latencyMs; }
    // Whether the request is to be held until a release (SandboxServer holds it).
    bool holds(const Request& request) const;
    void setHeld(int count) { m_held = count; }
    // What answers the held requests when a test releases them.
    void onRelease(std::function<void()> release) { m_release = std::move(release); }

    void addRoutes(Router& router);
    QJsonObject state() const;

private:
    Response configure(const Request& request);
    bool rateLimited();

    FaultConfig m_config;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    std::deque<qint64> m_window; // times of the requests let through in the last second
    int m_failNext = 0;
    int m_hangNext = 0;
    int m_hangNextPost = 0; // the next POSTs only: a create that never arrives, its look-ups pass
    int m_commitThenFailNext = 0;
    QRegularExpression m_hold; // empty: hold nothing
    int m_held = 0;
    std::function<void()> m_release;
    QHash<Action, int> m_counts;
};

} // namespace sandbox
