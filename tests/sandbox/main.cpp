// linkdesk-sandbox: plays the shop and ERP APIs on loopback for tests, benchmarks and the demo.
#include "echoroutes.h"
#include "erpfakes.h"
#include "faultinjector.h"
#include "router.h"
#include "sandboxserver.h"
#include "seed.h"
#include "woocommercefake.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace {

int fail(const QString& message) {
    QTextStream(stderr) << "linkdesk-sandbox: " << message << '\n';
    return 1;
}

bool readRate(const QCommandLineParser& parser, const QString& name, double* rate, QString* error) {
    bool ok = false;
    *rate = parser.value(name).toDouble(&ok);
    if (!ok || *rate < 0 || *rate > 1) {
        *error = QStringLiteral("--%1 must be a number from 0 to 1").arg(name);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linkdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local stand-in for WooCommerce, Business Central and Tharstern.\n"
        "Faults apply to every route except /_sandbox/* and /health; tests can also script them at run "
        "time with POST /_sandbox/faults. GET /_sandbox/state answers the fakes' state."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
         QStringLiteral("PORT"), QStringLiteral("0")},
        {QStringLiteral("seed"), QStringLiteral("Seed document to load (tests/sandbox/SEED.md)."),
         QStringLiteral("FILE")},
        {QStringLiteral("generate"),
         QStringLiteral("Generate a seed: orders=N,customers=M,new_customers=K,items=I,guests=G."),
         QStringLiteral("SPEC")},
        {QStringLiteral("dump-seed"), QStringLiteral("Write the seed in use to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("fail-rate"),
         QStringLiteral("Share of requests answered 500 without doing the work."), QStringLiteral("R"),
         QStringLiteral("0")},
        {QStringLiteral("hang-rate"), QStringLiteral("Share of requests never answered."),
         QStringLiteral("R"), QStringLiteral("0")},
        {QStringLiteral("commit-then-fail-rate"),
         QStringLiteral("Share of POSTs whose work is done but answered 500."), QStringLiteral("R"),
         QStringLiteral("0")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay of every answer."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("More than N requests per second are answered 429 with Retry-After: 1 (0: off)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("seed-random"), QStringLiteral("Seed of the fault and data generators."),
         QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("tharstern-search-path"),
         QStringLiteral("Tharstern: the site's e-mail search, GET PATH?PARAMETER=EMAIL (default: none; "
                        "GET customers ignores an e-mail)."),
         QStringLiteral("PATH")},
        {QStringLiteral("tharstern-search-parameter"),
         QStringLiteral("Tharstern: the e-mail search's parameter (default: email)."),
         QStringLiteral("NAME")},
        {QStringLiteral("tharstern-create-path"),
         QStringLiteral("Tharstern: the site's customer create, POST PATH (default: none)."),
         QStringLiteral("PATH")},
        {QStringLiteral("tharstern-deduplicates"),
         QStringLiteral("Tharstern: orders/submit answers a repeated UniqueSubmitOrderID with the first "
                        "order (default: every submit is stored).")},
        {QStringLiteral("tharstern-page-size"),
         QStringLiteral("Tharstern: at most N items per page of a list (default: 100)."),
         QStringLiteral("N")},
        {QStringLiteral("port-file"),
         QStringLiteral("Write the port to FILE once listening (atomically: the file appears complete)."),
         QStringLiteral("FILE")},
    });
    parser.process(app);

    QString error;
    sandbox::FaultConfig faults;
    if (!readRate(parser, QStringLiteral("fail-rate"), &faults.failRate, &error) ||
        !readRate(parser, QStringLiteral("hang-rate"), &faults.hangRate, &error) ||
        !readRate(parser, QStringLiteral("commit-then-fail-rate"), &faults.commitThenFailRate, &error))
        return fail(error);
    bool ok = false;
    faults.latencyMs = parser.value(QStringLiteral("latency-ms")).toInt(&ok);
    if (!ok || faults.latencyMs < 0)
        return fail(QStringLiteral("--latency-ms must be 0 or more"));
    faults.rateLimit = parser.value(QStringLiteral("rate-limit")).toInt(&ok);
    if (!ok || faults.rateLimit < 0)
        return fail(QStringLiteral("--rate-limit must be 0 or more"));
    faults.randomSeed = parser.value(QStringLiteral("seed-random")).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed-random must be a whole number"));

    if (parser.isSet(QStringLiteral("seed")) && parser.isSet(QStringLiteral("generate")))
        return fail(QStringLiteral("use --seed or --generate, not both"));
    std::optional<QJsonObject> seed = sandbox::seed::empty();
    if (parser.isSet(QStringLiteral("seed")))
        seed = sandbox::seed::load(parser.value(QStringLiteral("seed")), &error);
    else if (parser.isSet(QStringLiteral("generate")))
        seed = sandbox::seed::generate(parser.value(QStringLiteral("generate")), faults.randomSeed, &error);
    if (!seed)
        return fail(error);
    if (parser.isSet(QStringLiteral("dump-seed")) &&
        !sandbox::seed::save(*seed, parser.value(QStringLiteral("dump-seed")), &error))
        return fail(error);

    sandbox::Router router;
    sandbox::FaultInjector injector(faults);
    sandbox::WooCommerceFake woocommerce(seed->value(QStringLiteral("woocommerce")).toObject());
    QJsonObject tharstern; // the flags, over the seed's erp.tharstern
    const std::pair<const char*, const char*> tharsternTexts[] = {
        {"tharstern-search-path", "search_path"},
        {"tharstern-search-parameter", "search_parameter"},
        {"tharstern-create-path", "create_path"}};
    for (const auto& [flag, key] : tharsternTexts)
        if (parser.isSet(QLatin1String(flag)))
            tharstern.insert(QLatin1String(key), parser.value(QLatin1String(flag)));
    if (parser.isSet(QStringLiteral("tharstern-deduplicates")))
        tharstern.insert(QStringLiteral("submit_deduplicates"), true);
    if (parser.isSet(QStringLiteral("tharstern-page-size"))) {
        const int size = parser.value(QStringLiteral("tharstern-page-size")).toInt(&ok);
        if (!ok || size <= 0)
            return fail(QStringLiteral("--tharstern-page-size must be 1 or more"));
        tharstern.insert(QStringLiteral("page_size"), size);
    }
    sandbox::ErpFakes erp(seed->value(QStringLiteral("erp")).toObject(), tharstern);
    sandbox::SandboxServer server(router, injector);

    router.add("GET", QStringLiteral("^/health$"), [](const sandbox::Request&, const QStringList&) {
        return sandbox::Response::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    router.add("GET", QStringLiteral("^/_sandbox/state$"), [&](const sandbox::Request&, const QStringList&) {
        return sandbox::Response::json(QJsonObject{
            {QStringLiteral("woocommerce"), woocommerce.state()},
            {QStringLiteral("erp"), erp.state()},
            {QStringLiteral("sandbox"), QJsonObject{{QStringLiteral("requests"), server.requestCounts()},
                                                    {QStringLiteral("faults"), injector.state()}}},
        });
    });
    injector.addRoutes(router);
    woocommerce.addRoutes(router);
    erp.addRoutes(router);
    sandbox::addEchoRoutes(router);

    const quint16 port =
        server.listen(QHostAddress::LocalHost, parser.value(QStringLiteral("port")).toUShort());
    if (port == 0)
        return fail(
            QStringLiteral("cannot listen on 127.0.0.1:%1").arg(parser.value(QStringLiteral("port"))));
    if (parser.isSet(QStringLiteral("port-file"))) {
        // QSaveFile writes a temporary file and renames it: a launcher polling for the file never
        // reads a half-written port.
        QSaveFile file(parser.value(QStringLiteral("port-file")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(port) + '\n') < 0 ||
            !file.commit())
            return fail(QStringLiteral("cannot write the port file %1: %2")
                            .arg(parser.value(QStringLiteral("port-file")), file.errorString()));
    }
    // The first line tells launchers where to connect.
    QTextStream(stdout) << "linkdesk-sandbox listening on http://127.0.0.1:" << port << Qt::endl;
    return QCoreApplication::exec();
}
