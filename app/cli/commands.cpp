// The table of linkdesk-cli's commands (see allCommands() in cli.h).
#include "cli.h"

namespace linkdesk::cli {

QList<Command> allCommands() {
    return {
        {{QStringLiteral("db"), QStringLiteral("migrate")},
         QString(),
         QStringLiteral("Creates or updates the database schema."),
         dbMigrate},
        {{QStringLiteral("settings"), QStringLiteral("list")},
         QStringLiteral("[--shop CODE]"),
         QStringLiteral("Lists every setting with its effective value and where it comes from."),
         settingsList},
        {{QStringLiteral("settings"), QStringLiteral("get")},
         QStringLiteral("KEY [--shop CODE]"),
         QStringLiteral("Prints a setting's effective value."),
         settingsGet},
        {{QStringLiteral("settings"), QStringLiteral("set")},
         QStringLiteral("KEY VALUE [--shop CODE]"),
         QStringLiteral("Sets the installation value, or a shop's own value with --shop."),
         settingsSet},
        {{QStringLiteral("settings"), QStringLiteral("unset")},
         QStringLiteral("KEY [--shop CODE]"),
         QStringLiteral(
             "Removes a value so the shop falls back to the installation value, or the installation to "
             "the default."),
         settingsUnset},
        {{QStringLiteral("links"), QStringLiteral("list")},
         QStringLiteral("[--shop CODE]"),
         QStringLiteral("Lists every link (shop customer -> ERP customer)."),
         linksList},
        {{QStringLiteral("links"), QStringLiteral("set")},
         QStringLiteral("--shop CODE --customer ID --erp NUMBER"),
         QStringLiteral(
             "Links a shop customer to an ERP customer by hand (a manual link; imports never change "
             "it)."),
         linksSet},
        {{QStringLiteral("links"), QStringLiteral("clear")},
         QStringLiteral("--shop CODE --customer ID"),
         QStringLiteral("Removes a shop customer's link."),
         linksClear},
        {{QStringLiteral("links"), QStringLiteral("import")},
         QStringLiteral("FILE.csv"),
         QStringLiteral(
             "Imports a mapping table: CSV with a header naming shop, customer_id and erp_customer "
             "(other columns ignored). All rows or none."),
         linksImport},
        {{QStringLiteral("links"), QStringLiteral("export")},
         QStringLiteral("FILE.csv"),
         QStringLiteral("Writes every link to a CSV file that links import reads back."),
         linksExport},
        {{QStringLiteral("orders"), QStringLiteral("list")},
         QStringLiteral("[--status S] [--shop CODE]"),
         QStringLiteral("Lists staged orders with their status, reason and ERP numbers."),
         ordersList},
        {{QStringLiteral("orders"), QStringLiteral("trace")},
         QStringLiteral("SHOPCODE NUMBER"),
         QStringLiteral("Explains how an order's customer and items were matched."),
         ordersTrace},
        {{QStringLiteral("orders"), QStringLiteral("retry")},
         QStringLiteral("SHOPCODE NUMBER"),
         QStringLiteral("Queues a failed order to be submitted again (it is looked up in the ERP first)."),
         ordersRetry},
        {{QStringLiteral("orders"), QStringLiteral("rematch")},
         QStringLiteral("SHOPCODE NUMBER"),
         QStringLiteral("Matches an order's customer and items again on the next import (after a link or "
                        "product mapping was fixed)."),
         ordersRematch},
        {{QStringLiteral("orders"), QStringLiteral("resolve")},
         QStringLiteral("SHOPCODE NUMBER --submitted ERPORDER | --resubmit"),
         QStringLiteral("Settles an order waiting for staff (a submit whose outcome is unknown) once the ERP "
                        "was checked: it has it as ERPORDER, or it does not and the order is sent anew."),
         ordersResolve},
        {{QStringLiteral("cache"), QStringLiteral("clear")},
         QString(),
         QStringLiteral("Empties the saved ERP look-up cache; the next import asks the ERP afresh."),
         cacheClear},
        {{QStringLiteral("cache"), QStringLiteral("stats")},
         QString(),
         QStringLiteral(
             "Live entries of the saved ERP look-up cache, and the last import's hits and misses."),
         cacheStats},
        {{QStringLiteral("secrets"), QStringLiteral("list")},
         QString(),
         QStringLiteral("Lists the secrets the profile needs and whether each is set (never the values)."),
         secretsList},
        {{QStringLiteral("secrets"), QStringLiteral("set")},
         QStringLiteral("NAME  (value on standard input)"),
         QStringLiteral("Stores a secret in the keychain, e.g. echo \"$KEY\" | linkdesk-cli secrets set "
                        "shop.web.consumer_key."),
         secretsSet},
        {{QStringLiteral("secrets"), QStringLiteral("remove")},
         QStringLiteral("NAME"),
         QStringLiteral("Deletes a secret from the keychain (not an error when it is not there)."),
         secretsRemove},
        {{QStringLiteral("import")},
         QStringLiteral("[--shop CODE]"),
         QStringLiteral("One full import pass: fetch, match and submit every shop's orders (or one shop's)."),
         importPass},
        {{QStringLiteral("test-order")},
         QStringLiteral("--shop CODE --customer ID | --email EMAIL [--name NAME] [--company NAME] "
                        "[--currency CUR] [--country CC] --sku SKU [--qty N] [--price P]"),
         QStringLiteral("Matches a test order as that customer without submitting it: the customer code and "
                        "why, the ERP price for it next to the default customer's, and which price the "
                        "order line would carry (the shop's --price, or the ERP's). With --email, as a "
                        "customer who has not ordered yet (stored nowhere; --customer is then their shop "
                        "customer id, none for a guest): whether they would be linked, created or booked "
                        "to the default customer."),
         testOrder},
        {{QStringLiteral("links"), QStringLiteral("check")},
         QStringLiteral("[--shop CODE] [--json]"),
         QStringLiteral("Checks every link (or one shop's) against the ERP: a link whose ERP customer is "
                        "missing, blocked or has another e-mail is marked stale with what to do; a stale "
                        "link whose customer is fine again loses its mark. Prints the counts and each stale "
                        "link."),
         linksCheck},
        {{QStringLiteral("erp"), QStringLiteral("check")},
         QString(),
         QStringLiteral(
             "Tries each ERP endpoint Linkdesk uses, creating nothing, and says which worked (with "
             "the server's own message when one did not); checks that every default customer is in "
             "the ERP and not blocked."),
         erpCheck},
        {{QStringLiteral("templates"), QStringLiteral("list")},
         QString(),
         QStringLiteral("Lists the customer templates new ERP customers are created from."),
         templatesList},
        {{QStringLiteral("templates"), QStringLiteral("add")},
         QStringLiteral("NAME [--shop CODE] [--country CC] [--currency CUR] [--fields JSON]"),
         QStringLiteral("Adds a customer template; empty rules match any order. --fields holds the ERP "
                        "customer fields to set, as a JSON object."),
         templatesAdd},
        {{QStringLiteral("templates"), QStringLiteral("remove")},
         QStringLiteral("ID"),
         QStringLiteral("Removes a customer template."),
         templatesRemove},
        {{QStringLiteral("files"), QStringLiteral("list")},
         QStringLiteral("[--shop CODE]"),
         QStringLiteral("The last order files of each folder shop: orders read, rows quarantined, where they "
                        "went."),
         filesList},
        {{QStringLiteral("files"), QStringLiteral("preview")},
         QStringLiteral("FILE --shop CODE"),
         QStringLiteral("Read an order file as the shop's format would, storing nothing: its first orders "
                        "and every problem."),
         filesPreview},
        {{QStringLiteral("relations"), QStringLiteral("list")},
         QStringLiteral("[--shop CODE] [--json]"),
         QStringLiteral("Lists the contact relations: shop customers (B2B sub-logins) whose orders are "
                        "booked to another ERP customer. JSON: an array of objects with shop, customer, "
                        "erp_customer, reason, set_by, set_at."),
         relationsList},
        {{QStringLiteral("relations"), QStringLiteral("set")},
         QStringLiteral("--shop CODE --customer ID --erp NUMBER [--reason TEXT]"),
         QStringLiteral("Books every order of a shop customer to another ERP customer (\"Different "
                        "Customer No. Order\"); no ERP card is created for it. When the ERP can be asked, "
                        "an unknown or blocked ERP customer is refused. Audited. JSON: the relation, with "
                        "shop, customer, erp_customer, reason, set_by, set_at."),
         relationsSet},
        {{QStringLiteral("relations"), QStringLiteral("remove")},
         QStringLiteral("--shop CODE --customer ID"),
         QStringLiteral("Removes a shop customer's contact relation; its orders are matched by the other "
                        "rules again. Audited."),
         relationsRemove},
    };
}

} // namespace linkdesk::cli
