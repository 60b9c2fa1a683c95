#pragma once

// The world of an end-to-end test: a linkdesk-sandbox process ($LINKDESK_SANDBOX) playing WooCommerce
// and the ERP over HTTP, a profile that points Linkdesk at it, and linkdesk-cli ($LINKDESK_CLI) run
// the way scripts run it: secrets by environment, JSON out, its exit code, output and errors kept.
// Also builds the WooCommerce orders of a seed (sandboxseed.h the ERP's). Header-only, like sandboxprocess.h.
#include "sandboxprocess.h"
#include "sandboxseed.h"

#include <QAnyStringView>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace linkdesk::test {

// What one run of linkdesk-cli gave.
struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

// `settings set KEY VALUE`.
inline QStringList setting(QAnyStringView key, QAnyStringView value) {
    return {QStringLiteral("settings"), QStringLiteral("set"), key.toString(), value.toString()};
}

// The [erp] keys of Business Central on the sandbox; BASE stands for the sandbox's address.
inline QString businessCentralKeys() {
    return QStringLiteral("type=businesscentral\napi_url=BASE\ntoken_url=BASE/t/oauth2/v2.0/token\n"
                          "company_id=demo\ntenant=t\nenvironment=production\nclient_id=linkdesk\n");
}

// A profile of one WooCommerce shop and the ERP, both on the sandbox. Here and in SandboxSetup every
// member has an initializer, so that a test names only what it changes ({.shop = ...}) and
// -Wmissing-field-initializers stays quiet.
struct SandboxProfile {
    QString erp = businessCentralKeys();  // the [erp] section's keys; BASE stands for the sandbox's address
    QString extra{};                      // INI text after the [erp] section: more [erp] keys, [net]
    QString shop = QStringLiteral("web"); // the shop's code: its section is [shop.CODE]
    // The database file, relative to the profile or absolute. %1 is the sandbox's port, so that each
    // start of the sandbox (each test) has a database of its own.
    QString database = QStringLiteral("ld-%1.sqlite");
};

// The settings a test starts from, made with linkdesk-cli in this order after `db migrate`. An empty
// guest policy or template is left out.
struct SandboxSetup {
    QString defaultCustomer = QStringLiteral("WEB");
    QString guestPolicy = QStringLiteral("match_email");
    QString templateFields = QStringLiteral("{\"type\":\"Person\"}"); // of the template "Web customers"
    QList<QStringList> more{};                                        // the test's own, last

    QList<QStringList> steps() const {
        QList<QStringList> all{{QStringLiteral("db"), QStringLiteral("migrate")},
                               setting(u"default_customer_code", defaultCustomer),
                               setting(u"item_blocked_check", u"false")};
        if (!guestPolicy.isEmpty())
            all << setting(u"guest_policy", guestPolicy);
        if (!templateFields.isEmpty())
            all << QStringList{QStringLiteral("templates"), QStringLiteral("add"),
                               QStringLiteral("Web customers"), QStringLiteral("--fields"), templateFields};
        return all + more;
    }
};

// A WooCommerce order of one line (2 x sku at 12.50); customerId 0 is a guest.
inline QJsonObject wooOrder(int id, int customerId, QAnyStringView email, QAnyStringView company,
                            QAnyStringView sku, QAnyStringView currency = u"GBP") {
    const QString at = QStringLiteral("2026-09-01T10:%1:%2")
                           .arg(id / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(id % 60, 2, 10, QLatin1Char('0'));
    const QJsonObject line{
        {QStringLiteral("id"), id * 10},         {QStringLiteral("name"), QStringLiteral("Product")},
        {QStringLiteral("product_id"), 100},     {QStringLiteral("variation_id"), 0},
        {QStringLiteral("sku"), sku.toString()}, {QStringLiteral("quantity"), 2},
        {QStringLiteral("price"), 12.5},         {QStringLiteral("total"), QStringLiteral("25.00")}};
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), QString::number(id)},
        {QStringLiteral("status"), QStringLiteral("processing")},
        {QStringLiteral("currency"), currency.toString()},
        {QStringLiteral("date_created_gmt"), at},
        {QStringLiteral("date_modified_gmt"), at},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("billing"), QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Sam")},
                                                {QStringLiteral("last_name"), QStringLiteral("Shopper")},
                                                {QStringLiteral("company"), company.toString()},
                                                {QStringLiteral("email"), email.toString()},
                                                {QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000")},
                                                {QStringLiteral("country"), QStringLiteral("GB")}}},
        {QStringLiteral("line_items"), QJsonArray{line}}};
}

class CliWorld final {
    Q_DISABLE_COPY_MOVE(CliWorld)
public:
    CliWorld() = default;

    QTemporaryDir dir; // the profile, the database and the log folder
    SandboxProcess sandbox;
    // Changes to the CLI's environment: a value replaces the variable's, an empty one removes it.
    QMap<QString, QString> env;

    // QDir's filePath, not QTemporaryDir's: the database may be named by an absolute path.
    QString databasePath() const { return QDir(dir.path()).filePath(m_database); }

    // The secrets the sandbox accepts, a log folder of the test's own, then env.
    QProcessEnvironment environment() const {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        const QMap<QString, QString> secrets = SandboxProcess::secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            e.insert(it.key(), it.value());
        e.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))); // the log file
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (it.value().isEmpty())
                e.remove(it.key());
            else
                e.insert(it.key(), it.value());
        }
        return e;
    }

    // `linkdesk-cli --config PROFILE args...`, started and not waited for.
    void startCli(QProcess& p, const QStringList& args) const {
        p.setProcessEnvironment(environment());
        p.start(qEnvironmentVariable("LINKDESK_CLI"),
                QStringList{QStringLiteral("--config"), m_profile} + args);
    }
    // Waits for a started CLI; killed after timeoutMs.
    static CliRun finish(QProcess& p, int timeoutMs = 300000) {
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1, {}, "timed out"};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    // Runs the CLI with this on its standard input, and waits for it.
    CliRun cli(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 300000) const {
        QProcess p;
        startCli(p, args);
        if (!p.waitForStarted(30000))
            return {-1, {}, "not started"};
        p.write(input);
        p.closeWriteChannel();
        return finish(p, timeoutMs);
    }
    // Each command in turn; false (with a warning naming it) at the first that fails.
    bool runAll(const QList<QStringList>& commands) const {
        for (const QStringList& args : commands) {
            const CliRun r = cli(args);
            if (r.code != 0) {
                qWarning("%s: %s", qPrintable(args.join(u' ')), r.err.constData());
                return false;
            }
        }
        return true;
    }

    // Writes the profile the CLI runs with, as the file name in dir.
    bool writeProfile(const QString& fileName, const QByteArray& text) {
        m_profile = dir.filePath(fileName);
        QFile f(m_profile);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }
    // Writes profile-PORT.ini for the sandbox started.
    bool writeProfile(const SandboxProfile& profile) {
        m_database = profile.database.arg(sandbox.port());
        return writeProfile(
            QStringLiteral("profile-%1.ini").arg(sandbox.port()),
            QStringLiteral("[database]\nurl=sqlite:%1\n[shop.%2]\ntype=woocommerce\nurl=%3\n[erp]\n%4%5")
                .arg(m_database, profile.shop, sandbox.base(),
                     QString(profile.erp).replace(QStringLiteral("BASE"), sandbox.base()), profile.extra)
                .toUtf8());
    }

    // Starts the sandbox with these arguments, writes the profile and makes the setup. False (with a
    // warning saying why) when something did not work.
    bool setUp(const QStringList& sandboxArgs, const SandboxProfile& profile = {},
               const SandboxSetup& setup = {}) {
        if (!sandbox.start(sandboxArgs)) {
            qWarning("%s", qPrintable(sandbox.error()));
            return false;
        }
        return writeProfile(profile) && runAll(setup.steps());
    }
    // The same with the sandbox started on this seed.
    bool setUpWithSeed(const QJsonObject& seed, const SandboxProfile& profile = {},
                       const SandboxSetup& setup = {}, const QStringList& sandboxArgs = {}) {
        if (!sandbox.startWithSeed(seed, sandboxArgs)) {
            qWarning("%s", qPrintable(sandbox.error()));
            return false;
        }
        return writeProfile(profile) && runAll(setup.steps());
    }

    // `orders list --json`, by order number.
    QHash<QString, QJsonObject> orders() const {
        QHash<QString, QJsonObject> byNumber;
        for (const auto& o : listOrders())
            byNumber.insert(o.toObject().value(QStringLiteral("number")).toString(), o.toObject());
        return byNumber;
    }
    // How many staged orders are in each status.
    QHash<QString, int> statuses() const {
        QHash<QString, int> counts;
        for (const auto& o : listOrders())
            ++counts[o.toObject().value(QStringLiteral("status")).toString()];
        return counts;
    }
    // Live entries of the saved look-up cache (`cache stats`).
    int savedCacheEntries() const {
        return cli({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("entries"))
            .toInt(-1);
    }
    // Imports until nothing is left to do (or the pass limit); the last summary.
    QJsonObject importUntilSettled(int passes) const {
        QJsonObject last;
        for (int i = 0; i < passes; ++i) {
            const CliRun r = cli({QStringLiteral("import"), QStringLiteral("--json")});
            if (r.code == 0)
                last = r.json();
            const QHash<QString, int> s = statuses();
            if (!s.contains(QStringLiteral("new")) && !s.contains(QStringLiteral("matched")) &&
                !s.contains(QStringLiteral("submitting")) && !s.contains(QStringLiteral("failed")))
                break;
        }
        return last;
    }

private:
    QJsonArray listOrders() const {
        return cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")}).array();
    }

    QString m_profile;
    QString m_database;
};

} // namespace linkdesk::test
