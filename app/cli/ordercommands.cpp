#include "cli.h"

#include "domain/matchtrace.h"
#include "store/orderrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace linkdesk::cli {

namespace {
QJsonObject toJson(const StagedOrder& o) {
    return {{QStringLiteral("shop"), o.shopCode},
            {QStringLiteral("number"), o.orderNumber},
            {QStringLiteral("status"), toString(o.status)},
            {QStringLiteral("reason"), o.reason},
            {QStringLiteral("erp_customer"), o.erpCustomerNumber},
            {QStringLiteral("erp_order"), o.erpOrderNumber},
            {QStringLiteral("attempts"), o.attempts},
            {QStringLiteral("sends"), o.sends},
            {QStringLiteral("changed_after_submit"), o.changedAfterSubmit}};
}

// Finds SHOPCODE NUMBER from the arguments, or prints why not.
int findOrder(Context& ctx, const QString& verb, StagedOrder* order) {
    if (ctx.args.size() != 2)
        return ctx.usage(QStringLiteral("orders %1 takes SHOPCODE NUMBER.").arg(verb));
    auto db = ctx.database();
    if (!db)
        return ctx.error(db.message());
    auto found = OrderRepository(**db).find(ctx.args.at(0), ctx.args.at(1));
    if (!found)
        return ctx.error(found.message());
    if (!*found)
        return ctx.error(
            QStringLiteral("There is no order %1 in shop %2.").arg(ctx.args.at(1), ctx.args.at(0)));
    *order = **found;
    return 0;
}

// Puts an order back in the queue for the next import pass.
int requeue(Context& ctx, const QString& verb, OrderRepository::Requeue how) {
    StagedOrder order;
    if (int rc = findOrder(ctx, verb, &order))
        return rc;
    Database& db = *ctx.database().value();
    auto queued = OrderRepository(db).requeue(
        order.id, how, QStringLiteral("queued by %1 for the next import").arg(db.actor()));
    if (!queued)
        return ctx.error(queued.message());
    order = *queued;
    if (ctx.json)
        ctx.printJson(toJson(order));
    else
        ctx.out << "Order " << order.shopCode << '-' << order.orderNumber << " is " << toString(order.status)
                << " again; the next import takes it up.\n";
    return 0;
}
// Settles an order waiting for staff after they checked the ERP: it is there (--submitted) or not
// (--resubmit).
int resolve(Context& ctx) {
    const bool submitted = ctx.isSet(QStringLiteral("submitted"));
    const bool resubmit = ctx.isSet(QStringLiteral("resubmit"));
    if (submitted == resubmit)
        return ctx.usage(
            QStringLiteral("orders resolve takes SHOPCODE NUMBER and either --submitted ERPORDER "
                           "(the ERP has it) or --resubmit (it does not: send it anew)."));
    StagedOrder order;
    if (int rc = findOrder(ctx, QStringLiteral("resolve"), &order))
        return rc;
    Database& db = *ctx.database().value();
    const QString erpOrder = ctx.option(QStringLiteral("submitted")).trimmed();
    const QString reason =
        submitted ? QStringLiteral("resolved by %1: the ERP has it as %2").arg(db.actor(), erpOrder)
                  : QStringLiteral("resolved by %1: not in the ERP, submitted anew by the next import")
                        .arg(db.actor());
    auto resolved = OrderRepository(db).resolve(
        order.id, submitted ? OrderRepository::Resolution::Submitted : OrderRepository::Resolution::Resubmit,
        erpOrder, reason);
    if (!resolved)
        return ctx.error(resolved.message());
    order = *resolved;
    if (ctx.json)
        ctx.printJson(toJson(order));
    else if (submitted)
        ctx.out << "Order " << order.shopCode << '-' << order.orderNumber << " is submitted as "
                << order.erpOrderNumber << "; it is never sent again.\n";
    else
        ctx.out << "Order " << order.shopCode << '-' << order.orderNumber
                << " is new again; the next import matches it and submits it anew.\n";
    return 0;
}
} // namespace

QList<Command> orderCommands() {
    return {
        {{QStringLiteral("orders"), QStringLiteral("list")},
         QStringLiteral("[--status S] [--shop CODE]"),
         QStringLiteral("Lists staged orders with their status, reason and ERP numbers."),
         [](Context& ctx) {
             QList<OrderStatus> statuses;
             if (ctx.isSet(QStringLiteral("status"))) {
                 for (const QString& name : ctx.option(QStringLiteral("status")).split(QLatin1Char(','))) {
                     OrderStatus s;
                     if (!parseOrderStatus(name.trimmed(), &s)) {
                         QStringList all;
                         for (OrderStatus known : allOrderStatuses())
                             all << toString(known);
                         return ctx.usage(QStringLiteral("Unknown status \"%1\"; use one of %2.")
                                              .arg(name, all.join(QStringLiteral(", "))));
                     }
                     statuses << s;
                 }
             }
             auto db = ctx.database();
             if (!db)
                 return ctx.error(db.message());
             auto orders = OrderRepository(**db).list(statuses, ctx.option(QStringLiteral("shop")));
             if (!orders)
                 return ctx.error(orders.message());
             if (ctx.json) {
                 QJsonArray list;
                 for (const StagedOrder& o : *orders)
                     list.append(toJson(o));
                 ctx.printJson(list);
             } else {
                 for (const StagedOrder& o : *orders)
                     ctx.out << o.shopCode << '-' << o.orderNumber << "  " << toString(o.status) << "  "
                             << (o.erpCustomerNumber.isEmpty() ? QStringLiteral("-") : o.erpCustomerNumber)
                             << "  " << (o.erpOrderNumber.isEmpty() ? QStringLiteral("-") : o.erpOrderNumber)
                             << (o.reason.isEmpty() ? QString()
                                                    : QStringLiteral("  (") + o.reason + QLatin1Char(')'))
                             << '\n';
             }
             return 0;
         }},
        {{QStringLiteral("orders"), QStringLiteral("trace")},
         QStringLiteral("SHOPCODE NUMBER"),
         QStringLiteral("Explains how an order's customer and items were matched."),
         [](Context& ctx) {
             StagedOrder order;
             if (int rc = findOrder(ctx, QStringLiteral("trace"), &order))
                 return rc;
             const MatchTrace trace = MatchTrace::fromJson(order.matchTrace);
             if (ctx.json) {
                 QJsonArray sentences;
                 for (const QString& s : trace.sentences())
                     sentences.append(s);
                 QJsonObject o = toJson(order);
                 o.insert(QStringLiteral("trace"), sentences);
                 ctx.printJson(o);
                 return 0;
             }
             if (trace.isEmpty())
                 ctx.out << "Order " << order.shopCode << '-' << order.orderNumber
                         << " has not been matched yet (" << toString(order.status) << ").\n";
             for (const QString& sentence : trace.sentences())
                 ctx.out << sentence << '\n';
             return 0;
         }},
        {{QStringLiteral("orders"), QStringLiteral("retry")},
         QStringLiteral("SHOPCODE NUMBER"),
         QStringLiteral("Queues a failed order to be submitted again (it is looked up in the ERP first)."),
         [](Context& ctx) { return requeue(ctx, QStringLiteral("retry"), OrderRepository::Requeue::Retry); }},
        {{QStringLiteral("orders"), QStringLiteral("rematch")},
         QStringLiteral("SHOPCODE NUMBER"),
         QStringLiteral("Matches an order's customer and items again on the next import (after a link or "
                        "product mapping was fixed)."),
         [](Context& ctx) {
             return requeue(ctx, QStringLiteral("rematch"), OrderRepository::Requeue::Rematch);
         }},
        {{QStringLiteral("orders"), QStringLiteral("resolve")},
         QStringLiteral("SHOPCODE NUMBER --submitted ERPORDER | --resubmit"),
         QStringLiteral("Settles an order waiting for staff (a submit whose outcome is unknown) once the ERP "
                        "was checked: it has it as ERPORDER, or it does not and the order is sent anew."),
         resolve},
    };
}

} // namespace linkdesk::cli
