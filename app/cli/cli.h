#pragma once

#include "config/profile.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>
#include <type_traits>

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

    // Runs body with the profile, or with the database it names; when that cannot be loaded or
    // opened, prints why and returns the exit code for it.
    int withProfile(const std::function<int(Profile&)>& body);
    int withDatabase(const std::function<int(Database&)>& body);

    // Runs body with result's value (with nothing for a Result<void>), or prints result's error and
    // returns the exit code for it.
    template <typename T, typename Body>
    int withResult(Result<T> result, Body&& body) {
        if (!result)
            return error(result.message());
        if constexpr (std::is_void_v<T>)
            return body();
        else
            return body(*result);
    }

    // Prints an error for the user and returns the exit code for it.
    int error(const QString& message, int code = 1);
    int usage(const QString& message) { return error(message, 2); }
    void printJson(const QJsonValue& value);

    // What a command found: value with --json, else what text writes to out. Returns 0, the exit
    // code of a command that worked.
    int print(const QJsonValue& value, const std::function<void(QTextStream&)>& text);
    // A list a query found the same way, or why the query failed: an array of toJson(item) with
    // --json, else printLine(out, item) for each item.
    template <typename List>
    int printList(Result<List> items, QJsonObject (*toJson)(const typename List::value_type&),
                  void (*printLine)(QTextStream&, const typename List::value_type&)) {
        return withResult(std::move(items), [&](const List& list) {
            if (!json) {
                for (const auto& item : list)
                    printLine(out, item);
                return 0;
            }
            QJsonArray array;
            for (const auto& item : list)
                array.append(toJson(item));
            printJson(array);
            return 0;
        });
    }

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

// Every command of linkdesk-cli in the order --help lists them: its words, synopsis and help, and
// the function that runs it (commands.cpp). The command line is a contract; this is its one table.
QList<Command> allCommands();

// What each command does, in the file of its group.
// dbcommands.cpp
int dbMigrate(Context& ctx);
// settingscommands.cpp
int settingsList(Context& ctx);
int settingsGet(Context& ctx);
int settingsSet(Context& ctx);
int settingsUnset(Context& ctx);
// linkcommands.cpp
int linksList(Context& ctx);
int linksSet(Context& ctx);
int linksClear(Context& ctx);
int linksImport(Context& ctx);
int linksExport(Context& ctx);
// ordercommands.cpp
int ordersList(Context& ctx);
int ordersTrace(Context& ctx);
int ordersRetry(Context& ctx);
int ordersRematch(Context& ctx);
int ordersResolve(Context& ctx);
// cachecommands.cpp
int cacheClear(Context& ctx);
int cacheStats(Context& ctx);
// secretcommands.cpp
int secretsList(Context& ctx);
int secretsSet(Context& ctx);
int secretsRemove(Context& ctx);
// importcommands.cpp
int importPass(Context& ctx);
int testOrder(Context& ctx);
int linksCheck(Context& ctx);
int erpCheck(Context& ctx);
// templatecommands.cpp
int templatesList(Context& ctx);
int templatesAdd(Context& ctx);
int templatesRemove(Context& ctx);
// filecommands.cpp
int filesList(Context& ctx);
int filesPreview(Context& ctx);
// relationcommands.cpp
int relationsList(Context& ctx);
int relationsSet(Context& ctx);
int relationsRemove(Context& ctx);

} // namespace linkdesk::cli
