#include "cli.h"

#include "domain/matchtrace.h"
#include "store/orderrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace linkdesk::cli {

namespace {
// An order as orders list prints it.
void printLine(QTextStream& out, const StagedOrder& o) {
    out << o.shopCode << '-' << o.orderNumber << "  " << toString(o.status) << "  "
        << (o.erpCustomerNumber.isEmpty() ? QStringLiteral("-") : o.erpCustomerNumber) << "  "
        << (o.erpOrderNumber.isEmpty() ? QStringLiteral("-") : o.erpOrderNumber)
        << (o.reason.isEmpty() ? QString() : QStringLiteral("  (") + o.reason + QLatin1Char(')')) << '\n';
}

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

// Runs body with the order SHOPCODE NUMBER of the arguments, or prints why there is none.
int withOrder(Context& ctx, const QString& verb,
              const std::function<int(Database&, const StagedOrder&)>& body) {
    if (ctx.args.size() != 2)
        return ctx.usage(QStringLiteral("orders %1 takes SHOPCODE NUMBER.").arg(verb));
    return ctx.withDatabase([&](Database& db) {
        return ctx.withResult(OrderRepository(db).find(ctx.args.at(0), ctx.args.at(1)),
                              [&](const std::optional<StagedOrder>& found) {
                                  if (!found)
                                      return ctx.error(QStringLiteral("There is no order %1 in shop %2.")
                                                           .arg(ctx.args.at(1), ctx.args.at(0)));
                                  return body(db, *found);
                              });
    });
}

// Puts an order back in the queue for the next import pass.
int requeue(Context& ctx, const QString& verb, OrderRepository::Requeue how) {
    return withOrder(ctx, verb, [&](Database& db, const StagedOrder& found) {
        return ctx.withResult(
            OrderRepository(db).requeue(found.id, how,
                                        QStringLiteral("queued by %1 for the next import").arg(db.actor())),
            [&](const StagedOrder& order) {
                return ctx.print(toJson(order), [&](QTextStream& out) {
                    out << "Order " << order.shopCode << '-' << order.orderNumber << " is "
                        << toString(order.status) << " again; the next import takes it up.\n";
                });
            });
    });
}
} // namespace

// Settles an order waiting for staff after they checked the ERP: it is there (--submitted) or not
// (--resubmit).
int ordersResolve(Context& ctx) {
    const bool submitted = ctx.isSet(QStringLiteral("submitted"));
    const bool resubmit = ctx.isSet(QStringLiteral("resubmit"));
    if (submitted == resubmit)
        return ctx.usage(
            QStringLiteral("orders resolve takes SHOPCODE NUMBER and either --submitted ERPORDER "
                           "(the ERP has it) or --resubmit (it does not: send it anew)."));
    return withOrder(ctx, QStringLiteral("resolve"), [&](Database& db, const StagedOrder& found) {
        const QString erpOrder = ctx.option(QStringLiteral("submitted")).trimmed();
        const QString reason =
            submitted ? QStringLiteral("resolved by %1: the ERP has it as %2").arg(db.actor(), erpOrder)
                      : QStringLiteral("resolved by %1: not in the ERP, submitted anew by the next import")
                            .arg(db.actor());
        auto resolved = OrderRepository(db).resolve(found.id,
                                                    submitted ? OrderRepository::Resolution::Submitted
                                                              : OrderRepository::Resolution::Resubmit,
                                                    erpOrder, reason);
        return ctx.withResult(std::move(resolved), [&](const StagedOrder& order) {
            return ctx.print(toJson(order), [&](QTextStream& out) {
                if (submitted)
                    out << "Order " << order.shopCode << '-' << order.orderNumber << " is submitted as "
                        << order.erpOrderNumber << "; it is never sent again.\n";
                else
                    out << "Order " << order.shopCode << '-' << order.orderNumber
                        << " is new again; the next import matches it and submits it anew.\n";
            });
        });
    });
}

int ordersList(Context& ctx) {
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
    return ctx.withDatabase([&](Database& db) {
        return ctx.printList(OrderRepository(db).list(statuses, ctx.option(QStringLiteral("shop"))), toJson,
                             printLine);
    });
}

int ordersTrace(Context& ctx) {
    return withOrder(ctx, QStringLiteral("trace"), [&](Database&, const StagedOrder& order) {
        const MatchTrace trace = MatchTrace::fromJson(order.matchTrace);
        QJsonObject o = toJson(order);
        o.insert(QStringLiteral("trace"), QJsonArray::fromStringList(trace.sentences()));
        return ctx.print(o, [&](QTextStream& out) {
            if (trace.isEmpty())
                out << "Order " << order.shopCode << '-' << order.orderNumber << " has not been matched yet ("
                    << toString(order.status) << ").\n";
            for (const QString& sentence : trace.sentences())
                out << sentence << '\n';
        });
    });
}

int ordersRetry(Context& ctx) {
    return requeue(ctx, QStringLiteral("retry"), OrderRepository::Requeue::Retry);
}

int ordersRematch(Context& ctx) {
    return requeue(ctx, QStringLiteral("rematch"), OrderRepository::Requeue::Rematch);
}

} // namespace linkdesk::cli
