// linkdesk-cli: Linkdesk's command line, the contract scripts and tests rely on.
#include "cli.h"
#include "util/logfile.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {
using linkdesk::cli::Command;

QString commandHelp(const QList<Command>& commands) {
    QString text = QStringLiteral("\nCommands:\n");
    for (const Command& c : commands) {
        const QString usage = (c.words.join(QLatin1Char(' ')) + QLatin1Char(' ') + c.synopsis).trimmed();
        text += QStringLiteral("  %1\n      %2\n").arg(usage, c.help);
    }
    return text;
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Linkdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("linkdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKDESK_VERSION));
    if (const auto log = linkdesk::LogFile::install(); !log)
        std::fprintf(stderr, "linkdesk-cli: %s\n", qUtf8Printable(log.message()));

    const QList<Command> commands = linkdesk::cli::allCommands();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Linkdesk: imports webshop orders, links customers to the ERP, submits orders.") +
        commandHelp(commands));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("config"), QStringLiteral("The profile (INI) to use; default: the user's own."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Machine-readable output.")},
        {QStringLiteral("shop"), QStringLiteral("The shop a command applies to."), QStringLiteral("CODE")},
        {QStringLiteral("customer"), QStringLiteral("A shop customer id."), QStringLiteral("ID")},
        {QStringLiteral("erp"), QStringLiteral("An ERP customer number."), QStringLiteral("NUMBER")},
        {QStringLiteral("status"), QStringLiteral("Order statuses, comma-separated."), QStringLiteral("S")},
        {QStringLiteral("country"),
         QStringLiteral("A country code (templates add, test-order; links set/clear where match_fields has "
                        "country)."),
         QStringLiteral("CC")},
        {QStringLiteral("currency"),
         QStringLiteral("A currency code (templates add, test-order; links set/clear where match_fields has "
                        "currency_code)."),
         QStringLiteral("CUR")},
        {QStringLiteral("company"),
         QStringLiteral("A company name (test-order; links set/clear where match_fields has company)."),
         QStringLiteral("NAME")},
        {QStringLiteral("email"),
         QStringLiteral("An e-mail address (test-order: a customer who has not ordered yet)."),
         QStringLiteral("EMAIL")},
        {QStringLiteral("name"),
         QStringLiteral("A person's name (test-order: a customer who has not ordered yet)."),
         QStringLiteral("NAME")},
        {QStringLiteral("vat"),
         QStringLiteral("A VAT number (links set/clear where match_fields has vat_number)."),
         QStringLiteral("VATNO")},
        {QStringLiteral("reason"), QStringLiteral("Why, in words (relations set)."), QStringLiteral("TEXT")},
        {QStringLiteral("fields"), QStringLiteral("ERP customer fields as a JSON object (templates add)."),
         QStringLiteral("JSON")},
        {QStringLiteral("verbose"), QStringLiteral("Log every request and step to stderr.")},
        {QStringLiteral("sku"), QStringLiteral("A shop SKU (test-order)."), QStringLiteral("SKU")},
        {QStringLiteral("qty"), QStringLiteral("A quantity (test-order; default 1)."), QStringLiteral("N")},
        {QStringLiteral("price"), QStringLiteral("The shop's unit price (test-order; optional)."),
         QStringLiteral("P")},
        {QStringLiteral("submitted"),
         QStringLiteral("The ERP has the order, as this order number (orders resolve)."),
         QStringLiteral("ERPORDER")},
        {QStringLiteral("resubmit"),
         QStringLiteral("The ERP does not have the order: submit it anew (orders resolve).")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do; see Commands."));
    parser.process(app);
    // Commands print what matters; the step-by-step log is for --verbose (or QT_LOGGING_RULES).
    if (!parser.isSet(QStringLiteral("verbose")) && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("linkdesk.*.info=false\nlinkdesk.*.debug=false"));

    const QStringList positional = parser.positionalArguments();
    const Command* match = nullptr;
    for (const Command& c : commands) {
        if (positional.size() >= c.words.size() && positional.mid(0, c.words.size()) == c.words &&
            (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    linkdesk::cli::Context ctx(parser, match ? positional.mid(match->words.size()) : QStringList());
    if (!match) {
        if (positional.isEmpty())
            return ctx.usage(QStringLiteral("No command given. Try --help."));
        return ctx.usage(
            QStringLiteral("Unknown command \"%1\". Try --help.").arg(positional.join(QLatin1Char(' '))));
    }
    return match->run(ctx);
}
