#pragma once

#include "stagedorder.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace linkdesk {

enum class SettingType { String, Bool, Int, List, Enum };

// Where a setting is edited: the Settings page shows each group on a tab of its own.
enum class SettingGroup { Matching, OrderLines };

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
    SettingGroup group = SettingGroup::Matching;
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
inline const QString LineDescription = QStringLiteral("line_description");
inline const QString LinePriceSource = QStringLiteral("line_price_source");
inline const QString ShippingLineType = QStringLiteral("shipping_line_type");
inline const QString ShippingLineNumber = QStringLiteral("shipping_line_number");
inline const QString FeeLineType = QStringLiteral("fee_line_type");
inline const QString FeeLineNumber = QStringLiteral("fee_line_number");
} // namespace SettingKey

// Every setting Linkdesk knows, declared once.
const QList<SettingSpec>& settingSpecs();
const SettingSpec* findSettingSpec(const QString& key);

// Checks a value against its spec and returns its canonical text ("on" -> "true", list trimmed).
Result<QString> canonicalSettingValue(const SettingSpec& spec, const QString& value);

enum class GuestPolicy { DefaultCustomer, MatchEmail };
enum class EmailNormalisation { Exact, ProviderRules };

// Where a line's text and price come from: the shop's order, or the ERP (nothing is sent, so the
// ERP fills in its item's description, or its price for the order's customer).
enum class LineSource { Shop, Erp };
// How a charge (shipping, a fee) reaches the ERP: not at all, or as a line of an ERP item or of a
// G/L account.
enum class ChargeLineType { None, Item, Account };

struct ChargeLineSettings {
    ChargeLineType type = ChargeLineType::None;
    QString number;    // the ERP item or G/L account number
    QString typeKey;   // the setting keys, for messages: "shipping_line_type"
    QString numberKey; // "shipping_line_number"
};

// How the lines of a sales order are filled (the Settings page's tab "Order lines").
struct OrderLineSettings {
    LineSource description = LineSource::Shop;
    LineSource price = LineSource::Shop;
    ChargeLineSettings shipping{
        ChargeLineType::None, {}, SettingKey::ShippingLineType, SettingKey::ShippingLineNumber};
    ChargeLineSettings fee{ChargeLineType::None, {}, SettingKey::FeeLineType, SettingKey::FeeLineNumber};

    const ChargeLineSettings& forCharge(OrderCharge::Kind kind) const {
        return kind == OrderCharge::Kind::Fee ? fee : shipping;
    }
};

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
    OrderLineSettings lines;

    // Builds the typed settings from a key -> canonical value reader.
    static ShopSettings fromValues(const std::function<QString(const QString&)>& value);
    static ShopSettings defaults();
};

} // namespace linkdesk
