#pragma once

#include <QList>
#include <QString>

namespace linkdesk {

// An item (a product) as the ERP has it: Business Central's item, Tharstern's product.
struct ErpItem {
    QString number; // Business Central's item number, Tharstern's product code
    QString name;
    bool blocked = false;
};

// A search of the ERP's customers or items by number or name, one page at a time: the first page
// with page empty, each further one with the page before's ErpSearchPage::next.
struct ErpSearch {
    QString text;
    int pageSize = 25;
    QString page;
};

// One page of a search's answers.
template <typename T>
struct ErpSearchPage {
    QList<T> rows; // at most ErpSearch::pageSize
    QString next;  // asks for the page after this one (ErpSearch::page); empty: there is none
    bool hasMore() const { return !next.isEmpty(); }
};

} // namespace linkdesk
