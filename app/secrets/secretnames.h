#pragma once

#include "config/keychainnames.h"
#include "config/profile.h"

#include <QStringList>

namespace linkdesk::secrets {

// The secret names a profile needs, in a stable order: the ERP's, then each shop's (the names
// themselves are built by config/keychainnames.h).
QStringList secretNames(const Profile& profile);

} // namespace linkdesk::secrets
