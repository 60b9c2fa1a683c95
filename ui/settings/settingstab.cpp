#include "settingstab.h"

namespace linkdesk {

SettingsTab::~SettingsTab() = default;

void SettingsTab::setSaving(bool saving) {
    if (m_saving == saving)
        return;
    m_saving = saving;
    updateEnabled();
}

} // namespace linkdesk
