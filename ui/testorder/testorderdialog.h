#pragma once

#include <QDialog>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Ui {
class TestOrderDialog;
}

namespace linkdesk {

class ImportWorker;

// A test order placed "as" a shop customer, never submitted: which customer code it would use and
// why, the ERP's price under that code beside the price under the default customer code, and per
// line the shop's price (typed in), the ERP's price for the customer and which of the two the order
// line would carry (line_price_source).
class TestOrderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestOrderDialog)
public:
    TestOrderDialog(ImportWorker* worker, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~TestOrderDialog() override;

    void setCustomer(const QString& shopCode, const QString& shopCustomerId);
    // shopPrice: the shop's unit price; absent: not given.
    void addLine(const QString& sku, double quantity = 1, std::optional<double> shopPrice = std::nullopt);

private:
    void run();
    void showResult(bool ok, const QString& error, const QJsonObject& result);
    void showLinePrices(const QJsonObject& result);

    std::unique_ptr<Ui::TestOrderDialog> m_ui;
    ImportWorker* m_worker;
    bool m_waiting = false;
};

} // namespace linkdesk
