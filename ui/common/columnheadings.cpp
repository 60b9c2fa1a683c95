#include "columnheadings.h"

#include <QCoreApplication>

namespace linkdesk {

QVariant columnHeading(const QAbstractItemModel& model, const QList<const char*>& headings, int section,
                       Qt::Orientation orientation, int role) {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return model.QAbstractItemModel::headerData(section, orientation, role);
    if (section < 0 || section >= headings.size())
        return {};
    return QCoreApplication::translate(model.metaObject()->className(), headings.at(section)); // as its tr()
}

} // namespace linkdesk
