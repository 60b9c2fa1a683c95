#pragma once

#include "domain/settings.h"
#include "util/result.h"

#include <QString>

namespace linkdesk {

// Email addresses as the matcher compares them.
//
// exact: surrounding white space (and invisible zero-width characters) removed, Unicode in
// composed form (NFC), lower case. provider_rules: also, for providers known to ignore them,
// the dots of a Gmail name (gmail.com and googlemail.com are one provider) and a "+tag".
//
// A value that is not an address is refused with a message naming the value (error code "empty"
// or "invalid"): such a value is reported, never used to match.
namespace EmailAddress {

Result<QString> normalise(const QString& raw, EmailNormalisation rules);

// The value as it may be shown in a message: cut to a readable length.
QString forDisplay(const QString& raw);

} // namespace EmailAddress

} // namespace linkdesk
