// TharsternClient: customers and products found by code or name, for staff looking for one. The
// look-up by code is public (customers?customerCode=, products?productCode=); nothing public
// searches by name, so that is the site's own search at a configured path and parameter
// (customer_name_search_path and _parameter, product_search_path and _parameter), paged like the
// directory. Its answer is checked as the e-mail search's is: a server that ignores a parameter it
// does not know answers its first page of everything, and that must never read as "these match".
// With customer_search=contacts, customers are searched in the directory (tharsterndirectory.cpp).
#include "tharsternclient.h"

#include "erpcustomerjson.h"
#include "net/httprequest.h"

namespace linkdesk {

namespace {

// Rows a page holds at most, whatever a caller asks for.
constexpr int kMaxTharsternSearchPage = 100;

// A product's name: Name, else Description (the sandbox's products, and older sites, have only it).
QString tharsternRowName(const QJsonObject& row) {
    const QString name = row.value(QStringLiteral("Name")).toString();
    return name.isEmpty() ? row.value(QStringLiteral("Description")).toString() : name;
}

// The page of the search by name a token asks for: 1 for the first (no token), 0 when it is not one.
int tharsternPageOf(const QString& token) {
    if (token.isEmpty())
        return 1;
    bool ok = false;
    const int page = token.toInt(&ok);
    return ok && page >= 2 ? page : 0;
}

// A page of a search: on the first, the match by code first; then the rows found by name, read by
// fromJson, but for that match again (same); and the next page's token when there is one.
template <typename Row, typename FromJson, typename Same>
ErpSearchPage<Row> searchPage(const std::optional<Row>& exact, const QList<QJsonObject>& found, bool more,
                              int page, FromJson fromJson, Same same) {
    ErpSearchPage<Row> out;
    if (exact)
        out.rows.append(*exact);
    for (const QJsonObject& json : found) {
        const Row row = fromJson(json);
        if (!exact || !same(row, *exact))
            out.rows.append(row);
    }
    if (more)
        out.next = QString::number(page + 1);
    return out;
}

} // namespace

ErpItem TharsternClient::itemFromJson(const QJsonObject& json) {
    ErpItem item;
    item.number = json.value(QStringLiteral("Code")).toString();
    item.name = tharsternRowName(json);
    return item;
}

void TharsternClient::searchByName(const QString& path, const QString& parameter, const QString& pathKey,
                                   const QString& parameterKey, const ErpSearch& search, int page,
                                   const QString& what, Callback<NamePage> done) {
    const QString text = search.text.trimmed();
    const int size = qBound(1, search.pageSize, kMaxTharsternSearchPage);
    const QUrl url = endpoint(path, {{parameter, text},
                                     {m_config.pageParameter, QString::number(page)},
                                     {m_config.pageSizeParameter, QString::number(size)}});
    const QString request = QStringLiteral("GET %1?%2=").arg(path, parameter);
    call(net::HttpRequest::get(url), what,
         [text, size, page, request, parameter, pathKey, parameterKey, done](Result<QJsonValue> details,
                                                                             const net::HttpResult&) {
             if (!details.ok()) {
                 Error e = details.error();
                 if (e.is(ErrorKind::NotFound)) { // the path itself is not there
                     e.kind = ErrorKind::Configuration;
                     e.message += tr(" Set [erp] %1 to the site's search by name.").arg(pathKey);
                 }
                 done(e);
                 return;
             }
             const QJsonObject d = details.value().toObject();
             NamePage found;
             found.rows = jsonObjects(d.value(QStringLiteral("Items")).toArray());
             int unrelated = 0;
             QString example;
             for (const QJsonObject& row : std::as_const(found.rows)) {
                 const QString code = row.value(QStringLiteral("Code")).toString();
                 const QString name = tharsternRowName(row);
                 if (code.contains(text, Qt::CaseInsensitive) || name.contains(text, Qt::CaseInsensitive))
                     continue;
                 if (++unrelated == 1)
                     example = name.isEmpty() ? code : name;
             }
             if (unrelated > 0) {
                 done(fail(tr("Tharstern's search by name (%1%2) cannot be trusted: %3 of its %4 rows have "
                              "“%2” in neither their code nor their name (%5, say), so the server ignores "
                              "the parameter %6. Set [erp] %7 and %8 to the site's search by name.")
                               .arg(request, text)
                               .arg(unrelated)
                               .arg(found.rows.size())
                               .arg(example, parameter, pathKey, parameterKey),
                           ErrorKind::Configuration));
                 return;
             }
             const QJsonValue total = d.value(QStringLiteral("TotalItemCount"));
             found.more =
                 total.isDouble() ? qint64(page) * size < total.toInteger() : found.rows.size() >= size;
             done(found);
         });
}

void TharsternClient::searchCustomers(const ErpSearch& search, Callback<ErpSearchPage<ErpCustomer>> done) {
    const QString text = search.text.trimmed();
    const int page = tharsternPageOf(search.page);
    if (text.isEmpty() || page < 1) {
        later<ErpSearchPage<ErpCustomer>>(
            std::move(done),
            fail(text.isEmpty() ? tr("Type a number or a name to search for.")
                                : tr("Tharstern: the customer search has no page “%1”.").arg(search.page),
                 ErrorKind::Invalid));
        return;
    }
    if (m_config.customerSearch == TharsternConfig::Search::Contacts) {
        searchCustomersInDirectory(search, std::move(done));
        return;
    }
    const QString what = tr("searching customers for “%1”").arg(text);
    const auto byName = [this, search, page, what, done](std::optional<ErpCustomer> exact) {
        searchByName(m_config.customerNameSearchPath, m_config.customerNameSearchParameter,
                     QStringLiteral("customer_name_search_path"),
                     QStringLiteral("customer_name_search_parameter"), search, page, what,
                     [exact, page, done](Result<NamePage> found) {
                         if (!found.ok()) {
                             done(found.error());
                             return;
                         }
                         done(searchPage(exact, found.value().rows, found.value().more, page,
                                         &customerFromJson, [](const ErpCustomer& a, const ErpCustomer& b) {
                                             return a.number.compare(b.number, Qt::CaseInsensitive) == 0;
                                         }));
                     });
    };
    if (page > 1) {
        byName(std::nullopt);
        return;
    }
    customer(text, [byName, done](Result<std::optional<ErpCustomer>> exact) {
        if (!exact.ok())
            done(exact.error());
        else
            byName(exact.value());
    });
}

void TharsternClient::searchItems(const ErpSearch& search, Callback<ErpSearchPage<ErpItem>> done) {
    const QString text = search.text.trimmed();
    const int page = tharsternPageOf(search.page);
    if (text.isEmpty() || page < 1) {
        later<ErpSearchPage<ErpItem>>(
            std::move(done),
            fail(text.isEmpty() ? tr("Type a number or a name to search for.")
                                : tr("Tharstern: the product search has no page “%1”.").arg(search.page),
                 ErrorKind::Invalid));
        return;
    }
    const QString what = tr("searching products for “%1”").arg(text);
    const auto byName = [this, search, page, what, done](std::optional<ErpItem> exact) {
        searchByName(
            m_config.productSearchPath, m_config.productSearchParameter,
            QStringLiteral("product_search_path"), QStringLiteral("product_search_parameter"), search, page,
            what, [exact, page, done](Result<NamePage> found) {
                if (!found.ok()) {
                    done(found.error());
                    return;
                }
                done(searchPage(exact, found.value().rows, found.value().more, page, &itemFromJson,
                                [](const ErpItem& a, const ErpItem& b) { return a.number == b.number; }));
            });
    };
    if (page > 1) {
        byName(std::nullopt);
        return;
    }
    const QUrl url = endpoint(QStringLiteral("products"), {{QStringLiteral("productCode"), text}});
    listItems(url, tr("looking up product %1").arg(text), [text, byName, done](Result<QList<QJsonObject>> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        std::optional<ErpItem> exact;
        for (const QJsonObject& json : r.value())
            if (json.value(QStringLiteral("Code")).toString() == text)
                exact = itemFromJson(json);
        byName(exact);
    });
}

} // namespace linkdesk
