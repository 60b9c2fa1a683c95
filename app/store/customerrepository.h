#pragma once

#include "domain/link.h"
#include "domain/shopcustomer.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace linkdesk {

class Database;

// A shop customer with its link, as the customer table shows it.
struct CustomerRow {
    ShopCustomer customer;
    Link link;
    bool needsReview = false; // not linked, and an order of theirs waits for review
};

// What the customer table asks for: a filter and an order, read a page at a time.
struct CustomerQuery {
    enum class Status { Any, Linked, NotLinked, NeedsReview, Stale };
    enum class SortColumn { Shop, Email, Name, Company, ErpNumber, Source, SetAt };
    // Matches part of the email, name, company or shop customer id (any case), or the whole ERP number.
    QString text;
    QString shopCode;
    Status status = Status::Any;
    SortColumn sort = SortColumn::Email;
    bool descending = false;
};

class CustomerRepository final {
public:
    explicit CustomerRepository(Database& db)
        : m_db(db) {}

    // Inserts or updates by (shop, identity key); sets customer.id.
    Result<void> upsert(ShopCustomer& customer);
    Result<void> upsertAll(QList<ShopCustomer>& customers); // one transaction, one prepared statement
    Result<std::optional<ShopCustomer>> get(qint64 id);
    Result<std::optional<ShopCustomer>> find(const QString& shopCode, const QString& key);

    Result<int> count(const CustomerQuery& query);
    // total, when known, lets a page past the middle be read from the end.
    Result<QList<CustomerRow>> page(const CustomerQuery& query, int offset, int limit, int total = -1);

    // The shop customers linked to an ERP customer, stale or not (of one shop, or every shop when
    // shopCode is empty): how many, and up to limit of them with an id above afterId, by id. Rows
    // read this way stay in order however their links change meanwhile (the link check).
    Result<int> countLinked(const QString& shopCode = {});
    Result<QList<CustomerRow>> linkedAfter(const QString& shopCode, qint64 afterId, int limit);

    // What the search looks in: "email first last company shop-id".
    static QString searchText(const ShopCustomer& customer);

private:
    Result<void> index(const ShopCustomer& customer);
    Result<bool> isRare(const QString& text);
    Result<QString> whereClause(const CustomerQuery& query, QVariantList& binds);

    Database& m_db;
};

} // namespace linkdesk
