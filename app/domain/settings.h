#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace linkdesk {

enum class SettingType { String, Bool, Int, List, Enum };

// One declared setting: its key, type, default, (for enums and lists) allowed values, and what
// people read about it. This table is the only one: the settings page, `linkdesk-cli settings list`
// and docs/settings.md (generated from it, see tests/docs) all show these labels and help texts.
struct SettingSpec {
    // label and help are English, marked with QT_TRANSLATE_NOOP in this context; the window shows
    // them translated with QCoreApplication::translate(SettingSpec::TranslationContext, ...).
    static constexpr const char* TranslationContext = "linkdesk::SettingSpec";

    QString key;
    SettingType type;
    QString defaultValue; // in canonical text form
    QStringList allowed;
    const char* label; // the setting's name on the settings page: a few words
    const char* help;  // what it does, in a sentence or two
};

namespace SettingKey {
inline const QString DefaultCustomerCode = QStringLiteral("default_customer_code");
inline const QString UseExternalIdAsCustomerCode = QStringLiteral("use_external_id_as_customer_code");
inline const QString CheckEmailNewCustomers = QStringLiteral("check_email_new_customers");
inline const QString MatchFields = QStringLiteral("match_fields");
inline const QString CreateMissingCustomers = QStringLiteral("create_missing_customers");
inline const QString GuestPolicy = QStringLiteral("guest_policy");
inline const QString ItemBlockedCheck = QStringLiteral("item_blocked_check");
inline const QString EmailNormalisation = QStringLiteral("email_normalisation");
inline const QString CacheTtlSeconds = QStringLiteral("cache_ttl_seconds");
} // namespace SettingKey

// Every setting Linkdesk knows, declared once.
const QList<SettingSpec>& settingSpecs();
const SettingSpec* findSettingSpec(const QString& key);

// Checks a value against its spec and returns its canonical text ("on" -> "true", list trimmed).
Result<QString> canonicalSettingValue(const SettingSpec& spec, const QString& value);

enum class GuestPolicy { DefaultCustomer, MatchEmail };
enum class EmailNormalisation { Exact, ProviderRules };

// The settings that apply to one shop, typed, after the shop -> installation -> default fallback.
struct ShopSettings {
    QString defaultCustomerCode;
    bool useExternalIdAsCustomerCode = true;
    bool checkEmailNewCustomers = true;
    QStringList matchFields;
    bool createMissingCustomers = true;
    GuestPolicy guestPolicy = GuestPolicy::DefaultCustomer;
    bool itemBlockedCheck = true;
    EmailNormalisation emailNormalisation = EmailNormalisation::Exact;
    int cacheTtlSeconds = 900;

    // Builds the typed settings from a key -> canonical value reader.
    static ShopSettings fromValues(const std::function<QString(const QString&)>& value);
    static ShopSettings defaults();
};

} // namespace linkdesk
