// Bulk write benchmark: staged orders through OrderRepository::store against a bare prepared-statement
// insert loop over the same rows, both in one transaction, measured in the same run.
#include "benchcommon.h"

#include "store/database.h"
#include "store/orderrepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace linkdesk;

namespace {
QList<StagedOrder> makeOrders(int count) {
    QList<StagedOrder> orders;
    orders.reserve(count);
    const QDateTime t0(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        StagedOrder o;
        o.shopCode = QStringLiteral("web");
        o.orderNumber = QString::number(100000 + i);
        o.shopOrderId = o.orderNumber;
        o.currency = QStringLiteral("EUR");
        o.modifiedAt = t0.addSecs(i);
        o.customer.shopCode = o.shopCode;
        o.customer.shopCustomerId = QString::number(i % 5000);
        o.customer.email = QStringLiteral("buyer%1@example.com").arg(i % 5000);
        o.customer.firstName = QStringLiteral("Buyer");
        o.customer.lastName = QString::number(i % 5000);
        o.rawPayload = QByteArrayLiteral("{\"id\":") + o.orderNumber.toUtf8() + '}';
        for (int l = 1; l <= 3; ++l)
            o.lines.append(OrderLine{l,
                                     1000 + l,
                                     0,
                                     QStringLiteral("SKU-%1").arg(l),
                                     QStringLiteral("Item"),
                                     1.0,
                                     QStringLiteral("10.00"),
                                     QStringLiteral("10.00"),
                                     {}});
        orders.append(o);
    }
    return orders;
}

// The baseline: the same rows, the same columns, prepared once, no look-ups, no domain objects.
Result<void> bareInsert(Database& db, const QList<StagedOrder>& orders) {
    Transaction tx(db);
    auto order = db.prepare(QStringLiteral("INSERT INTO staged_orders (shop_code, order_number, "
                                           "shop_order_id, shop_status, status, reason, currency, "
                                           "modified_at, customer_key, shop_customer_id, email, first_name, "
                                           "last_name, company, country, vat_number, "
                                           "phone, raw_payload, created_at, updated_at) VALUES (?, ?, ?, '', "
                                           "'new', '', ?, ?, ?, ?, ?, ?, ?, '', '', "
                                           "'', '', ?, ?, ?) RETURNING id"));
    auto line = db.prepare(QStringLiteral(
        "INSERT INTO staged_order_lines (order_id, line_no, product_id, variation_id, sku, name, quantity, "
        "unit_price, total, erp_item_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')"));
    if (!order || !line)
        return fail(QStringLiteral("prepare failed"));
    const QString now = sqlTimestamp(QDateTime::currentDateTimeUtc());
    for (const StagedOrder& o : orders) {
        if (auto r = Database::run(*order, {o.shopCode, o.orderNumber, o.shopOrderId, o.currency,
                                            sqlTimestamp(o.modifiedAt), o.customer.shopCustomerId,
                                            o.customer.shopCustomerId, o.customer.email, o.customer.firstName,
                                            o.customer.lastName, QString::fromUtf8(o.rawPayload), now, now});
            !r)
            return r;
        order->next();
        const qint64 id = order->value(0).toLongLong();
        order->finish();
        for (const OrderLine& l : o.lines)
            if (auto r = Database::run(*line, {id, l.lineNo, l.productId, l.variationId, l.sku, l.name,
                                               l.quantity, l.unitPrice, l.total});
                !r)
                return r;
    }
    return tx.commit();
}

Result<double> timeOn(const QString& url, const std::function<Result<void>(Database&)>& work) {
    auto db = Database::open(url);
    if (!db)
        return db.error();
    QElapsedTimer timer;
    timer.start();
    if (auto r = work(**db); !r)
        return r.error();
    return timer.nsecsElapsed() / 1e9;
}
} // namespace

int benchStore(const QStringList& args) {
    const int count = bench::intArg(args, QStringLiteral("--orders"), 100000);
    QTemporaryDir dir;
    QList<StagedOrder> orders = makeOrders(count);
    int lines = 0;
    for (const auto& o : orders)
        lines += static_cast<int>(o.lines.size());

    double best[2] = {1e9, 1e9};
    for (int round = 0; round < 2; ++round) {
        const QString suffix = QString::number(round);
        const QString bareUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bare") + suffix);
        auto bare = timeOn(bareUrl, [&](Database& db) { return bareInsert(db, orders); });
        if (!bare)
            return bench::failWith(bare.message());
        const QString repoUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("repo") + suffix);
        QList<StagedOrder> copy = orders; // store() writes ids back; copy outside the timing
        copy.detach();
        auto repo = timeOn(repoUrl, [&](Database& db) {
            auto r = OrderRepository(db).store(copy);
            return r ? Result<void>() : Result<void>(r.error());
        });
        if (!repo)
            return bench::failWith(repo.message());
        best[0] = std::min(best[0], *bare);
        best[1] = std::min(best[1], *repo);
    }
    bench::print(QStringLiteral("store: %1 staged orders with %2 lines (best of 2)").arg(count).arg(lines));
    bench::print(QStringLiteral("  bare prepared insert loop  %1 s").arg(best[0], 0, 'f', 3));
    bench::print(QStringLiteral("  OrderRepository::store     %1 s  (%2 orders/s)")
                     .arg(best[1], 0, 'f', 3)
                     .arg(count / best[1], 0, 'f', 0));
    bench::print(
        QStringLiteral("  ratio store / bare         %1  (aim: <= 1.5)").arg(best[1] / best[0], 0, 'f', 2));
    return 0;
}
