#pragma once

#include "domain/catalog.h"
#include "ui/common/shoptablepage.h"

#include <memory>
#include <optional>

namespace Ui {
class RelationsPage;
}

namespace linkdesk {

class RelationModel;

// Contact relations ("Different Customer No. Order") per shop: the shop customers whose orders are
// booked to another ERP customer. Add, change, remove, and CSV import and export.
class RelationsPage final : public ShopTablePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationsPage)
public:
    RelationsPage(DatabaseWorker& db, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~RelationsPage() override;

    RelationModel* model() const { return m_model; }

    void reload() override;

private:
    std::optional<ContactRelation> selectedRelation() const;
    void addRow() override;
    void editRow() override;
    void removeRow() override;
    void openEditor(const ContactRelation* existing);
    // " Orders of theirs … matched again …: N." when N > 0.
    static QString requeued(int orders);

    QString csv() const override;
    void storeCsv(const QString& text, Done done) override;

    std::unique_ptr<Ui::RelationsPage> m_ui;
    RelationModel* m_model;
};

} // namespace linkdesk
