#pragma once

#include "domain/catalog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RelationEditDialog;
}

namespace linkdesk {

// Adds a contact relation, or changes the ERP customer and reason of an existing one (its shop and
// shop customer stay as they are). A reason is required.
class RelationEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationEditDialog)
public:
    // existing: the relation to edit; nullptr to add one.
    RelationEditDialog(const QStringList& shopCodes, const ContactRelation* existing,
                       QWidget* parent = nullptr);
    ~RelationEditDialog() override;

    // The relation as entered.
    ContactRelation relation() const;

    void accept() override;

private:
    QString problem() const;

    std::unique_ptr<Ui::RelationEditDialog> m_ui;
};

} // namespace linkdesk
