#pragma once

#include "config/profile.h"

#include <QString>
#include <QStringList>

namespace linkdesk {

// The names staff gave their shops in the profile ([shop.CODE] name=Demo web shop), shown wherever
// the window names a shop; the code where a shop has no name, or is no longer in the profile (an
// order imported before). One set for the window, as it has one profile: set when the window opens
// and when the profile is saved, read on the GUI thread.
class ShopNames {
public:
    ShopNames() = default;
    explicit ShopNames(const QList<ShopConfig>& shops);

    QString of(const QString& code) const;
    QStringList codes() const;

    static const ShopNames& current();
    static void setCurrent(ShopNames names);

private:
    Profile m_shops; // only its shops
};

} // namespace linkdesk
