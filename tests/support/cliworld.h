#pragma once

// The world of an end-to-end test: a linkdesk-sandbox process, a profile that points Linkdesk at
// it, and linkdesk-cli run the way scripts run it (secrets by environment, JSON out). Builds the
// orders and ERP customers of a seed, one way. Header-only.
#include "clirunner.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>

namespace test {

using ::CliRun;

// An ERP customer as the sandbox seed has it (Business Central's field names).
inline QJsonObject seedCustomer(const QString& number, const QString& name, const QString& email,
                                const QString& currency = QStringLiteral("GBP")) {
    return {{QStringLiteral("number"), number},
            {QStringLiteral("displayName"), name},
            {QStringLiteral("email"), email},
            {QStringLiteral("currencyCode"), currency},
            {QStringLiteral("country"), QStringLiteral("GB")}};
}

// A WooCommerce order of one line (2 x sku at 12.50); customerId 0 is a guest.
inline QJsonObject wooOrder(int id, int customerId, const QString& email, const QString& company,
                            const QString& sku, const QString& currency = QStringLiteral("GBP")) {
    const QString at = QStringLiteral("2026-09-01T10:%1:%2")
                           .arg(id / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(id % 60, 2, 10, QLatin1Char('0'));
    const QJsonObject line{
        {QStringLiteral("id"), id * 10},     {QStringLiteral("name"), QStringLiteral("Product")},
        {QStringLiteral("product_id"), 100}, {QStringLiteral("variation_id"), 0},
        {QStringLiteral("sku"), sku},        {QStringLiteral("quantity"), 2},
        {QStringLiteral("price"), 12.5},     {QStringLiteral("total"), QStringLiteral("25.00")}};
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), QString::number(id)},
        {QStringLiteral("status"), QStringLiteral("processing")},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("date_created_gmt"), at},
        {QStringLiteral("date_modified_gmt"), at},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("billing"), QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Sam")},
                                                {QStringLiteral("last_name"), QStringLiteral("Shopper")},
                                                {QStringLiteral("company"), company},
                                                {QStringLiteral("email"), email},
                                                {QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000")},
                                                {QStringLiteral("country"), QStringLiteral("GB")}}},
        {QStringLiteral("line_items"), QJsonArray{line}}};
}

class CliWorld final {
    Q_DISABLE_COPY_MOVE(CliWorld)
public:
    CliWorld() = default;

    SandboxProcess sandbox;

    QString profile() const { return m_profile; }
    QString databasePath() const {
        return m_dir.filePath(QStringLiteral("ld-%1.sqlite").arg(sandbox.port()));
    }

    // Starts the sandbox with the seed and writes a profile for WooCommerce shop "web" and Business
    // Central on it, with extra INI text appended; then migrates the database and runs the setup
    // commands. False (with a warning) when anything failed.
    bool startBusinessCentral(const QJsonObject& seed, const QString& extraIni = {},
                              const QList<QStringList>& setup = {}) {
        if (!sandbox.startWithSeed(seed)) {
            qWarning("%s", qPrintable(sandbox.error()));
            return false;
        }
        m_profile = m_dir.filePath(QStringLiteral("profile-%1.ini").arg(sandbox.port()));
        QFile f(m_profile);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("[database]\nurl=sqlite:%1\n[shop.web]\ntype=woocommerce\nurl=%2\n"
                               "[erp]\ntype=businesscentral\napi_url=%2\ntoken_url=%2/t/oauth2/v2.0/token\n"
                               "company_id=demo\ntenant=t\nenvironment=production\nclient_id=linkdesk\n%3")
                    .arg(databasePath(), sandbox.base(), extraIni)
                    .toUtf8());
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LINKDESK_SECRET_ERP_CLIENT_SECRET"), QStringLiteral("bc-secret"));
        env.insert(QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY"), QStringLiteral("ck_demo"));
        env.insert(QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_SECRET"), QStringLiteral("cs_demo"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data"))); // the log file
        m_cli.setEnvironment(env);
        m_cli.setProfile(m_profile);
        return m_cli.runAll(QList<QStringList>{{QStringLiteral("db"), QStringLiteral("migrate")}} + setup);
    }

    CliRun cli(const QStringList& args, int timeoutMs = 300000) const { return m_cli.run(args, timeoutMs); }
    // `orders list --json`, by order number.
    QHash<QString, QJsonObject> orders() const {
        QHash<QString, QJsonObject> byNumber;
        for (const auto& o :
             cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")}).array())
            byNumber.insert(o.toObject().value(QStringLiteral("number")).toString(), o.toObject());
        return byNumber;
    }

    // The sales orders the ERP holds, by external document number.
    QHash<QString, QJsonObject> salesOrders() {
        QHash<QString, QJsonObject> byDocument;
        for (const auto& so : sandbox.erpState().value(QStringLiteral("salesOrders")).toArray())
            byDocument.insert(so.toObject().value(QStringLiteral("externalDocumentNumber")).toString(),
                              so.toObject());
        return byDocument;
    }

private:
    QTemporaryDir m_dir;
    QString m_profile;
    CliRunner m_cli;
};

} // namespace test
