// Customers page benchmark: 1,000,000 shop customers in SQLite. Times the real page (model, view,
// worker thread) from opening to the first rows painted, from a filter change to updated rows, and
// from a jump to the end to the last rows shown, and the peak memory; each against the bare SQL
// query that feeds it (CustomerRepository count + page), measured in the same run.
#include "benchcommon.h"

#include "store/customerrepository.h"
#include "store/database.h"
#include "store/linkrepository.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace linkdesk;

namespace {
bool waitFor(const std::function<bool()>& done, int timeoutMs = 60000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double ms(qint64 ns) {
    return ns / 1e6;
}

long peakMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

Result<void> fill(Database& db, int count) {
    CustomerRepository customers(db);
    const int chunk = 20000;
    for (int from = 0; from < count; from += chunk) {
        QList<ShopCustomer> batch;
        batch.reserve(chunk);
        for (int i = from; i < std::min(count, from + chunk); ++i) {
            ShopCustomer c;
            c.shopCode = i % 3 == 0 ? QStringLiteral("trade") : QStringLiteral("web");
            c.shopCustomerId = QString::number(100000 + i);
            c.email = QStringLiteral("buyer%1@example%2.com").arg(i).arg(i % 97);
            c.firstName = QStringLiteral("First%1").arg(i % 1000);
            c.lastName = QStringLiteral("Last%1").arg(i);
            c.company = i % 4 == 0 ? QStringLiteral("Company %1 Ltd").arg(i % 5000) : QString();
            c.country = QStringLiteral("GB");
            batch.append(c);
        }
        if (auto r = customers.upsertAll(batch); !r)
            return r;
    }
    return {};
}
} // namespace

int benchCustomers(const QStringList& args) {
    const int count = bench::intArg(args, QStringLiteral("--customers"), 1000000);
    QTemporaryDir dir;
    auto db = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("customers.sqlite")));
    if (!db)
        return bench::failWith(db.message());
    QElapsedTimer timer;
    timer.start();
    if (auto r = fill(**db, count); !r)
        return bench::failWith(r.message());
    bench::print(QStringLiteral("customers: %1 shop customers in SQLite (filled in %2 s)")
                     .arg(count)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    const long baseMb = peakMb();

    // The bare queries: what the page runs, without the page.
    CustomerRepository repo(**db);
    // A query's first page and its count, timed from the start to each; the count, or -1 where
    // either failed.
    const auto timeBare = [&](const CustomerQuery& query, qint64* pageNs, qint64* countedNs) {
        timer.restart();
        const auto rows = repo.page(query, 0, CustomerTableModel::PageSize);
        *pageNs = timer.nsecsElapsed();
        const auto counted = repo.count(query);
        *countedNs = timer.nsecsElapsed();
        return rows && counted ? *counted : -1;
    };
    qint64 bareFirst = 0, bareCounted = 0, bareFilterPage = 0, bareFilter = 0, bareCommonPage = 0,
           bareCommon = 0;
    CustomerQuery all;
    const int total = timeBare(all, &bareFirst, &bareCounted);
    CustomerQuery filtered;
    // "buyer424" in a million: a thousand customers, found through the search index.
    filtered.text = QStringLiteral("buyer%1").arg(std::max(1, int(424LL * count / 1000000)));
    const int filteredCount = timeBare(filtered, &bareFilterPage, &bareFilter);
    timer.restart();
    auto last =
        repo.page(all, std::max(0, count - CustomerTableModel::PageSize), CustomerTableModel::PageSize,
                  count); // read from the end, as the model asks for it
    const qint64 bareLast = timer.nsecsElapsed();
    // A text in one customer of nine: read in order and tested rather than looked up in the index.
    CustomerQuery common;
    common.text = QStringLiteral("example1");
    const int commonCount = timeBare(common, &bareCommonPage, &bareCommon);
    // Sorted by company: pages from its index.
    CustomerQuery byCompany;
    byCompany.sort = CustomerQuery::SortColumn::Company;
    timer.restart();
    auto companyFirst = repo.page(byCompany, 0, CustomerTableModel::PageSize);
    const qint64 bareCompany = timer.nsecsElapsed();
    if (!companyFirst)
        return bench::failWith(companyFirst.message());
    if (total < 0 || filteredCount < 0 || commonCount < 0 || !last)
        return bench::failWith(QStringLiteral("a bare query failed"));

    // The page.
    timer.restart();
    CustomersPage page(**db, {QStringLiteral("web"), QStringLiteral("trade")});
    page.resize(1280, 760);
    page.show();
    CustomerTableModel* model = page.model();
    if (!waitFor([&] { return model->rowCount() > 0; }))
        return bench::failWith(QStringLiteral("the page never showed rows"));
    page.grab(); // painted
    const qint64 pageFirst = timer.nsecsElapsed();
    if (!waitFor([&] { return !model->isBusy() && model->totalCount() == count; }))
        return bench::failWith(QStringLiteral("the customers were never counted"));
    const qint64 pageCounted = timer.nsecsElapsed();

    // Types a text (what the filter box does once its 150 ms debounce has passed): the time to its
    // first rows painted, and to its rows counted; false when they never came.
    CustomerQuery query = model->query();
    const auto typeFilter = [&](const QString& text, int expectedCount, qint64* rowsNs, qint64* countedNs) {
        query.text = text;
        timer.restart();
        model->setQuery(query);
        if (!waitFor([&] {
                const QModelIndex top = model->index(0, CustomerTableModel::Email);
                return top.isValid() && top.data().toString().contains(text);
            }))
            return false;
        page.grab();
        *rowsNs = timer.nsecsElapsed();
        if (!waitFor([&] { return !model->isBusy() && model->totalCount() == expectedCount; }))
            return false;
        *countedNs = timer.nsecsElapsed();
        return true;
    };
    qint64 pageFilter = 0, pageFilterCounted = 0, pageCommon = 0, pageCommonCounted = 0;
    if (!typeFilter(filtered.text, filteredCount, &pageFilter, &pageFilterCounted))
        return bench::failWith(QStringLiteral("the filter never answered"));
    if (!typeFilter(common.text, commonCount, &pageCommon, &pageCommonCounted))
        return bench::failWith(QStringLiteral("the common filter never answered"));

    query.text.clear();
    model->setQuery(query);
    if (!waitFor([&] { return !model->isBusy() && model->totalCount() == count; }))
        return bench::failWith(QStringLiteral("clearing the filter never answered"));
    auto* view = page.findChild<QTableView*>(QStringLiteral("customerTable"));
    timer.restart();
    view->scrollToBottom();
    const QModelIndex lastIndex = model->index(model->rowCount() - 1, CustomerTableModel::Email);
    if (!waitFor([&] { return !model->data(lastIndex).toString().isEmpty(); }))
        return bench::failWith(QStringLiteral("the last rows never arrived"));
    page.grab();
    const qint64 pageLast = timer.nsecsElapsed();

    bool sorted = false;
    QObject::connect(model, &CustomerTableModel::firstRowsShown, &page, [&] { sorted = true; });
    timer.restart();
    view->sortByColumn(CustomerTableModel::Company, Qt::AscendingOrder); // a click on its title
    if (!waitFor([&] { return sorted; }))
        return bench::failWith(QStringLiteral("sorting never answered"));
    page.grab();
    const qint64 pageCompany = timer.nsecsElapsed();

    const auto line = [](const QString& what, qint64 pageNs, qint64 bareNs, int aimMs) {
        bench::print(QStringLiteral("  %1 %2 ms (bare SQL %3 ms, ratio %4%5)")
                         .arg(what, -22)
                         .arg(ms(pageNs), 0, 'f', 1)
                         .arg(ms(bareNs), 0, 'f', 1)
                         .arg(double(pageNs) / double(std::max<qint64>(bareNs, 1)), 0, 'f', 2)
                         .arg(aimMs > 0 ? QStringLiteral("; aim <= %1 ms").arg(aimMs)
                                        : QStringLiteral("; rows already on screen")));
    };
    line(QStringLiteral("first rows painted"), pageFirst, bareFirst, 300);
    line(QStringLiteral("all rows counted"), pageCounted, bareCounted, 0);
    line(QStringLiteral("filter to new rows"), pageFilter, bareFilterPage, 150);
    line(QStringLiteral("filter to rows counted"), pageFilterCounted, bareFilter, 150);
    line(QStringLiteral("common text to rows"), pageCommon, bareCommonPage, 150);
    line(QStringLiteral("common text counted"), pageCommonCounted, bareCommon, 0);
    line(QStringLiteral("jump to the end"), pageLast, bareLast, 150);
    line(QStringLiteral("sort by company"), pageCompany, bareCompany, 150);
    bench::print(QStringLiteral("  peak memory %1 MB (%2 MB before the page opened; aim <= 250 MB)")
                     .arg(peakMb())
                     .arg(baseMb));
    return 0;
}
