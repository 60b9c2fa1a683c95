#pragma once

#include "domain/settings.h"
#include "util/result.h"

#include <QObject>

#include <optional>

namespace linkdesk {

class Database;

// The settings shared by every workstation, stored in the database. A per-shop value overrides the
// installation value, which overrides the declared default. Every change is audited.
class SettingsStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsStore)
public:
    enum class Origin { Default, Installation, Shop };
    struct Entry {
        const SettingSpec* spec;
        QString value;
        Origin origin;
        QString installationValue; // what the shop falls back to
    };

    explicit SettingsStore(Database& db, QObject* parent = nullptr);

    // The effective value for a shop (empty shop: the installation).
    Result<QString> value(const QString& key, const QString& shop = {}) const;
    Result<Entry> entry(const QString& key, const QString& shop = {}) const;
    Result<QList<Entry>> entries(const QString& shop = {}) const;
    Result<ShopSettings> forShop(const QString& shop) const;

    // Sets the installation value (empty shop) or a shop's own value.
    Result<void> set(const QString& key, const QString& value, const QString& shop = {});
    // Removes a shop's own value (or the installation value), so the fallback applies again.
    Result<void> unset(const QString& key, const QString& shop = {});

signals:
    void changed(const QString& key, const QString& shop);

private:
    Result<const SettingSpec*> spec(const QString& key) const;
    Result<QHash<QString, QString>> stored(const QString& scope) const;
    Result<void> write(const QString& key, const QString& shop, const std::optional<QString>& value);

    Database& m_db;
};

QString toString(SettingsStore::Origin origin);

} // namespace linkdesk
