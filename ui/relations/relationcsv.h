#pragma once

#include "domain/catalog.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace linkdesk::relationcsv {

// Contact relations as CSV, with a header row:
//   shop,customer,erp_customer,reason,set_by,set_at
// (the keys of `linkdesk-cli relations list --json`). Reading needs shop, customer, erp_customer
// and reason; set_by and set_at are written for people and ignored when read back: whoever imports
// the file sets the relations now.
QString format(const QList<ContactRelation>& relations);
// Every row, or every line that is wrong, in plain words (nothing is half read). knownShops, when
// not empty, are the only shop codes a row may name.
Result<QList<ContactRelation>> parse(const QString& text, const QStringList& knownShops = {});

} // namespace linkdesk::relationcsv
