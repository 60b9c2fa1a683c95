#pragma once

#include "domain/catalog.h"
#include "ui/common/shoptablepage.h"

#include <memory>
#include <optional>

namespace Ui {
class ProductsPage;
}

namespace linkdesk {

class ProductMappingModel;

// Product mappings per shop: add, change, remove, and CSV import and export.
class ProductsPage final : public ShopTablePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPage)
public:
    ProductsPage(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~ProductsPage() override;

    ProductMappingModel* model() const { return m_model; }

    void reload() override;

private:
    std::optional<ProductMapping> selectedMapping() const;
    void addRow() override;
    void editRow() override;
    void removeRow() override;
    // Stores a mapping the user gave; the page then says saved, or why it was not saved.
    void save(const ProductMapping& mapping, const QString& saved);
    // " Blocked orders it unblocks …: N." when N > 0.
    static QString released(int orders);

    QString csv() const override;
    void storeCsv(const QString& text, Done done) override;

    std::unique_ptr<Ui::ProductsPage> m_ui;
    ProductMappingModel* m_model;
};

} // namespace linkdesk
