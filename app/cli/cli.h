#pragma once

#include "config/profile.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>

namespace linkdesk::cli {

// What every command gets: the parsed command line, output streams and, on demand, the
// profile and the database.
class Context final {
    Q_DISABLE_COPY_MOVE(Context)
public:
    Context(QCommandLineParser& parser, QStringList args);

    QCommandLineParser& parser;
    const QStringList args; // positional arguments after the command words
    QTextStream out;
    QTextStream err;
    bool json = false;

    QString option(const QString& name) const { return parser.value(name); }
    bool isSet(const QString& name) const { return parser.isSet(name); }

    Result<Profile*> profile();
    Result<Database*> database();

    // Prints an error for the user and returns the exit code for it.
    int error(const QString& message, int code = 1);
    int usage(const QString& message) { return error(message, 2); }
    void printJson(const QJsonValue& value);

private:
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Database> m_db;
};

struct Command {
    QStringList words; // e.g. {"settings", "set"}
    QString synopsis;  // arguments after the words
    QString help;
    std::function<int(Context&)> run;
};

QList<Command> dbCommands();
QList<Command> settingsCommands();
QList<Command> linkCommands();
QList<Command> orderCommands();
QList<Command> cacheCommands();
QList<Command> importCommands();
QList<Command> templateCommands();
QList<Command> secretCommands();
QList<Command> fileCommands();

} // namespace linkdesk::cli
