#pragma once

#include "domain/orderfileformat.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace linkdesk {

struct ShopConfig {
    QString code;
    QString name;
    QString type; // woocommerce | file
    QString url;  // woocommerce
    QString path; // file
    // file: how its files are written, format= (linkdesk, woocommerce-json, shopify or columns) with,
    // for columns, the [shop.CODE.columns] section.
    OrderFileFormat fileFormat = {};
};

// The [erp] keys only Tharstern reads. Its API is not publicly documented beyond a few endpoints:
// how a site searches customers by e-mail and creates them differs, so those are settings.
struct TharsternKeys {
    QString applicationId = QStringLiteral("api"); // application_id
    // customer_search: "endpoint" (GET customer_search_path?customer_search_parameter=EMAIL) or
    // "contacts" (a directory of every customer and contact, read from the API and matched here).
    QString customerSearch = QStringLiteral("endpoint");
    QString customerSearchPath = QStringLiteral("customers");  // customer_search_path
    QString customerSearchParameter = QStringLiteral("email"); // customer_search_parameter
    QString customerCreatePath = QStringLiteral("customers");  // customer_create_path
    QString contactsPath = QStringLiteral("contacts");         // contacts_path
    // Staff's search by name (Connect Link, the item picker): GET path?parameter=TEXT, for
    // customers only with customer_search=endpoint (the directory is searched otherwise).
    QString customerNameSearchPath = QStringLiteral("customers"); // customer_name_search_path
    QString customerNameSearchParameter = QStringLiteral("name"); // customer_name_search_parameter
    QString productSearchPath = QStringLiteral("products");       // product_search_path
    QString productSearchParameter = QStringLiteral("name");      // product_search_parameter
    // submit_deduplicates: the site's Tharstern answers a repeated UniqueSubmitOrderID with the
    // first order, so a submit whose outcome is unknown may be sent again. Off unless known.
    bool submitDeduplicates = false;

    static QStringList searchModes() { return {QStringLiteral("endpoint"), QStringLiteral("contacts")}; }

    // The text keys above, each with its name in [erp]: the one list the profile reads and writes
    // and the ERP client factory checks.
    struct Text {
        const char* key;
        QString TharsternKeys::*value;
    };
    static QList<Text> texts();
};

struct ErpConfig {
    QString type; // businesscentral | tharstern
    QString apiUrl;
    QString tokenUrl;
    QString companyId;
    QString tenant;
    QString environment;
    QString clientId; // not a secret; the client secret lives in the keychain
    QString user;     // Tharstern login e-mail; the password lives in the keychain (erp.password)
    // batch, batch_size (Business Central): a round's look-ups, customer creates and sales orders
    // travel as $batch requests of at most batchSize operations (Business Central takes 100).
    // Tharstern has no batch endpoint: its calls stay parallel single requests whatever this says.
    bool batch = true;
    int batchSize = kMaxBatchSize;
    TharsternKeys tharstern;

    static constexpr int kMaxBatchSize = 100;
};

// How patiently Linkdesk talks HTTP: [net] timeout_ms (per attempt), max_parallel, max_attempts.
struct NetConfig {
    int timeoutMs = 30000;
    int maxParallel = 6;
    int maxAttempts = 4;
};

// A profile: which database, which shops and which ERP. An INI file:
//   [database] url=sqlite:/path or postgresql://user@host:5432/name
//   [shop.web] type=woocommerce url=https://shop.example
//   [shop.files] type=file path=FOLDER format=shopify (or linkdesk, woocommerce-json, columns)
//   [shop.files.columns] number=Order ID email=Billing E-mail sku=Product SKU ... (format=columns)
//   [erp] type=businesscentral api_url=... token_url=... company_id=... tenant=...
//         batch=true batch_size=100 (optional: $batch requests, at most 100 operations each)
//   [erp] type=tharstern api_url=... user=... application_id=api customer_search=endpoint|contacts
//         customer_search_path=customers customer_search_parameter=email
//         customer_create_path=customers contacts_path=contacts submit_deduplicates=false
//         customer_name_search_path=customers customer_name_search_parameter=name
//         product_search_path=products product_search_parameter=name
//   [net] timeout_ms=30000 max_parallel=6 max_attempts=4 (optional)
// Secrets never live here: they are in the keychain (see CredentialStore).
struct Profile {
    QString path;
    QString databaseUrl;
    QList<ShopConfig> shops;
    ErpConfig erp;
    NetConfig net;

    const ShopConfig* shop(const QString& code) const;
    QStringList shopCodes() const; // in the profile's order

    static Result<Profile> load(const QString& path);
    // The user's own profile in the app-data folder, created with an SQLite database on first use.
    static Result<Profile> loadDefault();
    static QString defaultPath();
    Result<void> save() const;
};

} // namespace linkdesk
