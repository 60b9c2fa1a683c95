#include "icons.h"

namespace linkdesk {

namespace {
struct Names {
    const char* theme;   // the freedesktop name; null where none fits
    const char* bundled; // resources/icons/actions/<size>/<name>.png
};

Names namesOf(Icon which) {
    switch (which) {
    case Icon::Add:
        return {"list-add", "add"};
    case Icon::Audit:
        return {"document-open-recent", "audit"};
    case Icon::Check:
        return {"emblem-default", "check"};
    case Icon::ClearCache:
        return {"edit-clear-history", "clear-cache"};
    case Icon::Customers:
        return {"system-users", "customers"};
    case Icon::Find:
        return {"edit-find", "find"};
    case Icon::Import:
        return {"document-import", "import"};
    case Icon::Link:
        return {"insert-link", "link"};
    case Icon::Orders:
        return {"view-list-details", "orders"};
    case Icon::Products:
        return {"package-x-generic", "products"};
    case Icon::Refresh:
        return {"view-refresh", "refresh"};
    case Icon::Settings:
        return {"preferences-system", "settings"};
    case Icon::Start:
        return {"media-playback-start", "start"};
    case Icon::Stop:
        return {"process-stop", "stop"};
    case Icon::Submit:
        return {"mail-send", "submit"};
    case Icon::TestOrder:
        return {nullptr, "test-order"};
    }
    return {nullptr, "check"};
}
} // namespace

QIcon bundledIcon(Icon which) {
    QIcon icon;
    const QString name = QString::fromLatin1(namesOf(which).bundled);
    for (int size : {16, 32})
        icon.addFile(QStringLiteral(":/actions/%1/%2.png").arg(size).arg(name), QSize(size, size));
    return icon;
}

QIcon icon(Icon which) {
    const char* theme = namesOf(which).theme;
    return theme ? QIcon::fromTheme(QString::fromLatin1(theme), bundledIcon(which)) : bundledIcon(which);
}

} // namespace linkdesk
