// BusinessCentralClient: customers and items found by number or name, for staff looking for one.
// Business Central refuses an "or" across two fields, so a search is two filtered reads of the same
// collection: startswith(number,'…') first, then contains(tolower(displayName),'…'), each capped by
// $top (one more row than it may use, to know whether there are more) and continued by $skip. A
// page's next says how far each read has got ("numbers,names"; -1 for a read that is done).
#include "businesscentralclient.h"

#include <optional>

namespace linkdesk {

namespace {

// Rows a page holds at most, whatever a caller asks for.
constexpr int kMaxSearchPageSize = 100;

} // namespace

// How many rows of the read by number and of the read by name the pages before used; -1: no more.
struct BusinessCentralClient::SearchCursor {
    int numbers = 0;
    int names = 0;

    static std::optional<SearchCursor> parse(const QString& page) {
        if (page.isEmpty())
            return SearchCursor{};
        const QStringList parts = page.split(QLatin1Char(','));
        bool numbersOk = false;
        bool namesOk = false;
        SearchCursor cursor;
        if (parts.size() == 2) {
            cursor.numbers = parts.at(0).toInt(&numbersOk);
            cursor.names = parts.at(1).toInt(&namesOk);
        }
        if (!numbersOk || !namesOk || cursor.numbers < -1 || cursor.names < -1)
            return std::nullopt;
        return cursor;
    }
    // The page token; empty once both reads are done.
    QString text() const {
        return numbers < 0 && names < 0 ? QString() : QStringLiteral("%1,%2").arg(numbers).arg(names);
    }
};

QString BusinessCentralClient::numberFilter(const QString& text) {
    return QStringLiteral("startswith(number,%1)").arg(odataString(text.trimmed().toUpper()));
}

QString BusinessCentralClient::nameFilter(const QString& text) {
    return QStringLiteral("contains(tolower(displayName),%1)").arg(odataString(text.trimmed().toLower()));
}

ErpItem BusinessCentralClient::itemFromJson(const QJsonObject& json) {
    ErpItem item;
    item.number = json.value(QStringLiteral("number")).toString();
    item.name = json.value(QStringLiteral("displayName")).toString();
    item.blocked = json.value(QStringLiteral("blocked")).toBool();
    return item;
}

void BusinessCentralClient::searchCustomers(const ErpSearch& search,
                                            Callback<ErpSearchPage<ErpCustomer>> done) {
    searchCollection<ErpCustomer>(QStringLiteral("customers"), search, &customerFromJson,
                                  tr("searching customers for “%1”").arg(search.text.trimmed()),
                                  std::move(done));
}

void BusinessCentralClient::searchItems(const ErpSearch& search, Callback<ErpSearchPage<ErpItem>> done) {
    searchCollection<ErpItem>(QStringLiteral("items"), search, &itemFromJson,
                              tr("searching items for “%1”").arg(search.text.trimmed()), std::move(done));
}

template <typename T>
void BusinessCentralClient::searchCollection(const QString& collection, const ErpSearch& search,
                                             T (*fromJson)(const QJsonObject&), const QString& what,
                                             Callback<ErpSearchPage<T>> done) {
    const QString text = search.text.trimmed();
    const auto cursor = SearchCursor::parse(search.page);
    if (text.isEmpty()) {
        later<ErpSearchPage<T>>(std::move(done),
                                fail(tr("Type a number or a name to search for."), ErrorKind::Invalid));
        return;
    }
    if (!cursor) {
        later<ErpSearchPage<T>>(
            std::move(done), fail(tr("Business Central: %1: there is no page “%2”.").arg(what, search.page),
                                  ErrorKind::Invalid));
        return;
    }
    const int size = qBound(1, search.pageSize, kMaxSearchPageSize);
    const QString prefix = text.toUpper();
    const auto url = [this, collection](const QString& filter, int top, int skip) {
        QList<QPair<QString, QString>> query{{QStringLiteral("$filter"), filter},
                                             {QStringLiteral("$top"), QString::number(top)}};
        if (skip > 0)
            query.append({QStringLiteral("$skip"), QString::number(skip)});
        return resourceUrl(collection, query);
    };
    auto page = std::make_shared<ErpSearchPage<T>>();
    auto next = std::make_shared<SearchCursor>(*cursor);

    // By name, where the rows by number left room on the page.
    const auto byName = [this, url, text, prefix, size, fromJson, what, page, next, done] {
        const int room = size - int(page->rows.size());
        if (room <= 0 || next->names < 0) {
            page->next = next->text();
            done(*page);
            return;
        }
        getCollection(url(nameFilter(text), room + 1, next->names), what,
                      [prefix, size, room, fromJson, page, next, done](Result<QList<QJsonObject>> found) {
                          if (!found.ok()) {
                              done(found.error());
                              return;
                          }
                          int used = 0;
                          bool full = false;
                          for (const QJsonObject& json : found.value()) {
                              if (page->rows.size() >= size) {
                                  full = true;
                                  break;
                              }
                              ++used;
                              T row = fromJson(json);
                              if (!row.number.startsWith(prefix)) // else listed by number already
                                  page->rows.append(row);
                          }
                          next->names = full || found.value().size() > room ? next->names + used : -1;
                          page->next = next->text();
                          done(*page);
                      });
    };
    if (next->numbers < 0) {
        byName();
        return;
    }
    getCollection(url(numberFilter(text), size + 1, next->numbers), what,
                  [size, fromJson, page, next, byName, done](Result<QList<QJsonObject>> found) {
                      if (!found.ok()) {
                          done(found.error());
                          return;
                      }
                      const int taken = qMin(size, int(found.value().size()));
                      for (int i = 0; i < taken; ++i)
                          page->rows.append(fromJson(found.value().at(i)));
                      next->numbers = found.value().size() > size ? next->numbers + taken : -1;
                      byName();
                  });
}

} // namespace linkdesk
