#pragma once

#include <QString>

class QWidget;

namespace linkdesk {

class MainWindow;
struct Profile;

// The dialogs `linkdesk --dialog NAME --screenshot FILE` renders for docs/screenshots/, each opened
// over the window as staff would open it, on the data the demo leaves (scripts/screenshots.sh).
namespace DialogShots {

// "choose-customer (on the first order that needs review), connect-link (...), ..." for --help.
QString describe();
// Opens the dialog NAME over window and waits (events running) until it shows its data; the
// dialog, or null and why (no such dialog, nothing to open it on, no answer in time).
QWidget* open(const QString& name, MainWindow& window, const Profile& profile, QString* why);

} // namespace DialogShots

} // namespace linkdesk
