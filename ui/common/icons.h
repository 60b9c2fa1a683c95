#pragma once

#include <QIcon>

namespace linkdesk {

// The window's icons: the desktop's icon theme where it has one of the name (freedesktop icon
// naming), else Linkdesk's own, drawn for it (resources/icons/actions, compiled in under
// :/actions), so the toolbar, the sidebar and the main buttons carry an icon on any desktop.
enum class Icon {
    Add,
    Audit,
    Check,
    ClearCache,
    Customers,
    Find,
    Import,
    Link,
    Orders,
    Products,
    Refresh,
    Settings,
    Start,
    Stop,
    Submit,
    TestOrder,
};

QIcon icon(Icon which);
// The bundled drawing alone (what icon() falls back to).
QIcon bundledIcon(Icon which);

} // namespace linkdesk
