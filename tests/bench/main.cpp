// linkdesk-bench: Linkdesk's speed goals, each printed with its ratio to a baseline measured in the
// same run. Not part of the test suite's assertions; CI runs each once on a small size so none rots.
#include "benchcommon.h"

#include <QApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

int benchStore(const QStringList& args);
int benchMatch(const QStringList& args);
int benchImport(const QStringList& args);
int benchCustomers(const QStringList& args);

int main(int argc, char* argv[]) {
    // The customers bench drives real widgets: offscreen unless a display is there.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES")) // figures only; QT_LOGGING_RULES shows the steps
        QLoggingCategory::setFilterRules(QStringLiteral("linkdesk.*.info=false\nlinkdesk.*.debug=false"));
    const std::map<QString, std::function<int(const QStringList&)>> benches{
        {QStringLiteral("store"), benchStore},
        {QStringLiteral("match"), benchMatch},
        {QStringLiteral("import"), benchImport},
        {QStringLiteral("customers"), benchCustomers},
    };
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || !benches.count(args.first())) {
        QStringList names;
        for (const auto& [name, fn] : benches)
            names << name;
        return bench::failWith(
            QStringLiteral("usage: linkdesk-bench %1 [options]").arg(names.join(QLatin1Char('|'))));
    }
    return benches.at(args.first())(args.mid(1));
}
