#pragma once

#include "store/catalogrepository.h"
#include "ui/common/listmodel.h"

namespace linkdesk {

// Contact relations: shop customer -> the ERP customer its orders are booked to, with the reason.
class RelationModel final : public ListModel<ContactRelationRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationModel)
public:
    enum Column { Shop, Customer, ErpCustomer, Reason, SetBy, SetAt, ColumnCount };

    explicit RelationModel(QObject* parent = nullptr);

    QList<ContactRelation> relations() const;

private:
    QVariant cell(const ContactRelationRow& row, int column, int role) const override;
};

} // namespace linkdesk
