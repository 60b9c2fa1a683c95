#pragma once

#include "domain/catalog.h"

#include <QList>
#include <QString>

namespace linkdesk {

// The template rules: a template fits when each of its rules (shop, country, currency, VAT no.
// present) is empty or equal; among those that fit, the one with the most rules wins, then the
// lower priority, then the older template.
namespace CustomerTemplates {

struct Subject {
    QString shopCode;
    QString country;
    QString currency;
    bool hasVatNumber = false;
};

const CustomerTemplate* choose(const QList<CustomerTemplate>& templates, const Subject& subject);
// The template used when no user template fits: no fields of its own, so the new card holds what
// the order says (name or company, e-mail, country, currency, VAT no., phone, person or company).
// A user template only refines that: its fields are added, the order's values still fill theirs.
const CustomerTemplate& builtIn();
// The rules a template was chosen by, in words: "shop web, country GB".
QString describeRules(const CustomerTemplate& tmpl);
QString describe(const Subject& subject);

} // namespace CustomerTemplates

} // namespace linkdesk
