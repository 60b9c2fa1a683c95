#include "faultinjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

namespace {
QString actionName(FaultInjector::Action action) {
    switch (action) {
    case FaultInjector::Action::Pass:
        return QStringLiteral("passed");
    case FaultInjector::Action::RateLimited:
        return QStringLiteral("rate_limited");
    case FaultInjector::Action::Fail:
        return QStringLiteral("failed");
    case FaultInjector::Action::Hang:
        return QStringLiteral("hung");
    case FaultInjector::Action::CommitThenFail:
        return QStringLiteral("commit_then_failed");
    }
    return {};
}
} // namespace

FaultInjector::FaultInjector(const FaultConfig& config)
    : m_config(config)
    , m_random(config.randomSeed) {
    m_clock.start();
}

bool FaultInjector::isExempt(const QString& path) {
    return path == QLatin1String("/health") || path.startsWith(QLatin1String("/_sandbox/"));
}

bool FaultInjector::rateLimited() {
    if (m_config.rateLimit <= 0)
        return false;
    const qint64 now = m_clock.elapsed();
    while (!m_window.empty() && now - m_window.front() >= 1000)
        m_window.pop_front();
    if (int(m_window.size()) >= m_config.rateLimit)
        return true;
    m_window.push_back(now);
    return false;
}

FaultInjector::Action FaultInjector::decide(const Request& request) {
    // Draw the same number of random values for every request, so a run is reproducible.
    const double hang = m_random.generateDouble();
    const double fail = m_random.generateDouble();
    const double commit = m_random.generateDouble();
    const bool isPost = request.method == "POST";
    Action action = Action::Pass;
    if (rateLimited())
        action = Action::RateLimited;
    else if (m_hangNext > 0) {
        --m_hangNext;
        action = Action::Hang;
    } else if (isPost && m_hangNextPost > 0) {
        --m_hangNextPost;
        action = Action::Hang;
    } else if (m_failNext > 0) {
        --m_failNext;
        action = Action::Fail;
    } else if (isPost && m_commitThenFailNext > 0) {
        --m_commitThenFailNext;
        action = Action::CommitThenFail;
    } else if (hang < m_config.hangRate)
        action = Action::Hang;
    else if (fail < m_config.failRate)
        action = Action::Fail;
    else if (isPost && commit < m_config.commitThenFailRate)
        action = Action::CommitThenFail;
    m_counts[action] += 1;
    return action;
}

bool FaultInjector::holds(const Request& request) const {
    if (m_hold.pattern().isEmpty())
        return false;
    const auto matches = [this](const QString& method, const QString& path) {
        return m_hold.match(method + QLatin1Char(' ') + path).hasMatch();
    };
    if (matches(QString::fromLatin1(request.method), request.path))
        return true;
    // A JSON $batch is held when one of its operations would be on its own (their URLs are relative
    // to the batch's own root).
    static const QString batch = QStringLiteral("$batch");
    if (request.method != "POST" || !request.path.endsWith(batch))
        return false;
    const QString root = request.path.chopped(batch.size());
    const QJsonArray operations =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("requests")).toArray();
    for (const QJsonValue& value : operations) {
        const QJsonObject op = value.toObject();
        const QString url = op.value(QStringLiteral("url")).toString();
        if (matches(op.value(QStringLiteral("method")).toString().toUpper(),
                    root + url.section(QLatin1Char('?'), 0, 0)))
            return true;
    }
    return false;
}

Response FaultInjector::configure(const Request& request) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (!doc.isObject())
        return Response::error(400, R"({"code":"bad_request","message":"expected a JSON object"})");
    const QJsonObject o = doc.object();
    m_failNext = o.value(QStringLiteral("fail_next")).toInt(m_failNext);
    m_hangNext = o.value(QStringLiteral("hang_next")).toInt(m_hangNext);
    m_hangNextPost = o.value(QStringLiteral("hang_next_post")).toInt(m_hangNextPost);
    m_commitThenFailNext = o.value(QStringLiteral("commit_then_fail_next")).toInt(m_commitThenFailNext);
    m_config.failRate = o.value(QStringLiteral("fail_rate")).toDouble(m_config.failRate);
    m_config.hangRate = o.value(QStringLiteral("hang_rate")).toDouble(m_config.hangRate);
    m_config.commitThenFailRate =
        o.value(QStringLiteral("commit_then_fail_rate")).toDouble(m_config.commitThenFailRate);
    m_config.latencyMs = o.value(QStringLiteral("latency_ms")).toInt(m_config.latencyMs);
    m_config.rateLimit = o.value(QStringLiteral("rate_limit")).toInt(m_config.rateLimit);
    if (o.contains(QStringLiteral("rate_limit")))
        m_window.clear();
    if (o.contains(QStringLiteral("hold"))) {
        m_hold = QRegularExpression(o.value(QStringLiteral("hold")).toString());
        if (!m_hold.isValid())
            return Response::error(400,
                                   R"({"code":"bad_request","message":"hold is not a regular expression"})");
    }
    if (o.value(QStringLiteral("release")).toBool()) {
        m_hold = QRegularExpression();
        if (m_release)
            m_release();
    }
    return Response::json(state());
}

void FaultInjector::addRoutes(Router& router) {
    router.add("GET", QStringLiteral("^/_sandbox/faults$"),
               [this](const Request&, const QStringList&) { return Response::json(state()); });
    router.add("POST", QStringLiteral("^/_sandbox/faults$"),
               [this](const Request& request, const QStringList&) { return configure(request); });
}

QJsonObject FaultInjector::state() const {
    QJsonObject counts;
    for (Action a : {Action::Pass, Action::RateLimited, Action::Fail, Action::Hang, Action::CommitThenFail})
        counts.insert(actionName(a), m_counts.value(a));
    return QJsonObject{
        {QStringLiteral("fail_rate"), m_config.failRate},
        {QStringLiteral("hang_rate"), m_config.hangRate},
        {QStringLiteral("commit_then_fail_rate"), m_config.commitThenFailRate},
        {QStringLiteral("latency_ms"), m_config.latencyMs},
        {QStringLiteral("rate_limit"), m_config.rateLimit},
        {QStringLiteral("fail_next"), m_failNext},
        {QStringLiteral("hang_next"), m_hangNext},
        {QStringLiteral("hang_next_post"), m_hangNextPost},
        {QStringLiteral("commit_then_fail_next"), m_commitThenFailNext},
        {QStringLiteral("hold"), m_hold.pattern()},
        {QStringLiteral("held"), m_held},
        {QStringLiteral("counts"), counts},
    };
}

} // namespace sandbox
