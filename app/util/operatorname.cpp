#include "operatorname.h"

#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace linkdesk {

namespace {
QString userName() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("someone");
}
} // namespace

QString operatorName() {
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? userName() : userName() + QLatin1Char('@') + host;
}

} // namespace linkdesk
