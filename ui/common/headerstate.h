#pragma once

#include <QString>

class QHeaderView;

namespace linkdesk {

// A table's column widths, order and sort as this user left them: restored now (unless the columns
// changed since they were saved) and saved in the user's settings at every change.
void rememberHeaderState(QHeaderView* header, const QString& key);

} // namespace linkdesk
