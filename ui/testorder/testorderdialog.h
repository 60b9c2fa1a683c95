#pragma once

#include "import/testorder.h"
#include "ui/common/databaseworker.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace Ui {
class TestOrderDialog;
}

namespace linkdesk {

class ErrorDetailsButton;
class ImportWorker;

// A test order placed "as" a shop customer, never submitted: which customer code it would use and
// why, the ERP's price under that code beside the price under the default customer code, and per
// line the shop's price (typed in), the ERP's price for the customer and which of the two the order
// line would carry (line_price_source).
//
// The customer is found by a search (e-mail or name, read on the database worker as you type), or
// typed in as one who has not ordered yet (e-mail, name, company, currency, country): matched the
// same way and stored nowhere. "Link for real", after asking, does to the customer what a first
// order would (the link written, or the ERP customer created and linked; no sales order) on the
// import worker, then asks for Connect Link on them (connectLinkRequested). The dialog keeps its
// size: long results wrap, and a long error is cut short with the whole of it in the tooltip and
// in the list below.
class TestOrderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestOrderDialog)
public:
    // db reads the customer search; worker runs the test order and Link for real.
    TestOrderDialog(ImportWorker* worker, DatabaseWorker& db, const QStringList& shopCodes,
                    QWidget* parent = nullptr);
    ~TestOrderDialog() override;

    // A shop customer Linkdesk has, by its identity key (the shop customer id).
    void setCustomer(const QString& shopCode, const QString& shopCustomerId);
    // One who has not ordered yet (typed.shopCode is ignored: the shop chosen is used).
    void setNewCustomer(const ShopCustomer& typed);
    // shopPrice: the shop's unit price; absent: not given.
    void addLine(const QString& sku, double quantity = 1, std::optional<double> shopPrice = std::nullopt);
    // Places the test order as the button does.
    void run();

    // Texts longer than this are cut short in the result labels (the whole text in the tooltip).
    static constexpr int MaxLabelChars = 240;

signals:
    // The customer search's rows are listed.
    void customersFound();
    // A test order's (or Link for real's) answer is shown.
    void resultShown();
    // Link for real is done: open Connect Link on this shop customer (its row id).
    void connectLinkRequested(qint64 customerId);

private:
    enum class Waiting { Nothing, TestOrder, Link };
    void search();
    void pickCustomer();
    // Who the test order is placed as; empty with the reason shown when the form lacks something.
    std::optional<TestOrder::Customer> customer();
    void confirmLinkForReal();
    void startLinkForReal(const TestOrder::Customer& customer);
    void startWaiting(Waiting what, const QString& message);
    void stopWaiting();
    void clearResult();
    // text in the label, cut short at MaxLabelChars with the whole of it in the tooltip.
    void showText(QLabel* label, const QString& text);
    void showProblem(const QString& text);
    // Whether an answer is the one waited for (what) and ran; when it did not run, shows why (problem,
    // with %1 for the error) and the detail behind it.
    bool takeAnswer(Waiting what, bool ok, const QString& error, const QJsonObject& result,
                    const QString& problem);
    void showResult(bool ok, const QString& error, const QJsonObject& result);
    void showLinked(bool ok, const QString& error, const QJsonObject& result);
    void showLinePrices(const QJsonObject& result);

    std::unique_ptr<Ui::TestOrderDialog> m_ui;
    ImportWorker* m_worker;
    DatabaseWorker& m_db;
    QTimer* m_searchTimer;
    ErrorDetailsButton* m_errorDetails; // the request and the answer behind an error shown
    RequestSerial m_searchSerial;
    Waiting m_waiting = Waiting::Nothing;
};

} // namespace linkdesk
