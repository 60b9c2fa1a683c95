#pragma once

#include "domain/catalog.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class ProductMappingDialog;
}

namespace linkdesk {

class ErpClient;
struct StagedOrder;

// Map a SKU: the ERP item number of each line of a blocked order that has none (line edits named
// itemEdit_LINENO), found with the ERP item picker (a result picked goes to the line edited last)
// or typed. Save asks the ERP whether it has every item first and refuses, in a sentence, a number
// it does not know. mappings() holds one product mapping per line that was given a number; the
// caller saves them (CatalogRepository::saveMappings, which puts every order blocked on them back
// in the queue).
class ProductMappingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductMappingDialog)
public:
    explicit ProductMappingDialog(const StagedOrder& order, QWidget* parent = nullptr);
    ~ProductMappingDialog() override;

    // The ERP the dialog searches and checks items with (on its own thread); null: none is
    // connected, so the numbers are saved as typed, unchecked, and the dialog says so.
    void setErpClient(ErpClient* erp);

    QList<ProductMapping> mappings() const;
    // Whether the ERP is being asked about the item numbers (Save waits for it).
    bool isChecking() const { return m_checking; }

    void accept() override;

signals:
    // The ERP answered about the item numbers; the dialog was accepted or says why not.
    void checked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMessage(const QString& text, bool problem);
    void setChecking(bool checking);

    std::unique_ptr<Ui::ProductMappingDialog> m_ui;
    QList<QPair<ProductMapping, QLineEdit*>> m_lines;
    QLineEdit* m_target = nullptr; // where a picked item goes: the line edited last
    bool m_checking = false;
};

} // namespace linkdesk
