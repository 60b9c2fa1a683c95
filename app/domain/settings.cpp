#include "settings.h"

#include <QtGlobal>

namespace linkdesk {

const QList<SettingSpec>& settingSpecs() {
    static const QList<SettingSpec> specs{
        {SettingKey::DefaultCustomerCode,
         SettingType::String,
         QStringLiteral("WEB"),
         {},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Default customer code"),
         QT_TRANSLATE_NOOP(
             "linkdesk::SettingSpec",
             "The ERP customer that orders are booked to when they are not linked to a customer "
             "of their own, and the only one while linking is off.")},
        {SettingKey::UseExternalIdAsCustomerCode,
         SettingType::Bool,
         QStringLiteral("true"),
         {},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Use ExternalId as CustomerCode"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "Links each shop customer to an ERP customer, so that pricing and orders use the "
                           "linked customer's code. Off: every order goes to the default customer.")},
        {SettingKey::CheckEmailNewCustomers,
         SettingType::Bool,
         QStringLiteral("true"),
         {},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Check e-mail for new customers"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "Before a customer is created, the ERP is searched for a customer with the same "
                           "e-mail address; exactly one is linked, more than one waits for review.")},
        {SettingKey::MatchFields,
         SettingType::List,
         QString(),
         {QStringLiteral("currency_code"), QStringLiteral("country"), QStringLiteral("company"),
          QStringLiteral("vat_number")},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "E-mail match also needs equal"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "Fields that must be equal as well for an e-mail match to count. A shop customer "
                           "then has one link per set of these values, one per currency say.")},
        {SettingKey::CreateMissingCustomers,
         SettingType::Bool,
         QStringLiteral("true"),
         {},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Create missing customers"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "When no ERP customer matches, one is created from the customer template that "
                           "fits. Off: the order goes to the default customer.")},
        {SettingKey::GuestPolicy,
         SettingType::Enum,
         QStringLiteral("default_customer"),
         {QStringLiteral("default_customer"), QStringLiteral("match_email")},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Guest orders"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "How orders without a shop customer account are linked: to the default customer, "
                           "or by their e-mail address.")},
        {SettingKey::ItemBlockedCheck,
         SettingType::Bool,
         QStringLiteral("true"),
         {},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Only products with a product mapping"),
         QT_TRANSLATE_NOOP(
             "linkdesk::SettingSpec",
             "On: every product needs a product mapping; an order with an unmapped one is "
             "blocked until it has one. Off: an unmapped SKU is looked up as an ERP item number "
             "and, when the ERP has that item, used and remembered as a mapping; only a SKU the "
             "ERP does not know blocks the order.")},
        {SettingKey::EmailNormalisation,
         SettingType::Enum,
         QStringLiteral("exact"),
         {QStringLiteral("exact"), QStringLiteral("provider_rules")},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "E-mail normalisation"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "How e-mail addresses are compared: trimmed and in lower case, or also by the "
                           "rules of providers such as Gmail (dots and +tags ignored).")},
        {SettingKey::CacheTtlSeconds,
         SettingType::Int,
         QStringLiteral("900"),
         {},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Lookup cache lifetime"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "How many seconds a cached ERP look-up is used before the ERP is asked again; "
                           "0 turns the cache off (an import still reuses what it asked within itself). An "
                           "import of several shops uses the shortest of their lifetimes.")},
        {SettingKey::LineDescription,
         SettingType::Enum,
         QStringLiteral("shop"),
         {QStringLiteral("shop"), QStringLiteral("erp")},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Line descriptions"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "shop: each order line is described by the product name from the shop (and "
                           "shipping and fee lines by the shop's name for them). erp: no description is "
                           "sent, so the ERP uses its item's or account's own."),
         SettingGroup::OrderLines},
        {SettingKey::LinePriceSource,
         SettingType::Enum,
         QStringLiteral("shop"),
         {QStringLiteral("shop"), QStringLiteral("erp")},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Prices on order lines"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "shop: each product line carries the price the customer paid in the shop. erp: "
                           "product lines are sent without a price, so the ERP applies the linked "
                           "customer's own prices. Shipping and fee lines always carry the shop's amount."),
         SettingGroup::OrderLines},
        {SettingKey::ShippingLineType,
         SettingType::Enum,
         QStringLiteral("none"),
         {QStringLiteral("none"), QStringLiteral("item"), QStringLiteral("account")},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Shipping line"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "How the shipping an order charges reaches the ERP: not at all (none), as a line "
                           "of an ERP item (item), or as a G/L account line (account; Business Central "
                           "only), with the amount the shop charged."),
         SettingGroup::OrderLines},
        {SettingKey::ShippingLineNumber,
         SettingType::String,
         QString(),
         {},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Shipping item or account"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "The ERP item number (Shipping line: item) or G/L account number (account) of "
                           "the shipping line."),
         SettingGroup::OrderLines},
        {SettingKey::FeeLineType,
         SettingType::Enum,
         QStringLiteral("none"),
         {QStringLiteral("none"), QStringLiteral("item"), QStringLiteral("account")},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Fee lines"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "How the fees of an order (WooCommerce fee lines) reach the ERP: not at all "
                           "(none), as lines of an ERP item (item), or as G/L account lines (account; "
                           "Business Central only), one per fee, with the shop's amount."),
         SettingGroup::OrderLines},
        {SettingKey::FeeLineNumber,
         SettingType::String,
         QString(),
         {},
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec", "Fee item or account"),
         QT_TRANSLATE_NOOP("linkdesk::SettingSpec",
                           "The ERP item number (Fee lines: item) or G/L account number (account) of the "
                           "fee lines."),
         SettingGroup::OrderLines},
    };
    return specs;
}

const SettingSpec* findSettingSpec(const QString& key) {
    for (const SettingSpec& spec : settingSpecs())
        if (spec.key == key)
            return &spec;
    return nullptr;
}

Result<QString> canonicalSettingValue(const SettingSpec& spec, const QString& value) {
    const QString v = value.trimmed();
    switch (spec.type) {
    case SettingType::String:
        return v;
    case SettingType::Bool: {
        const QString l = v.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("on") || l == QLatin1String("yes") ||
            l == QLatin1String("1"))
            return QStringLiteral("true");
        if (l == QLatin1String("false") || l == QLatin1String("off") || l == QLatin1String("no") ||
            l == QLatin1String("0"))
            return QStringLiteral("false");
        return fail(QStringLiteral("%1 must be true or false, not \"%2\".").arg(spec.key, value));
    }
    case SettingType::Int: {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < 0)
            return fail(
                QStringLiteral("%1 must be a whole number of 0 or more, not \"%2\".").arg(spec.key, value));
        return QString::number(n);
    }
    case SettingType::Enum:
        if (!spec.allowed.contains(v))
            return fail(QStringLiteral("%1 must be one of %2, not \"%3\".")
                            .arg(spec.key, spec.allowed.join(QStringLiteral(", ")), value));
        return v;
    case SettingType::List: {
        QStringList items;
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            if (item.isEmpty())
                continue;
            if (!spec.allowed.contains(item))
                return fail(QStringLiteral("%1 may only hold %2; \"%3\" is not one of them.")
                                .arg(spec.key, spec.allowed.join(QStringLiteral(", ")), item));
            if (!items.contains(item))
                items.append(item);
        }
        return items.join(QLatin1Char(','));
    }
    }
    return v;
}

ShopSettings ShopSettings::fromValues(const std::function<QString(const QString&)>& value) {
    const auto flag = [&](const QString& key) { return value(key) == QLatin1String("true"); };
    ShopSettings s;
    s.defaultCustomerCode = value(SettingKey::DefaultCustomerCode);
    s.useExternalIdAsCustomerCode = flag(SettingKey::UseExternalIdAsCustomerCode);
    s.checkEmailNewCustomers = flag(SettingKey::CheckEmailNewCustomers);
    s.matchFields = value(SettingKey::MatchFields).split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.createMissingCustomers = flag(SettingKey::CreateMissingCustomers);
    s.guestPolicy = value(SettingKey::GuestPolicy) == QLatin1String("match_email")
                        ? GuestPolicy::MatchEmail
                        : GuestPolicy::DefaultCustomer;
    s.itemBlockedCheck = flag(SettingKey::ItemBlockedCheck);
    s.emailNormalisation = value(SettingKey::EmailNormalisation) == QLatin1String("provider_rules")
                               ? EmailNormalisation::ProviderRules
                               : EmailNormalisation::Exact;
    s.cacheTtlSeconds = value(SettingKey::CacheTtlSeconds).toInt();
    const auto source = [&](const QString& key) {
        return value(key) == QLatin1String("erp") ? LineSource::Erp : LineSource::Shop;
    };
    const auto chargeType = [&](const QString& key) {
        const QString v = value(key);
        return v == QLatin1String("item")      ? ChargeLineType::Item
               : v == QLatin1String("account") ? ChargeLineType::Account
                                               : ChargeLineType::None;
    };
    s.lines.description = source(SettingKey::LineDescription);
    s.lines.price = source(SettingKey::LinePriceSource);
    s.lines.shipping.type = chargeType(SettingKey::ShippingLineType);
    s.lines.shipping.number = value(SettingKey::ShippingLineNumber).trimmed();
    s.lines.fee.type = chargeType(SettingKey::FeeLineType);
    s.lines.fee.number = value(SettingKey::FeeLineNumber).trimmed();
    return s;
}

ShopSettings ShopSettings::defaults() {
    return fromValues([](const QString& key) {
        const SettingSpec* spec = findSettingSpec(key);
        return spec ? spec->defaultValue : QString();
    });
}

} // namespace linkdesk
