#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QVariant>

namespace linkdesk {

// A table model's column heading from its headings, each in English and marked with QT_TR_NOOP in
// the model's class: headings[section], translated as the model's tr() would; nothing past the
// last; other orientations and roles as QAbstractItemModel gives them.
QVariant columnHeading(const QAbstractItemModel& model, const QList<const char*>& headings, int section,
                       Qt::Orientation orientation, int role);

} // namespace linkdesk
