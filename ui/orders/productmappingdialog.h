#pragma once

#include "domain/catalog.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class ProductMappingDialog;
}

namespace linkdesk {

struct StagedOrder;

// Asks for the ERP item number of each line of a blocked order that has none; the line edits are
// named itemEdit_LINENO. mappings() holds one product mapping per line that was given a number.
class ProductMappingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductMappingDialog)
public:
    explicit ProductMappingDialog(const StagedOrder& order, QWidget* parent = nullptr);
    ~ProductMappingDialog() override;

    QList<ProductMapping> mappings() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ProductMappingDialog> m_ui;
    QList<QPair<ProductMapping, QLineEdit*>> m_lines;
};

} // namespace linkdesk
