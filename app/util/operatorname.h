#pragma once

#include <QString>

namespace linkdesk {

// Who works here, as the audit log, the links' "set by" and the import lock name them: the
// operating-system user on this workstation, "ann@backoffice-2" (the user alone when the host has
// no name).
QString operatorName();

} // namespace linkdesk
