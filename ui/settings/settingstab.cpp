#include "settingstab.h"

namespace linkdesk {

SettingsTab::~SettingsTab() = default;

void SettingsTab::setSaving(bool saving) {
    if (m_saving == saving)
        return;
    m_saving = saving;
    updateEnabled();
}

void SettingsTab::setModified(bool modified) {
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged();
}

void SettingsTab::watchForEdits(QAbstractItemModel* model, const std::function<void()>& updateModified) {
    connect(model, &QAbstractItemModel::dataChanged, this, updateModified);
    connect(model, &QAbstractItemModel::rowsInserted, this, updateModified);
    connect(model, &QAbstractItemModel::rowsRemoved, this, updateModified);
    connect(model, &QAbstractItemModel::modelReset, this, updateModified);
}

} // namespace linkdesk
