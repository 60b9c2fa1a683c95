#pragma once

#include "result.h"

#include <QString>

namespace linkdesk {

// A log file support staff can attach: every message that passes the logging rules
// (QT_LOGGING_RULES, QLoggingCategory::setFilterRules) is appended to it as
//   2026-11-23T13:04:05.123+01:00 warning linkdesk.net linkdesk-cli[4242]: message
// and still goes to the handler installed before (stderr by default). The file is rotated when it
// would grow past maxBytes: linkdesk.log -> linkdesk.log.1 -> ... -> linkdesk.log.<keepFiles>.
// In the file, the values of LINKDESK_SECRET_* environment variables are replaced by "[redacted]",
// a guard behind the rule that no code logs a secret. stderr gets the message unchanged, so the
// tests that check the verbose output for secrets still see what the code logs. Thread-safe; several
// processes may share the file (it is opened for each line, so a rotation by one is seen by the others).
struct LogFileOptions {
    QString path; // empty: LogFile::defaultPath()
    qint64 maxBytes = 1024 * 1024;
    int keepFiles = 5;
};

class LogFile final {
public:
    using Options = LogFileOptions;

    // <AppDataLocation>/logs/linkdesk.log; call after setting the organization and application name.
    static QString defaultPath();

    // Installs the message handler; fails (and installs nothing) if the file cannot be written.
    static Result<void> install(const Options& options = Options());
    // Restores the handler that was installed before install().
    static void uninstall();

    LogFile() = delete;
};

} // namespace linkdesk
