#pragma once

#include <QDialog>
#include <QJsonObject>

#include <memory>

namespace Ui {
class TestOrderDialog;
}

namespace linkdesk {

class ImportWorker;

// A test order placed "as" a shop customer, never submitted: which customer code it would use and
// why, and the ERP's price under that code beside the price under the default customer code.
class TestOrderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestOrderDialog)
public:
    TestOrderDialog(ImportWorker* worker, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~TestOrderDialog() override;

    void setCustomer(const QString& shopCode, const QString& shopCustomerId);
    void addLine(const QString& sku, double quantity = 1);

private:
    void run();
    void showResult(bool ok, const QString& error, const QJsonObject& result);

    std::unique_ptr<Ui::TestOrderDialog> m_ui;
    ImportWorker* m_worker;
    bool m_waiting = false;
};

} // namespace linkdesk
