// linkdesk-sandbox: plays the shop and ERP APIs on loopback for tests, benchmarks and the demo.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linkdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local stand-in for WooCommerce, Business Central and Tharstern."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                      QStringLiteral("PORT"), QStringLiteral("0")});
    parser.process(app);

    QHttpServer server;
    server.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    const quint16 port =
        server.listen(QHostAddress::LocalHost, parser.value(QStringLiteral("port")).toUShort());
    if (port == 0) {
        QTextStream(stderr) << "linkdesk-sandbox: cannot listen on 127.0.0.1:"
                            << parser.value(QStringLiteral("port")) << '\n';
        return 1;
    }
    // The first line tells launchers where to connect.
    QTextStream(stdout) << "linkdesk-sandbox listening on http://127.0.0.1:" << port << Qt::endl;
    return QCoreApplication::exec();
}
