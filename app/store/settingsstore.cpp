#include "settingsstore.h"

#include "auditlog.h"
#include "database.h"

namespace linkdesk {

namespace {
QString auditKey(const QString& key, const QString& shop) {
    return shop.isEmpty() ? key : shop + QLatin1Char('/') + key;
}
} // namespace

QString toString(SettingsStore::Origin origin) {
    switch (origin) {
    case SettingsStore::Origin::Shop:
        return QStringLiteral("shop");
    case SettingsStore::Origin::Installation:
        return QStringLiteral("installation");
    case SettingsStore::Origin::Default:
        break;
    }
    return QStringLiteral("default");
}

SettingsStore::SettingsStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {}

Result<const SettingSpec*> SettingsStore::spec(const QString& key) const {
    if (const SettingSpec* s = findSettingSpec(key))
        return s;
    QStringList keys;
    for (const SettingSpec& s : settingSpecs())
        keys << s.key;
    return fail(QStringLiteral("Unknown setting \"%1\". Known settings: %2.")
                    .arg(key, keys.join(QStringLiteral(", "))));
}

Result<QHash<QString, QString>> SettingsStore::stored(const QString& scope) const {
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE scope = ?"), {scope});
    if (!q)
        return q.error();
    QHash<QString, QString> values;
    while (q->next())
        values.insert(q->value(0).toString(), q->value(1).toString());
    return values;
}

Result<QList<SettingsStore::Entry>> SettingsStore::entries(const QString& shop) const {
    auto installation = stored(QString());
    if (!installation)
        return installation.error();
    QHash<QString, QString> own;
    if (!shop.isEmpty()) {
        auto shopValues = stored(shop);
        if (!shopValues)
            return shopValues.error();
        own = *shopValues;
    }
    QList<Entry> result;
    for (const SettingSpec& s : settingSpecs()) {
        const auto inst = installation->constFind(s.key);
        Entry e{&s, s.defaultValue, Origin::Default, s.defaultValue};
        if (inst != installation->constEnd()) {
            e.value = e.installationValue = *inst;
            e.origin = Origin::Installation;
        }
        if (const auto it = own.constFind(s.key); it != own.constEnd()) {
            e.value = *it;
            e.origin = Origin::Shop;
        }
        result.append(e);
    }
    return result;
}

Result<SettingsStore::Entry> SettingsStore::entry(const QString& key, const QString& shop) const {
    auto s = spec(key);
    if (!s)
        return s.error();
    auto all = entries(shop);
    if (!all)
        return all.error();
    for (const Entry& e : *all)
        if (e.spec == *s)
            return e;
    return fail(QStringLiteral("Unknown setting \"%1\".").arg(key));
}

Result<QString> SettingsStore::value(const QString& key, const QString& shop) const {
    auto e = entry(key, shop);
    if (!e)
        return e.error();
    return e->value;
}

Result<ShopSettings> SettingsStore::forShop(const QString& shop) const {
    auto all = entries(shop);
    if (!all)
        return all.error();
    QHash<QString, QString> values;
    for (const Entry& e : *all)
        values.insert(e.spec->key, e.value);
    return ShopSettings::fromValues([&](const QString& key) { return values.value(key); });
}

Result<void> SettingsStore::set(const QString& key, const QString& value, const QString& shop) {
    auto s = spec(key);
    if (!s)
        return s.error();
    auto canonical = canonicalSettingValue(**s, value);
    if (!canonical)
        return canonical.error();
    return write(key, shop, *canonical);
}

Result<void> SettingsStore::unset(const QString& key, const QString& shop) {
    if (auto s = spec(key); !s)
        return s.error();
    return write(key, shop, std::nullopt);
}

// Stores (or with no value removes) a scope's value and audits the change, in one transaction;
// writing what is there already changes nothing and audits nothing.
Result<void> SettingsStore::write(const QString& key, const QString& shop,
                                  const std::optional<QString>& value) {
    static const QString unsetText = QStringLiteral("(unset)");
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto old =
        m_db.exec(QStringLiteral("SELECT value FROM settings WHERE scope = ? AND key = ?"), {shop, key});
    if (!old)
        return old.error();
    const std::optional<QString> oldValue =
        old->next() ? std::optional<QString>(old->value(0).toString()) : std::nullopt;
    if (oldValue == value)
        return tx.commit();
    auto written =
        !value ? m_db.exec(QStringLiteral("DELETE FROM settings WHERE scope = ? AND key = ?"), {shop, key})
        : oldValue ? m_db.exec(QStringLiteral("UPDATE settings SET value = ? WHERE scope = ? AND key = ?"),
                               {*value, shop, key})
                   : m_db.exec(QStringLiteral("INSERT INTO settings (scope, key, value) VALUES (?, ?, ?)"),
                               {shop, key, *value});
    if (!written)
        return written.error();
    if (auto r = AuditLog(m_db).record(QStringLiteral("setting"), auditKey(key, shop),
                                       oldValue.value_or(unsetText), value.value_or(unsetText));
        !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    emit changed(key, shop);
    return {};
}

} // namespace linkdesk
