#include "profile.h"

#include "databaseurl.h"
#include "keychainnames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace linkdesk {

namespace {
const QString kShopPrefix = QStringLiteral("shop.");
const QString kColumnsSuffix = QStringLiteral(".columns");

using Section = QList<std::pair<QString, QString>>;

// The [shop.CODE.columns] sections of an INI file, read literally: a column title may hold ; or , which
// QSettings would take for a comment or a list. A line is key=value to its end; lines starting with
// ; or # are comments; a value in double quotes (as QSettings writes one) loses its quotes.
QHash<QString, Section> readColumnSections(const QString& path) {
    QHash<QString, Section> sections;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sections;
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Section* current = nullptr;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const QString name = line.mid(1, line.indexOf(QLatin1Char(']')) - 1).trimmed();
            current =
                name.startsWith(kShopPrefix) && name.endsWith(kColumnsSuffix) ? &sections[name] : nullptr;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (!current || eq < 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
            value = value.mid(1, value.size() - 2);
            value.replace(QLatin1String("\\\""), QLatin1String("\""))
                .replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
        current->append({line.left(eq).trimmed(), value});
    }
    return sections;
}

Result<void> validate(const Profile& p) {
    if (p.databaseUrl.isEmpty())
        return fail(QStringLiteral("The profile %1 has no [database] url.").arg(p.path));
    const auto url = DatabaseUrl::parse(p.databaseUrl);
    if (!url)
        return fail(QStringLiteral("The profile %1: %2").arg(p.path, url.message()));
    if (!url->password.isEmpty())
        return fail(
            QStringLiteral("The profile %1 holds a database password in [database] url. Remove it: Linkdesk "
                           "takes it from the keychain entry database.password (or the environment "
                           "variable LINKDESK_SECRET_DATABASE_PASSWORD).")
                .arg(p.path));
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
    QHash<QString, QString> folded; // code in lower case -> as written
    for (const ShopConfig& shop : p.shops) {
        if (!code.match(shop.code).hasMatch())
            return fail(
                QStringLiteral("Shop code \"%1\" in %2 is not valid: use up to 20 letters, digits, - or _.")
                    .arg(shop.code, p.path));
        // Secret names are lower case (keychainnames.h): [shop.web] and [shop.WEB] would share them.
        const QString lower = shop.code.toLower();
        if (folded.contains(lower))
            return fail(
                QStringLiteral("Shops \"%1\" and \"%2\" in %3 differ only in case; their secrets would "
                               "share the keychain entries %4.*. Rename one of them.")
                    .arg(folded.value(lower), shop.code, p.path,
                         keychainName({QStringLiteral("shop"), lower})),
                ErrorKind::Configuration);
        folded.insert(lower, shop.code);
        if (shop.type != QLatin1String("woocommerce") && shop.type != QLatin1String("file"))
            return fail(QStringLiteral("Shop %1 in %2 has type \"%3\"; use woocommerce or file.")
                            .arg(shop.code, p.path, shop.type));
        if (shop.type == QLatin1String("woocommerce") && shop.url.isEmpty())
            return fail(QStringLiteral("Shop %1 in %2 needs url=.").arg(shop.code, p.path));
        if (shop.type == QLatin1String("file") && shop.path.isEmpty())
            return fail(QStringLiteral("Shop %1 in %2 needs path=.").arg(shop.code, p.path));
    }
    if (!p.erp.type.isEmpty() && p.erp.type != QLatin1String("businesscentral") &&
        p.erp.type != QLatin1String("tharstern"))
        return fail(QStringLiteral("[erp] type in %1 is \"%2\"; use businesscentral or tharstern.")
                        .arg(p.path, p.erp.type));
    return {};
}
// format= of a shop and, for format=columns, its [shop.CODE.columns] section (taken out of `sections`).
Result<void> readFileFormat(ShopConfig& shop, const QString& format, QHash<QString, Section>& sections,
                            const QString& path) {
    const QString sectionName = kShopPrefix + shop.code + kColumnsSuffix;
    const std::optional<Section> section =
        sections.contains(sectionName) ? std::optional<Section>(sections.take(sectionName)) : std::nullopt;
    if (format.isEmpty() && !section)
        return {};
    if (shop.type != QLatin1String("file"))
        return fail(QStringLiteral("Shop %1 in %2: format= and [%3] are for shops of type file only.")
                        .arg(shop.code, path, sectionName),
                    ErrorKind::Configuration);
    if (!format.isEmpty()) {
        const auto kind = OrderFileFormat::kindOfName(format);
        if (!kind)
            return fail(
                QStringLiteral("Shop %1 in %2 has format \"%3\"; use %4.")
                    .arg(shop.code, path, format, OrderFileFormat::names().join(QStringLiteral(", "))),
                ErrorKind::Configuration);
        shop.fileFormat.kind = *kind;
    }
    const bool columns = shop.fileFormat.kind == OrderFileFormat::Kind::Columns;
    if (columns && !section)
        return fail(QStringLiteral("Shop %1 in %2 has format=columns but no [%3] section saying which column "
                                   "holds what (number=, quantity=, price=, sku=, ...).")
                        .arg(shop.code, path, sectionName),
                    ErrorKind::Configuration);
    if (!columns && section)
        return fail(QStringLiteral("Shop %1 in %2 has a [%3] section, read only with format=columns (its "
                                   "format is %4).")
                        .arg(shop.code, path, sectionName, shop.fileFormat.name()),
                    ErrorKind::Configuration);
    if (columns) {
        auto mapping =
            ColumnMapping::fromSection(*section, QStringLiteral("[%1] in %2").arg(sectionName, path));
        if (!mapping)
            return mapping.error();
        shop.fileFormat.columns = *mapping;
    }
    return {};
}
// true/1/yes or false/0/no, any case; nullopt for anything else.
std::optional<bool> boolValue(const QString& text) {
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0") || value == QLatin1String("no"))
        return false;
    return std::nullopt;
}
// The Tharstern keys of [erp] (ini is in that group); absent keys keep their defaults.
Result<void> readTharsternKeys(QSettings& ini, TharsternKeys& keys, const QString& path) {
    for (const auto& [key, member] : TharsternKeys::texts()) {
        QString* target = &(keys.*member);
        const QString name = QString::fromLatin1(key);
        if (!ini.contains(name))
            continue;
        const QString value = ini.value(name).toString().trimmed();
        if (value.isEmpty())
            return fail(QStringLiteral("%1: [erp] %2 is empty; remove it to use the default \"%3\".")
                            .arg(path, name, *target),
                        ErrorKind::Configuration);
        *target = value;
    }
    keys.customerSearch = keys.customerSearch.toLower();
    if (!TharsternKeys::searchModes().contains(keys.customerSearch))
        return fail(QStringLiteral("%1: [erp] customer_search is \"%2\"; use endpoint or contacts.")
                        .arg(path, keys.customerSearch),
                    ErrorKind::Configuration);
    const QString dedupe = QStringLiteral("submit_deduplicates");
    if (ini.contains(dedupe)) {
        const auto value = boolValue(ini.value(dedupe).toString());
        if (value)
            keys.submitDeduplicates = *value;
        else
            return fail(QStringLiteral("%1: [erp] submit_deduplicates is \"%2\"; use true or false.")
                            .arg(path, ini.value(dedupe).toString()),
                        ErrorKind::Configuration);
    }
    return {};
}
// batch and batch_size of [erp] (ini is in that group); absent keys keep their defaults.
Result<void> readBatchKeys(QSettings& ini, ErpConfig& erp, const QString& path) {
    const QString batch = QStringLiteral("batch");
    if (ini.contains(batch)) {
        const auto value = boolValue(ini.value(batch).toString());
        if (!value)
            return fail(QStringLiteral("%1: [erp] batch is \"%2\"; use true or false.")
                            .arg(path, ini.value(batch).toString()),
                        ErrorKind::Configuration);
        erp.batch = *value;
    }
    const QString size = QStringLiteral("batch_size");
    if (ini.contains(size)) {
        bool ok = false;
        const int value = ini.value(size).toString().trimmed().toInt(&ok);
        if (!ok || value < 1 || value > ErpConfig::kMaxBatchSize)
            return fail(QStringLiteral("%1: [erp] batch_size is \"%2\"; use a whole number from 1 to %3 "
                                       "(Business Central takes at most %3 operations in one $batch).")
                            .arg(path, ini.value(size).toString())
                            .arg(ErpConfig::kMaxBatchSize),
                        ErrorKind::Configuration);
        erp.batchSize = value;
    }
    return {};
}
} // namespace

const ShopConfig* Profile::shop(const QString& code) const {
    for (const ShopConfig& s : shops)
        if (s.code == code)
            return &s;
    return nullptr;
}

QStringList Profile::shopCodes() const {
    QStringList codes;
    for (const ShopConfig& s : shops)
        codes << s.code;
    return codes;
}

QList<TharsternKeys::Text> TharsternKeys::texts() {
    return {{"application_id", &TharsternKeys::applicationId},
            {"customer_search", &TharsternKeys::customerSearch},
            {"customer_search_path", &TharsternKeys::customerSearchPath},
            {"customer_search_parameter", &TharsternKeys::customerSearchParameter},
            {"customer_create_path", &TharsternKeys::customerCreatePath},
            {"contacts_path", &TharsternKeys::contactsPath},
            {"customer_name_search_path", &TharsternKeys::customerNameSearchPath},
            {"customer_name_search_parameter", &TharsternKeys::customerNameSearchParameter},
            {"product_search_path", &TharsternKeys::productSearchPath},
            {"product_search_parameter", &TharsternKeys::productSearchParameter}};
}

Result<Profile> Profile::load(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("The profile %1 does not exist.").arg(path));
    if (!info.isReadable())
        return fail(QStringLiteral("The profile %1 cannot be read.").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return fail(QStringLiteral("The profile %1 is not a valid INI file.").arg(path));
    Profile p;
    p.path = info.absoluteFilePath();
    p.databaseUrl = ini.value(QStringLiteral("database/url")).toString().trimmed();
    // A relative SQLite path is relative to the profile's folder.
    if (p.databaseUrl.startsWith(QLatin1String("sqlite:"))) {
        const QString file = p.databaseUrl.mid(7);
        if (!file.isEmpty() && QFileInfo(file).isRelative())
            p.databaseUrl = QStringLiteral("sqlite:") + info.absoluteDir().absoluteFilePath(file);
    }
    QHash<QString, Section> columnSections = readColumnSections(p.path);
    for (const QString& group : ini.childGroups()) {
        if (!group.startsWith(kShopPrefix) || group.endsWith(kColumnsSuffix))
            continue;
        ini.beginGroup(group);
        ShopConfig shop;
        shop.code = group.mid(kShopPrefix.size());
        shop.name = ini.value(QStringLiteral("name"), shop.code).toString();
        shop.type = ini.value(QStringLiteral("type"), QStringLiteral("woocommerce")).toString();
        shop.url = ini.value(QStringLiteral("url")).toString();
        shop.path = ini.value(QStringLiteral("path")).toString();
        if (!shop.path.isEmpty() && QFileInfo(shop.path).isRelative())
            shop.path = info.absoluteDir().absoluteFilePath(shop.path);
        const QString format = ini.value(QStringLiteral("format")).toString().trimmed();
        ini.endGroup();
        if (auto r = readFileFormat(shop, format, columnSections, p.path); !r)
            return r.error();
        p.shops.append(shop);
    }
    if (!columnSections.isEmpty())
        return fail(QStringLiteral("The profile %1 has a section [%2] but no shop [%3] it belongs to.")
                        .arg(p.path, columnSections.keys().constFirst(),
                             columnSections.keys().constFirst().chopped(kColumnsSuffix.size())),
                    ErrorKind::Configuration);
    ini.beginGroup(QStringLiteral("erp"));
    p.erp.type = ini.value(QStringLiteral("type")).toString();
    p.erp.apiUrl = ini.value(QStringLiteral("api_url")).toString();
    p.erp.tokenUrl = ini.value(QStringLiteral("token_url")).toString();
    p.erp.companyId = ini.value(QStringLiteral("company_id")).toString();
    p.erp.tenant = ini.value(QStringLiteral("tenant")).toString();
    p.erp.environment = ini.value(QStringLiteral("environment"), QStringLiteral("production")).toString();
    p.erp.clientId = ini.value(QStringLiteral("client_id")).toString();
    p.erp.user = ini.value(QStringLiteral("user")).toString();
    if (auto r = readTharsternKeys(ini, p.erp.tharstern, p.path); !r)
        return r.error();
    if (auto r = readBatchKeys(ini, p.erp, p.path); !r)
        return r.error();
    ini.endGroup();
    ini.beginGroup(QStringLiteral("net"));
    const std::pair<const char*, int*> numbers[] = {{"timeout_ms", &p.net.timeoutMs},
                                                    {"max_parallel", &p.net.maxParallel},
                                                    {"max_attempts", &p.net.maxAttempts}};
    for (const auto& [key, target] : numbers) {
        const QString name = QString::fromLatin1(key);
        if (!ini.contains(name))
            continue;
        bool ok = false;
        const int value = ini.value(name).toInt(&ok);
        if (!ok || value <= 0)
            return fail(QStringLiteral("%1: [net] %2 must be a positive whole number, not \"%3\".")
                            .arg(p.path, name, ini.value(name).toString()));
        *target = value;
    }
    ini.endGroup();
    if (auto r = validate(p); !r)
        return r.error();
    return p;
}

QString Profile::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profile.ini");
}

Result<Profile> Profile::loadDefault() {
    const QString path = defaultPath();
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(QStringLiteral("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
        Profile p;
        p.path = path;
        p.databaseUrl = QStringLiteral("sqlite:linkdesk.sqlite");
        if (auto r = p.save(); !r)
            return r.error();
    }
    return load(path);
}

Result<void> Profile::save() const {
    QSettings ini(path, QSettings::IniFormat);
    ini.clear();
    ini.setValue(QStringLiteral("database/url"), databaseUrl);
    for (const ShopConfig& shop : shops) {
        ini.beginGroup(kShopPrefix + shop.code);
        ini.setValue(QStringLiteral("name"), shop.name);
        ini.setValue(QStringLiteral("type"), shop.type);
        if (!shop.url.isEmpty())
            ini.setValue(QStringLiteral("url"), shop.url);
        if (!shop.path.isEmpty())
            ini.setValue(QStringLiteral("path"), shop.path);
        if (shop.fileFormat.kind != OrderFileFormat::Kind::Linkdesk)
            ini.setValue(QStringLiteral("format"), shop.fileFormat.name());
        ini.endGroup();
        if (shop.fileFormat.kind == OrderFileFormat::Kind::Columns) {
            ini.beginGroup(kShopPrefix + shop.code + kColumnsSuffix);
            for (const auto& [key, value] : shop.fileFormat.columns.toSection())
                ini.setValue(key, value);
            ini.endGroup();
        }
    }
    if (!erp.type.isEmpty()) {
        ini.beginGroup(QStringLiteral("erp"));
        ini.setValue(QStringLiteral("type"), erp.type);
        const std::pair<const char*, QString> values[] = {
            {"api_url", erp.apiUrl}, {"token_url", erp.tokenUrl},      {"company_id", erp.companyId},
            {"tenant", erp.tenant},  {"environment", erp.environment}, {"client_id", erp.clientId},
            {"user", erp.user}};
        for (const auto& [key, value] : values)
            if (!value.isEmpty())
                ini.setValue(QString::fromLatin1(key), value);
        const ErpConfig defaults;
        if (erp.batch != defaults.batch)
            ini.setValue(QStringLiteral("batch"),
                         erp.batch ? QStringLiteral("true") : QStringLiteral("false"));
        if (erp.batchSize != defaults.batchSize)
            ini.setValue(QStringLiteral("batch_size"), erp.batchSize);
        if (erp.type == QLatin1String("tharstern")) { // every key written: the file shows the choices
            const TharsternKeys& th = erp.tharstern;
            for (const auto& [key, member] : TharsternKeys::texts())
                ini.setValue(QString::fromLatin1(key), th.*member);
            ini.setValue(QStringLiteral("submit_deduplicates"),
                         th.submitDeduplicates ? QStringLiteral("true") : QStringLiteral("false"));
        }
        ini.endGroup();
    }
    const NetConfig defaults;
    if (net.timeoutMs != defaults.timeoutMs || net.maxParallel != defaults.maxParallel ||
        net.maxAttempts != defaults.maxAttempts) {
        ini.beginGroup(QStringLiteral("net"));
        ini.setValue(QStringLiteral("timeout_ms"), net.timeoutMs);
        ini.setValue(QStringLiteral("max_parallel"), net.maxParallel);
        ini.setValue(QStringLiteral("max_attempts"), net.maxAttempts);
        ini.endGroup();
    }
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return fail(QStringLiteral("Cannot write the profile %1.").arg(path));
    return {};
}

} // namespace linkdesk
