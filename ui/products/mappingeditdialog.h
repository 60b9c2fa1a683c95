#pragma once

#include "domain/catalog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MappingEditDialog;
}

namespace linkdesk {

// Adds a product mapping, or changes the ERP item of an existing one (its key stays as it is).
class MappingEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingEditDialog)
public:
    // existing: the mapping to edit; nullptr to add one.
    MappingEditDialog(const QStringList& shopCodes, const ProductMapping* existing,
                      QWidget* parent = nullptr);
    ~MappingEditDialog() override;

    // The mapping as entered (source manual).
    ProductMapping mapping() const;

    void accept() override;

private:
    QString problem() const;

    std::unique_ptr<Ui::MappingEditDialog> m_ui;
};

} // namespace linkdesk
