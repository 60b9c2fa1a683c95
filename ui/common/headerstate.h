#pragma once

#include <QString>

class QHeaderView;

namespace linkdesk {

// A table's column widths, order, hidden columns and sort as this user left them: restored now
// (unless the columns changed since they were saved) and saved in the user's settings at every
// change. A right-click on the header shows or hides columns.
void rememberHeaderState(QHeaderView* header, const QString& key);

} // namespace linkdesk
