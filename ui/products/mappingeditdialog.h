#pragma once

#include "domain/catalog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MappingEditDialog;
}

namespace linkdesk {

class ErpClient;

// Adds a product mapping, or changes the ERP item of an existing one (its key stays as it is). The
// ERP item is found with the ERP item picker (a result picked fills it) or typed; Save asks the ERP
// whether it has the item first and refuses, in a sentence, a number it does not know.
class MappingEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingEditDialog)
public:
    // existing: the mapping to edit; nullptr to add one.
    MappingEditDialog(const QStringList& shopCodes, const ProductMapping* existing,
                      QWidget* parent = nullptr);
    ~MappingEditDialog() override;

    // The ERP the dialog searches and checks items with (on its own thread); null: none is
    // connected, so the number is saved as typed, unchecked, and the dialog says so.
    void setErpClient(ErpClient* erp);

    // The mapping as entered (source manual).
    ProductMapping mapping() const;
    // Whether the ERP is being asked about the item number (Save waits for it).
    bool isChecking() const { return m_checking; }

    void accept() override;

signals:
    // The ERP answered about the item number; the dialog was accepted or says why not.
    void checked();

private:
    QString problem() const;
    void showMessage(const QString& text, bool problem);

    std::unique_ptr<Ui::MappingEditDialog> m_ui;
    bool m_checking = false;
};

} // namespace linkdesk
