#include "headerstate.h"

#include <QHeaderView>
#include <QMenu>
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

    // A right-click on the header lists the columns to show or hide (at least one stays).
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header, save](const QPoint& at) {
        QMenu menu(header);
        for (int logical = 0; logical < header->count(); ++logical) {
            QAction* column =
                menu.addAction(header->model()->headerData(logical, header->orientation()).toString());
            column->setCheckable(true);
            column->setChecked(!header->isSectionHidden(logical));
            column->setEnabled(header->isSectionHidden(logical) ||
                               header->hiddenSectionCount() < header->count() - 1);
            QObject::connect(column, &QAction::toggled, header, [header, logical, save](bool shown) {
                header->setSectionHidden(logical, !shown);
                save();
            });
        }
        menu.exec(header->mapToGlobal(at));
    });
}

} // namespace linkdesk
