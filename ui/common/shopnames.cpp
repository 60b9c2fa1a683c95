#include "ui/common/shopnames.h"

namespace linkdesk {

namespace {
ShopNames& currentNames() {
    static ShopNames names;
    return names;
}
} // namespace

ShopNames::ShopNames(const QList<ShopConfig>& shops) {
    for (const ShopConfig& shop : shops)
        m_shops.append({shop.code, shop.name.trimmed()});
}

QString ShopNames::of(const QString& code) const {
    for (const Shop& shop : m_shops)
        if (shop.code == code)
            return shop.name.isEmpty() ? code : shop.name;
    return code;
}

QStringList ShopNames::codes() const {
    QStringList codes;
    for (const Shop& shop : m_shops)
        codes << shop.code;
    return codes;
}

const ShopNames& ShopNames::current() {
    return currentNames();
}

void ShopNames::setCurrent(ShopNames names) {
    currentNames() = std::move(names);
}

} // namespace linkdesk
