#include "headerstate.h"

#include <QHeaderView>
#include <QSettings>

namespace linkdesk {

void rememberHeaderState(QHeaderView* header, const QString& key) {
    const QString settingsKey = key + QLatin1String("/tableHeader");
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    if (!saved.isEmpty()) {
        const QByteArray defaults = header->saveState();
        if (!header->restoreState(saved) || header->count() != header->model()->columnCount())
            header->restoreState(defaults); // from another version of the table
    }
    const auto save = [header, settingsKey] { QSettings().setValue(settingsKey, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

} // namespace linkdesk
