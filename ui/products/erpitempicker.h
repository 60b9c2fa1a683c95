#pragma once

#include "util/result.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ErpItemPicker;
}

namespace linkdesk {

class ErpClient;

// Finds an ERP item by number or name: a search box, the results a page at a time (More results
// asks the ERP for the next page), and a check that item numbers exist in the ERP before a mapping
// is saved. Every ERP call runs on the client's own thread (askErp), so the GUI thread never waits.
// Map a SKU (a blocked order's products) and the Products page's mapping dialog use it.
class ErpItemPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErpItemPicker)
public:
    explicit ErpItemPicker(QWidget* parent = nullptr);
    ~ErpItemPicker() override;

    // erp lives on another thread; null: no ERP connection (searching is off, and said so).
    void setErpClient(ErpClient* erp);
    bool hasErp() const;
    // Results asked for at a time (25).
    void setPageSize(int size);
    // Searches the ERP for this text, as typing it and pressing Enter does.
    void search(const QString& text);
    // Asks the ERP whether it has items with these numbers; done (on this thread, later) gets the
    // numbers it does not know, in order, or why it could not be asked.
    void checkItems(const QStringList& numbers, std::function<void(Result<QStringList>)> done);

signals:
    // A result was made current: its item number.
    void itemChosen(const QString& number);
    // A search or its next page was answered (or failed); the list shows it.
    void searchFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fetchPage(bool more);
    void updateState();

    std::unique_ptr<Ui::ErpItemPicker> m_ui;
    QPointer<ErpClient> m_erp;
    int m_pageSize = 25;
    QString m_text; // the search the list shows
    QString m_next; // its next page; empty: there is none
    int m_generation = 0;
    bool m_searching = false;
};

} // namespace linkdesk
