#include "customertemplates.h"

#include <QStringList>

namespace linkdesk::CustomerTemplates {

namespace {
bool same(const QString& rule, const QString& value) {
    return rule.trimmed().compare(value.trimmed(), Qt::CaseInsensitive) == 0;
}

// -1 when the template does not fit, else how many of its rules are set.
int specificity(const CustomerTemplate& t, const Subject& s) {
    int n = 0;
    for (const auto& [rule, value] : {std::pair{&t.shopCode, &s.shopCode}, std::pair{&t.country, &s.country},
                                      std::pair{&t.currency, &s.currency}}) {
        if (rule->trimmed().isEmpty())
            continue;
        if (!same(*rule, *value))
            return -1;
        ++n;
    }
    if (t.vatPresent >= 0) {
        if ((t.vatPresent == 1) != s.hasVatNumber)
            return -1;
        ++n;
    }
    return n;
}
} // namespace

const CustomerTemplate* choose(const QList<CustomerTemplate>& templates, const Subject& subject) {
    const CustomerTemplate* best = nullptr;
    int bestScore = -1;
    for (const CustomerTemplate& t : templates) {
        const int score = specificity(t, subject);
        if (score < 0)
            continue;
        if (!best || score > bestScore || (score == bestScore && t.priority < best->priority) ||
            (score == bestScore && t.priority == best->priority && t.id < best->id)) {
            best = &t;
            bestScore = score;
        }
    }
    return best;
}

const CustomerTemplate& builtIn() {
    static const CustomerTemplate tmpl{0, QStringLiteral("built-in"), 0, {}, {}, {}, -1, {}};
    return tmpl;
}

QString describeRules(const CustomerTemplate& t) {
    QStringList parts;
    if (!t.shopCode.trimmed().isEmpty())
        parts << QStringLiteral("shop ") + t.shopCode;
    if (!t.country.trimmed().isEmpty())
        parts << QStringLiteral("country ") + t.country;
    if (!t.currency.trimmed().isEmpty())
        parts << QStringLiteral("currency ") + t.currency;
    if (t.vatPresent >= 0)
        parts << (t.vatPresent ? QStringLiteral("with a VAT no.") : QStringLiteral("without a VAT no."));
    return parts.isEmpty() ? QStringLiteral("no rules: fits every customer")
                           : parts.join(QStringLiteral(", "));
}

QString describe(const Subject& s) {
    return QStringLiteral("shop %1, country %2, currency %3, %4")
        .arg(s.shopCode, s.country.isEmpty() ? QStringLiteral("(none)") : s.country,
             s.currency.isEmpty() ? QStringLiteral("(none)") : s.currency,
             s.hasVatNumber ? QStringLiteral("with a VAT no.") : QStringLiteral("without a VAT no."));
}

} // namespace linkdesk::CustomerTemplates
