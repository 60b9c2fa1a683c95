#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

Request toRequest(const QHttpServerRequest& in) {
    Request r;
    r.method = methodName(in.method());
    r.path = in.url().path();
    r.query = QUrlQuery(in.url());
    for (const auto& [name, value] : in.headers())
        r.headers.insert(name.toLower(), value);
    r.body = in.body();
    return r;
}

void write(QHttpServerResponder& responder, const Response& response) {
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

Response injected(int status, const QByteArray& code, const QByteArray& message) {
    // Both common error shapes at once, so every client finds a message.
    return Response::error(status, R"({"code":")" + code + R"(","message":")" + message +
                                       R"(","error":{"code":")" + code + R"(","message":")" + message +
                                       R"("}})");
}

} // namespace

SandboxServer::SandboxServer(Router& router, FaultInjector& faults, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_faults(faults) {
    m_faults.onRelease([this] { releaseHeld(); });
}

void SandboxServer::releaseHeld() {
    const QList<Held> held = std::exchange(m_held, {});
    m_faults.setHeld(0);
    for (const Held& h : held) {
        if (!h.socket)
            continue; // the client gave up
        // Answered from the socket's own timer: a client that goes away takes the answer with it.
        QTimer::singleShot(0, h.socket.data(), [this, h] {
            const auto routed = m_router.dispatch(h.request);
            write(*h.responder,
                  routed ? *routed
                         : Response::error(404, R"({"code":"rest_no_route","message":"No route"})"));
        });
    }
}

QJsonObject SandboxServer::requestCounts() const {
    QJsonObject byRoute;
    for (auto it = m_byRoute.begin(); it != m_byRoute.end(); ++it)
        byRoute.insert(it.key(), it.value());
    return {{QStringLiteral("total"), m_total},
            {QStringLiteral("by_route"), byRoute},
            {QStringLiteral("in_flight"), m_inFlight},
            {QStringLiteral("max_in_flight"), m_maxInFlight}};
}

bool SandboxServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket) {
    const Request request = toRequest(httpRequest);
    const bool exempt = FaultInjector::isExempt(request.path);
    if (!exempt) {
        ++m_total;
        m_byRoute[QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path] += 1;
    }
    // Counts this request as in flight until the last copy of the guard goes: when the answer is
    // written, or with the socket (a late answer's timer, a hung request's connection).
    std::shared_ptr<void> inFlight;
    if (!exempt) {
        m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
        inFlight = std::shared_ptr<void>(nullptr, [this](void*) { --m_inFlight; });
    }
    if (!exempt && m_faults.holds(request)) {
        m_held.append({request, std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket)),
                       socket, inFlight});
        m_faults.setHeld(int(m_held.size()));
        return true;
    }
    const auto action = exempt ? FaultInjector::Action::Pass : m_faults.decide(request);
    if (action == FaultInjector::Action::Hang) {
        // Never answer: the client must time out. In flight until the client gives up.
        connect(socket, &QTcpSocket::disconnected, socket,
                [holder = std::make_shared<std::shared_ptr<void>>(inFlight)] { holder->reset(); });
        return true;
    }

    Response response;
    switch (action) {
    case FaultInjector::Action::RateLimited:
        response = injected(429, "rate_limited", "Too many requests (sandbox --rate-limit)");
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        break;
    case FaultInjector::Action::Fail:
        response = injected(500, "sandbox_injected_failure", "Injected server error (sandbox --fail-rate)");
        break;
    default: {
        const auto routed = m_router.dispatch(request);
        response = routed ? *routed
                          : Response::error(404, R"({"code":"rest_no_route","message":"No route was found )"
                                                 R"(matching the URL and request method."})");
        if (action == FaultInjector::Action::CommitThenFail)
            response = injected(500, "sandbox_commit_then_fail",
                                "Injected server error after the work was done (sandbox "
                                "--commit-then-fail-rate)");
    }
    }

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
    const int latency = exempt ? 0 : m_faults.latencyMs();
    if (latency > 0)
        QTimer::singleShot(latency, responder->socket(), [responder, response, inFlight]() mutable {
            inFlight.reset();
            write(*responder, response);
        });
    else
        write(*responder, response);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    // Not reached: handleRequest() takes every request. Answer 404 all the same.
    auto responder = makeResponder(request, socket);
    write(responder, Response::error(404, R"({"code":"rest_no_route","message":"No route"})"));
}

} // namespace sandbox
