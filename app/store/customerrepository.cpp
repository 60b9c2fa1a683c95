#include "customerrepository.h"

#include "database.h"
#include "linkrepository.h"

#include <QDateTime>
#include <QSqlQuery>

#include <QSqlRecord>
#include <algorithm>

namespace linkdesk {

namespace {
const QString kColumns = QStringLiteral(
    "c.id, c.shop_code, c.customer_key, c.shop_customer_id, c.email, c.first_name, c.last_name, c.company, "
    "c.country, c.currency, c.vat_number, c.phone");
const QString kLinkColumns = linkColumns();

ShopCustomer readCustomer(const QSqlQuery& q) {
    ShopCustomer c;
    readColumns(q, c.id, c.shopCode, c.key, c.shopCustomerId, c.email, c.firstName, c.lastName, c.company,
                c.country, c.currency, c.vatNumber, c.phone);
    return c;
}

QVariantList upsertBinds(const ShopCustomer& c, const QString& now) {
    return {c.shopCode, c.effectiveKey(), c.shopCustomerId, c.email,     c.firstName, c.lastName,
            c.company,  c.country,        c.currency,       c.vatNumber, c.phone,     now};
}

const QString kUpsert = QStringLiteral(
    "INSERT INTO shop_customers (shop_code, customer_key, shop_customer_id, email, first_name, last_name, "
    "company, "
    "country, currency, vat_number, phone, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (shop_code, customer_key) DO UPDATE SET shop_customer_id = excluded.shop_customer_id, "
    "email = excluded.email, first_name = excluded.first_name, last_name = excluded.last_name, "
    "company = excluded.company, country = excluded.country, currency = excluded.currency, "
    "vat_number = excluded.vat_number, phone = excluded.phone, updated_at = excluded.updated_at RETURNING "
    "id");

// SQLite's search index, written beside every customer (see migration 4).
const QString kIndex = QStringLiteral("INSERT OR REPLACE INTO customer_search (rowid, body) VALUES (?, ?)");

QString orderBy(const CustomerQuery& query, bool reversed) {
    QString column;
    switch (query.sort) {
    case CustomerQuery::SortColumn::Shop:
        column = QStringLiteral("c.shop_code");
        break;
    case CustomerQuery::SortColumn::Email:
        column = QStringLiteral("lower(c.email)");
        break;
    case CustomerQuery::SortColumn::Name:
        column = QStringLiteral("lower(c.last_name) %1, lower(c.first_name)");
        break;
    case CustomerQuery::SortColumn::Company:
        column = QStringLiteral("lower(c.company)");
        break;
    case CustomerQuery::SortColumn::ErpNumber:
        column = QStringLiteral("l.erp_customer_no");
        break;
    case CustomerQuery::SortColumn::Source:
        column = QStringLiteral("l.source");
        break;
    case CustomerQuery::SortColumn::SetAt:
        column = QStringLiteral("l.set_at");
        break;
    }
    const QString dir = query.descending != reversed ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (column.contains(QLatin1String("%1")))
        column = column.arg(dir);
    return QStringLiteral(" ORDER BY %1 %2, c.id %2").arg(column, dir);
}

// The text the filter box searches, as SQL over a shop_customers alias; migration 4 indexes the
// same expression (PostgreSQL) or keeps it in customer_search (SQLite), see searchText().
QString searchTextSql(const QString& alias) {
    return QStringLiteral("(%1.email || ' ' || %1.first_name || ' ' || %1.last_name || ' ' || %1.company || "
                          "' ' || %1.shop_customer_id)")
        .arg(alias);
}

QString escapedPattern(const QString& text) {
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

// A customer is waiting for review when an order of theirs is, and no one has linked them since.
const QString kNeedsReview = QStringLiteral(
    "EXISTS (SELECT 1 FROM staged_orders o WHERE o.shop_code = c.shop_code AND o.customer_key = "
    "c.customer_key AND o.status = 'needs_review')");
const QString kNotLinked = QStringLiteral("(l.erp_customer_no IS NULL OR l.erp_customer_no = '')");

// The rows of a SELECT of kColumns, kLinkColumns and kNeedsReview.
QList<CustomerRow> readRows(QSqlQuery& q, int expected) {
    QList<CustomerRow> rows;
    rows.reserve(expected);
    while (q.next()) {
        CustomerRow row{readCustomer(q), {}, false};
        if (!q.isNull(12))
            row.link = readLink(q, 12);
        row.link.customerId = row.customer.id;
        row.needsReview = !row.link.isLinked() && q.value(20).toBool();
        rows.append(row);
    }
    return rows;
}

// Below this many matches the search index finds the rows; above it the rows are read in the
// table's order and tested one by one, which finds a page of them sooner than the index would
// list them all.
constexpr int RareMatches = 2000;
} // namespace

QString CustomerRepository::searchText(const ShopCustomer& c) {
    return QStringList{c.email, c.firstName, c.lastName, c.company, c.shopCustomerId}.join(QLatin1Char(' '));
}

Result<bool> CustomerRepository::isRare(const QString& text) {
    if (text.size() < 3)
        return false; // shorter than a trigram: the index cannot narrow it
    const bool pg = m_db.engine() == Engine::Postgres;
    const QString probe =
        pg ? QStringLiteral(
                 "SELECT COUNT(*) FROM (SELECT 1 FROM shop_customers s WHERE %1 ILIKE ? ESCAPE '\\' "
                 "LIMIT %2) probe")
                 .arg(searchTextSql(QStringLiteral("s")))
                 .arg(RareMatches)
           : QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM customer_search WHERE body LIKE ? LIMIT %1)")
                 .arg(RareMatches);
    // FTS5 uses its trigrams only for a LIKE without ESCAPE: '_' and '%' typed by the user match
    // any character there, and the exact test of whereClause() takes those rows out again.
    auto q = m_db.exec(probe, {pg ? escapedPattern(text) : QLatin1Char('%') + text + QLatin1Char('%')});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toInt() < RareMatches;
}

Result<QString> CustomerRepository::whereClause(const CustomerQuery& query, QVariantList& binds) {
    QStringList conditions;
    if (!query.shopCode.isEmpty()) {
        conditions << QStringLiteral("c.shop_code = ?");
        binds << query.shopCode;
    }
    switch (query.status) {
    case CustomerQuery::Status::Linked:
        conditions << QStringLiteral("l.erp_customer_no <> '' AND l.stale = 0");
        break;
    case CustomerQuery::Status::NotLinked:
        conditions << kNotLinked + QStringLiteral(" AND NOT ") + kNeedsReview;
        break;
    case CustomerQuery::Status::NeedsReview:
        conditions << kNotLinked + QStringLiteral(" AND ") + kNeedsReview;
        break;
    case CustomerQuery::Status::Stale:
        conditions << QStringLiteral("l.stale = 1");
        break;
    case CustomerQuery::Status::Any:
        break;
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const bool pg = m_db.engine() == Engine::Postgres;
        auto rare = isRare(text);
        if (!rare)
            return rare.error();
        if (*rare) {
            conditions
                << QStringLiteral(
                       "c.id IN (%1 UNION ALL SELECT customer_id FROM links WHERE erp_customer_no IN (?, ?))")
                       .arg(pg ? QStringLiteral(
                                     "SELECT s.id FROM shop_customers s WHERE %1 ILIKE ? ESCAPE '\\'")
                                     .arg(searchTextSql(QStringLiteral("s")))
                               : QStringLiteral("SELECT rowid FROM customer_search WHERE body LIKE ?"));
            binds << (pg ? escapedPattern(text) : QLatin1Char('%') + text + QLatin1Char('%')) << text
                  << text.toUpper();
        }
        // The exact test: every row the index offered, or every row when it was not asked.
        conditions << QStringLiteral("(%1 %2 ? ESCAPE '\\' OR l.erp_customer_no IN (?, ?))")
                          .arg(searchTextSql(QStringLiteral("c")),
                               pg ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"));
        binds << escapedPattern(text) << text << text.toUpper();
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<void> CustomerRepository::upsert(ShopCustomer& customer) {
    auto q = m_db.exec(kUpsert, upsertBinds(customer, sqlTimestamp(QDateTime::currentDateTimeUtc())));
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QStringLiteral("Storing customer %1 returned no row.").arg(customer.email));
    customer.id = q->value(0).toLongLong();
    if (customer.key.isEmpty())
        customer.key = customer.effectiveKey();
    return index(customer);
}

Result<void> CustomerRepository::upsertAll(QList<ShopCustomer>& customers) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto q = m_db.prepare(kUpsert);
    if (!q)
        return q.error();
    auto search = m_db.engine() == Engine::Sqlite ? m_db.prepare(kIndex) : Result<QSqlQuery>(QSqlQuery());
    if (!search)
        return search.error();
    const QString now = sqlTimestamp(QDateTime::currentDateTimeUtc());
    for (ShopCustomer& customer : customers) {
        if (auto r = Database::run(*q, upsertBinds(customer, now)); !r)
            return r;
        if (!q->next())
            return fail(QStringLiteral("Storing customer %1 returned no row.").arg(customer.email));
        customer.id = q->value(0).toLongLong();
        if (customer.key.isEmpty())
            customer.key = customer.effectiveKey();
        q->finish();
        if (m_db.engine() == Engine::Sqlite) {
            if (auto r = Database::run(*search, {customer.id, searchText(customer)}); !r)
                return r;
        }
    }
    return tx.commit();
}

Result<std::optional<ShopCustomer>> CustomerRepository::get(qint64 id) {
    return m_db.readRow(QStringLiteral("SELECT %1 FROM shop_customers c WHERE c.id = ?").arg(kColumns), {id},
                        readCustomer);
}

Result<std::optional<ShopCustomer>> CustomerRepository::find(const QString& shopCode, const QString& key) {
    return m_db.readRow(
        QStringLiteral("SELECT %1 FROM shop_customers c WHERE c.shop_code = ? AND c.customer_key = ?")
            .arg(kColumns),
        {shopCode, key}, readCustomer);
}

Result<void> CustomerRepository::index(const ShopCustomer& customer) {
    if (m_db.engine() != Engine::Sqlite)
        return {}; // PostgreSQL indexes the columns themselves
    auto q = m_db.exec(kIndex, {customer.id, searchText(customer)});
    if (!q)
        return q.error();
    return {};
}

Result<int> CustomerRepository::count(const CustomerQuery& query) {
    QVariantList binds;
    auto where = whereClause(query, binds);
    if (!where)
        return where.error();
    const bool needsLink = query.status != CustomerQuery::Status::Any || !query.text.trimmed().isEmpty();
    const QString sql =
        QStringLiteral("SELECT COUNT(*) FROM shop_customers c%1%2")
            .arg(needsLink ? QStringLiteral(" LEFT JOIN links l ON l.customer_id = c.id") : QString(),
                 *where);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<CustomerRow>> CustomerRepository::page(const CustomerQuery& query, int offset, int limit,
                                                    int total) {
    QVariantList binds;
    auto where = whereClause(query, binds);
    if (!where)
        return where.error();
    // Past the middle, the rows are read from the other end: the database steps over fewer rows to
    // reach them, so the end of a million is as quick as its start.
    const bool reversed = total > 0 && offset > total / 2;
    if (reversed) {
        const int end = std::min(offset + limit, total);
        limit = std::max(0, end - offset);
        offset = total - end;
    }
    const QString sql =
        QStringLiteral(
            "SELECT %1, %2, %3 FROM shop_customers c LEFT JOIN links l ON l.customer_id = c.id%4%5 LIMIT %6 "
            "OFFSET %7")
            .arg(kColumns, kLinkColumns, kNeedsReview, *where, orderBy(query, reversed))
            .arg(limit)
            .arg(offset);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<CustomerRow> rows = readRows(*q, limit);
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<int> CustomerRepository::countLinked(const QString& shopCode) {
    QVariantList binds;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM links l JOIN shop_customers c ON c.id = l.customer_id "
                                 "WHERE l.erp_customer_no <> ''");
    if (!shopCode.isEmpty()) {
        sql += QStringLiteral(" AND c.shop_code = ?");
        binds << shopCode;
    }
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<CustomerRow>> CustomerRepository::linkedAfter(const QString& shopCode, qint64 afterId,
                                                           int limit) {
    QVariantList binds{afterId};
    QString shopCondition;
    if (!shopCode.isEmpty()) {
        shopCondition = QStringLiteral(" AND c.shop_code = ?");
        binds << shopCode;
    }
    const QString sql =
        QStringLiteral("SELECT %1, %2, %3 FROM shop_customers c JOIN links l ON l.customer_id = c.id "
                       "WHERE l.erp_customer_no <> '' AND c.id > ?%4 ORDER BY c.id LIMIT %5")
            .arg(kColumns, kLinkColumns, kNeedsReview, shopCondition)
            .arg(limit);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    return readRows(*q, limit);
}

} // namespace linkdesk
