#pragma once

#include "faultinjector.h"
#include "router.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace sandbox {

// Hands every HTTP request to the Router, applying the FaultInjector's decision and latency to
// every route except /_sandbox/* and /health. Late answers (latency) are written from a timer
// owned by the client's socket, with the responder held in a shared_ptr (see PLATFORM.md): a
// client that went away takes the pending answer with it.
class SandboxServer final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    SandboxServer(Router& router, FaultInjector& faults, QObject* parent = nullptr);

    // {"total": n, "by_route": {"GET /wp-json/wc/v3/orders": n, ...}, "in_flight": n, "max_in_flight": n}
    // in_flight: requests received and not answered yet (a hung one counts until its connection
    // closes); max_in_flight: the most there ever were at once, for checking a client's parallel limit.
    QJsonObject requestCounts() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    // A request kept unanswered until the test releases it (FaultInjector::holds).
    struct Held {
        Request request;
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        std::shared_ptr<void> inFlight;
    };
    void releaseHeld();

    Router& m_router;
    QList<Held> m_held;
    FaultInjector& m_faults;
    int m_total = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QHash<QString, int> m_byRoute;
};

} // namespace sandbox
