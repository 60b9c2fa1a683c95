#include "ui/common/shopnames.h"

namespace linkdesk {

namespace {
ShopNames& currentNames() {
    static ShopNames names;
    return names;
}
} // namespace

ShopNames::ShopNames(const QList<ShopConfig>& shops) {
    m_shops.shops = shops;
}

QString ShopNames::of(const QString& code) const {
    const ShopConfig* shop = m_shops.shop(code);
    return shop && !shop->name.trimmed().isEmpty() ? shop->name.trimmed() : code;
}

QStringList ShopNames::codes() const {
    return m_shops.shopCodes();
}

const ShopNames& ShopNames::current() {
    return currentNames();
}

void ShopNames::setCurrent(ShopNames names) {
    currentNames() = std::move(names);
}

} // namespace linkdesk
