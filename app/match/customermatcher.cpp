#include "customermatcher.h"

#include "customertemplates.h"
#include "domain/emailaddress.h"
#include "matchdata.h"
#include "tracenote.h"
#include "util/names.h"

namespace linkdesk {

namespace {
using Cache = MatchTrace::Cache;

// How a link's source reads in a trace sentence ("the existing e-mail link").
QString sourceWord(LinkSource source) {
    static constexpr NameTable<5> words{"manual", "imported", "e-mail", "created", "contact"};
    static_assert(words.size() == std::size_t(LinkSource::Contact) + 1);
    return nameIn(words, source);
}

QString nameOf(const QString& name) {
    return name.isEmpty() ? QStringLiteral("no name") : name;
}

QString listOf(const QList<ErpCustomer>& customers) {
    QStringList parts;
    for (const ErpCustomer& c : customers)
        parts << QStringLiteral("%1 (%2%3)")
                     .arg(c.number, nameOf(c.name), c.blocked ? QStringLiteral(", blocked") : QString());
    return parts.join(QStringLiteral(", "));
}

QString blockedWhy(const ErpCustomer& c) {
    return c.blockedReason.isEmpty() ? QStringLiteral("blocked")
                                     : QStringLiteral("blocked: ") + c.blockedReason;
}
} // namespace

// One customer match: the order, its settings and everything found so far.
class CustomerMatcher::Run final {
public:
    Run(ErpDirectory& directory, const MatchData& data, const StagedOrder& order,
        const ShopSettings& settings, MatchTrace& trace)
        : m_directory(directory)
        , m_data(data)
        , m_order(order)
        , m_settings(settings)
        , m_customer(order.customer)
        , m_trace(trace) {}

    CustomerDecision run();

private:
    enum class Step { Done, Next };

    bool identify();
    Step contactRelation();
    Step existingLink();
    Step emailSearch();
    Step createdBefore();
    void create();
    void useDefault(const QString& rule, const QString& reason);

    void finish(MatchStatus status, const QString& reason = {}, const QString& detail = {}) {
        m_decision.status = status;
        if (!reason.isEmpty())
            m_decision.reason = reason;
        m_decision.detail = detail;
    }
    void needsLookup(MissingLookup lookup) {
        m_decision.lookups.append(std::move(lookup));
        finish(MatchStatus::NeedsLookups);
    }
    void linkTo(const ErpCustomer& c, LinkSource source) {
        m_decision.erpCustomerNumber = c.number;
        m_decision.erpCustomerName = c.name;
        const Link* current = m_link;
        if (!current || current->erpCustomerNumber != c.number || current->source != source ||
            current->stale) {
            m_decision.link =
                LinkWrite{m_order.shopCode, m_decision.customerKey, c.number, c.name, source, m_linkVersion};
            m_decision.stale.reset(); // the new link replaces the stale one
        }
        finish(MatchStatus::Matched);
    }

    ErpDirectory& m_directory;
    const MatchData& m_data;
    const StagedOrder& m_order;
    const ShopSettings& m_settings;
    const ShopCustomer& m_customer;
    MatchTrace& m_trace;
    CustomerDecision m_decision;

    std::optional<Result<QString>> m_email; // normalised, once needed
    CustomerSearch m_search;
    const Link* m_link = nullptr;
    int m_linkVersion = 0;
    const CreationIntent* m_intent = nullptr;
};

CustomerDecision CustomerMatcher::Run::run() {
    if (!m_settings.useExternalIdAsCustomerCode) {
        useDefault(QStringLiteral("linking-off"),
                   QStringLiteral("Linking is off (use_external_id_as_customer_code is false)"));
        return m_decision;
    }
    if (!identify())
        return m_decision;
    m_link = m_data.link(m_order.shopCode, m_decision.customerKey);
    m_linkVersion = m_link ? m_link->rowVersion : 0;
    if (contactRelation() == Step::Done || existingLink() == Step::Done)
        return m_decision;
    if (m_customer.isGuest() && m_settings.guestPolicy == GuestPolicy::DefaultCustomer) {
        useDefault(QStringLiteral("guest-policy"),
                   QStringLiteral("Guest orders are booked to the default customer (guest_policy is "
                                  "default_customer)"));
        return m_decision;
    }
    m_intent = m_data.creationIntent(m_order.shopCode, m_decision.customerKey);
    // A customer Linkdesk created for this identity is linked as such, before any email search.
    if (createdBefore() == Step::Done || emailSearch() == Step::Done)
        return m_decision;
    if (m_settings.createMissingCustomers) {
        create();
        return m_decision;
    }
    useDefault(QStringLiteral("default"),
               QStringLiteral("No ERP customer matched and create_missing_customers is off"));
    return m_decision;
}

bool CustomerMatcher::Run::identify() {
    if (!m_customer.isGuest()) { // one link per match-field value set (a card per currency, say)
        m_search = CustomerMatcher::searchFor(m_order, m_settings, QString());
        m_decision.customerKey = CustomerMatcher::identityKey(m_customer, m_search);
        return true;
    }
    m_email = EmailAddress::normalise(m_customer.email, m_settings.emailNormalisation);
    if (!m_email->ok()) {
        useDefault(QStringLiteral("identity"),
                   QStringLiteral("This guest order cannot be linked: %1").arg(m_email->message()));
        return false;
    }
    m_search = CustomerMatcher::searchFor(m_order, m_settings, m_email->value());
    m_decision.customerKey = CustomerMatcher::identityKey(m_customer, m_search);
    return true;
}

CustomerMatcher::Run::Step CustomerMatcher::Run::contactRelation() {
    if (m_customer.isGuest())
        return Step::Next;
    const ContactRelation* relation = m_data.contactRelation(m_order.shopCode, m_customer.shopCustomerId);
    if (!relation)
        return Step::Next;
    const QString& number = relation->erpCustomerNumber;
    const auto found = m_directory.customer(number);
    const Cache cache = cacheOf(found.cacheHit);
    const QString rule = QStringLiteral("contact-relation");
    if (found.state == Lookup<std::optional<ErpCustomer>>::State::Unknown) {
        traceNote(m_trace, Cache::Miss, rule, number, QString(), QStringLiteral("lookup"),
                  QStringLiteral("%1 is a contact booked to ERP customer %2, not known yet: looking it up."),
                  m_customer.shopCustomerId, number);
        needsLookup({MissingLookup::Kind::Customer, {}, number});
        return Step::Done;
    }
    if (found.state == Lookup<std::optional<ErpCustomer>>::State::Failed) {
        traceNote(m_trace, cache, rule, number, found.error, QStringLiteral("failed"),
                  QStringLiteral("Could not look up ERP customer %1: %2"), number, found.error);
        finish(MatchStatus::Failed,
               QStringLiteral("Could not look up ERP customer %1: %2").arg(number, found.error),
               found.errorDetail);
        return Step::Done;
    }
    if (!found.value || found.value->blocked) {
        const QString why = !found.value ? QStringLiteral("the ERP has no customer %1").arg(number)
                                         : QStringLiteral("%1 is %2").arg(number, blockedWhy(*found.value));
        const QString reason =
            QStringLiteral("Shop customer %1 is a contact booked to a different customer%2, but %3")
                .arg(m_customer.shopCustomerId,
                     relation->reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(relation->reason),
                     why);
        traceNote(m_trace, cache, rule, number,
                  found.value ? QStringLiteral("blocked") : QStringLiteral("none"),
                  QStringLiteral("needs_review"), QStringLiteral("%1. The order needs review."), reason);
        finish(MatchStatus::NeedsReview, reason);
        return Step::Done;
    }
    if (relation->reason.isEmpty())
        traceNote(m_trace, cache, rule, number, number, QStringLiteral("linked"),
                  QStringLiteral("%1 is a contact booked to a different customer: %2 (%3)."),
                  m_customer.shopCustomerId, number, nameOf(found.value->name));
    else
        traceNote(m_trace, cache, rule, number, number, QStringLiteral("linked"),
                  QStringLiteral("%1 is a contact booked to a different customer: %2 (%3). Reason: %4."),
                  m_customer.shopCustomerId, number, nameOf(found.value->name), relation->reason);
    if (m_link && m_link->isLinked() && m_link->source == LinkSource::Manual) {
        m_decision.erpCustomerNumber = number; // booked by the relation; the manual link stays as it is
        m_decision.erpCustomerName = found.value->name;
        finish(MatchStatus::Matched);
    } else {
        linkTo(*found.value, LinkSource::Contact);
    }
    return Step::Done;
}

CustomerMatcher::Run::Step CustomerMatcher::Run::existingLink() {
    if (!m_link || !m_link->isLinked())
        return Step::Next;
    const QString rule = QStringLiteral("existing-link");
    const QString& number = m_link->erpCustomerNumber;
    const bool manual = m_link->source == LinkSource::Manual;
    if (m_link->source == LinkSource::Contact && !manual) { // the contact relation that set it is gone
        const QString reason = QStringLiteral("the contact relation that set it was removed");
        m_decision.stale = StaleMark{m_order.shopCode, m_decision.customerKey, number, reason, m_linkVersion};
        traceNote(m_trace, Cache::None, rule, m_decision.customerKey, number, QStringLiteral("stale"),
                  QStringLiteral("The contact link to %1 is stale: %2. Matching goes on."), number, reason);
        return Step::Next;
    }
    const auto found = m_directory.customer(number);
    const Cache cache = cacheOf(found.cacheHit);
    if (found.state == Lookup<std::optional<ErpCustomer>>::State::Unknown) {
        traceNote(m_trace, Cache::Miss, rule, number, QString(), QStringLiteral("lookup"),
                  QStringLiteral("Linked to %1, not known yet: looking it up in the ERP."), number);
        needsLookup({MissingLookup::Kind::Customer, {}, number});
        return Step::Done;
    }
    if (found.state == Lookup<std::optional<ErpCustomer>>::State::Failed) {
        const QString reason =
            QStringLiteral("Could not look up ERP customer %1: %2").arg(number, found.error);
        traceNote(m_trace, cache, rule, number, found.error, QStringLiteral("failed"), QStringLiteral("%1."),
                  reason);
        finish(MatchStatus::Failed, reason, found.errorDetail);
        return Step::Done;
    }
    if (found.value && !found.value->blocked && !manual && !m_search.fieldsMatch(*found.value)) {
        const QString why = QStringLiteral("%1 no longer has %2").arg(number, m_search.describeFields());
        m_decision.stale = StaleMark{m_order.shopCode, m_decision.customerKey, number, why, m_linkVersion};
        traceNote(m_trace, cache, rule, number, QStringLiteral("fields"), QStringLiteral("stale"),
                  QStringLiteral("The %1 link to %2 is stale: %3. Matching goes on."),
                  sourceWord(m_link->source), number, why);
        return Step::Next;
    }
    if (found.value && !found.value->blocked) {
        // A mark (a changed e-mail, say, found by Check links) is for staff to look at; while the
        // ERP has the card and does not block it, the link holds: skipping it could link or create
        // another card for the same customer.
        if (m_link->stale)
            traceNote(
                m_trace, cache, rule, number, number, QStringLiteral("linked"),
                QStringLiteral("The %1 link to %2 is marked stale (%3), but the ERP has %2 and does not "
                               "block it: used (%4)."),
                sourceWord(m_link->source), number, m_link->staleReason, nameOf(found.value->name));
        else
            traceNote(m_trace, cache, rule, number, number, QStringLiteral("linked"),
                      QStringLiteral("Used the existing %1 link to %2 (%3)."), sourceWord(m_link->source),
                      number, nameOf(found.value->name));
        m_decision.erpCustomerNumber = number;
        m_decision.erpCustomerName = found.value->name;
        finish(MatchStatus::Matched);
        return Step::Done;
    }
    const QString why = !found.value ? QStringLiteral("the ERP has no customer %1").arg(number)
                                     : QStringLiteral("%1 (%2) is %3")
                                           .arg(number, nameOf(found.value->name), blockedWhy(*found.value));
    const QString result = found.value ? QStringLiteral("blocked") : QStringLiteral("none");
    if (manual) {
        const QString reason =
            QStringLiteral("The manual link to %1 cannot be used: %2. A manual link is never replaced "
                           "automatically")
                .arg(number, why);
        traceNote(m_trace, cache, rule, number, result, QStringLiteral("needs_review"),
                  QStringLiteral("%1; the order needs review."), reason);
        finish(MatchStatus::NeedsReview, reason);
        return Step::Done;
    }
    m_decision.stale = StaleMark{m_order.shopCode, m_decision.customerKey, number, why, m_linkVersion};
    traceNote(m_trace, cache, rule, number, result, QStringLiteral("stale"),
              QStringLiteral("The %1 link to %2 is stale: %3. Matching goes on."), sourceWord(m_link->source),
              number, why);
    return Step::Next;
}

CustomerMatcher::Run::Step CustomerMatcher::Run::emailSearch() {
    const bool guestMatch = m_customer.isGuest() && m_settings.guestPolicy == GuestPolicy::MatchEmail;
    const bool unconfirmed = m_intent && m_intent->isPending();
    if (!m_settings.checkEmailNewCustomers && !guestMatch && !unconfirmed)
        return Step::Next;
    const QString rule = QStringLiteral("email");
    if (unconfirmed)
        traceNote(m_trace, Cache::None, rule, m_decision.customerKey, QStringLiteral("pending"),
                  QStringLiteral("search"),
                  QStringLiteral("Creating an ERP customer for %1 was started before and not confirmed: "
                                 "searching the ERP again before creating."),
                  m_decision.customerKey);
    if (!m_email) {
        m_email = EmailAddress::normalise(m_customer.email, m_settings.emailNormalisation);
        if (m_email->ok())
            m_search = CustomerMatcher::searchFor(m_order, m_settings, m_email->value());
    }
    if (!m_email->ok()) {
        if (unconfirmed) {
            const QString reason = QStringLiteral("Cannot tell whether the earlier creation succeeded: %1")
                                       .arg(m_email->message());
            traceNote(m_trace, Cache::None, rule, m_customer.email, QString(), QStringLiteral("needs_review"),
                      QStringLiteral("%1 The order needs review."), reason);
            finish(MatchStatus::NeedsReview, reason);
            return Step::Done;
        }
        traceNote(m_trace, Cache::None, rule, m_customer.email, QString(), QStringLiteral("next"),
                  QStringLiteral("Did not search the ERP by e-mail: %1"), m_email->message());
        return Step::Next;
    }
    m_search.fresh = unconfirmed; // a cached "no customer" may predate the lost creation
    const auto found = m_directory.findCustomers(m_search);
    const Cache cache = cacheOf(found.cacheHit);
    const QString what = m_search.describe();
    if (found.state == Lookup<QList<ErpCustomer>>::State::Unknown) {
        traceNote(m_trace, Cache::Miss, rule, what, QString(), QStringLiteral("lookup"),
                  QStringLiteral("Searching the ERP for %1: not known yet, looking it up."), what);
        needsLookup({MissingLookup::Kind::CustomersByEmail, m_search, {}});
        return Step::Done;
    }
    if (found.state == Lookup<QList<ErpCustomer>>::State::Failed) {
        const QString reason = QStringLiteral("Could not search the ERP for %1: %2").arg(what, found.error);
        traceNote(m_trace, cache, rule, what, found.error, QStringLiteral("failed"), QStringLiteral("%1."),
                  reason);
        finish(MatchStatus::Failed, reason, found.errorDetail);
        return Step::Done;
    }
    QList<ErpCustomer> candidates;
    for (const ErpCustomer& c : found.value) // compared again here: a directory may filter loosely
        if (m_search.matches(c))
            candidates.append(c);
    if (candidates.isEmpty()) {
        traceNote(m_trace, cache, rule, what, QStringLiteral("none"), QStringLiteral("next"),
                  QStringLiteral("Looked up %1 in the ERP: no customer."), what);
        return Step::Next;
    }
    const QString numbers = listOf(candidates);
    if (candidates.size() > 1) {
        const QString reason = QStringLiteral("%1 ERP customers match %2: %3. None was chosen")
                                   .arg(QString::number(candidates.size()), what, numbers);
        traceNote(
            m_trace, cache, rule, what, numbers, QStringLiteral("needs_review"),
            QStringLiteral("Looked up %1 in the ERP: %2 customers, %3. Not choosing one: the order needs "
                           "review."),
            what, QString::number(candidates.size()), numbers);
        m_decision.candidates = candidates;
        finish(MatchStatus::NeedsReview, reason);
        return Step::Done;
    }
    const ErpCustomer& c = candidates.constFirst();
    if (c.blocked) {
        const QString reason = QStringLiteral("The only ERP customer matching %1, %2 (%3), is %4")
                                   .arg(what, c.number, nameOf(c.name), blockedWhy(c));
        traceNote(
            m_trace, cache, rule, what, c.number, QStringLiteral("needs_review"),
            QStringLiteral("Looked up %1 in the ERP: one customer, %2 (%3), but it is %4. The order needs "
                           "review."),
            what, c.number, nameOf(c.name), blockedWhy(c));
        m_decision.candidates = candidates;
        finish(MatchStatus::NeedsReview, reason);
        return Step::Done;
    }
    traceNote(m_trace, cache, rule, what, c.number, QStringLiteral("linked"),
              QStringLiteral("Looked up %1 in the ERP: one customer, %2 (%3). Linked by e-mail."), what,
              c.number, nameOf(c.name));
    linkTo(c, LinkSource::Email);
    return Step::Done;
}

CustomerMatcher::Run::Step CustomerMatcher::Run::createdBefore() {
    if (!m_intent || m_intent->isPending() || m_intent->erpCustomerNumber.isEmpty())
        return Step::Next;
    const QString rule = QStringLiteral("create");
    const QString& number = m_intent->erpCustomerNumber;
    const auto found = m_directory.customer(number);
    if (found.state == Lookup<std::optional<ErpCustomer>>::State::Unknown) {
        needsLookup({MissingLookup::Kind::Customer, {}, number});
        return Step::Done;
    }
    if (found.isKnown() && found.value && !found.value->blocked) {
        traceNote(m_trace, cacheOf(found.cacheHit), rule, m_decision.customerKey, number,
                  QStringLiteral("linked"),
                  QStringLiteral("ERP customer %1 (%2) was created for %3 before; linked it."), number,
                  nameOf(found.value->name), m_decision.customerKey);
        linkTo(*found.value, LinkSource::Created);
        return Step::Done;
    }
    traceNote(m_trace, cacheOf(found.cacheHit), rule, m_decision.customerKey, number, QStringLiteral("next"),
              QStringLiteral("ERP customer %1, created for %2 before, is gone or blocked."), number,
              m_decision.customerKey);
    return Step::Next;
}

void CustomerMatcher::Run::create() {
    const QString currency = m_customer.currency.isEmpty() ? m_order.currency : m_customer.currency;
    const CustomerTemplates::Subject subject{m_order.shopCode, m_customer.country, currency,
                                             !m_customer.vatNumber.trimmed().isEmpty()};
    const CustomerTemplate* chosen = CustomerTemplates::choose(m_data.customerTemplates(), subject);
    const CustomerTemplate* tmpl = chosen ? chosen : &CustomerTemplates::builtIn();
    CustomerCreation creation;
    creation.shopCode = m_order.shopCode;
    creation.customerKey = m_decision.customerKey;
    creation.shopCustomer = m_customer;
    creation.shopCustomer.key = m_decision.customerKey;
    creation.customerTemplate = *tmpl;
    creation.linkVersion = m_linkVersion;
    ErpCustomer& c = creation.customer;
    c.name = m_customer.company.trimmed().isEmpty() ? m_customer.displayName() : m_customer.company.trimmed();
    c.email = m_customer.email.trimmed();
    c.currencyCode = currency;
    c.country = m_customer.country;
    c.company = m_customer.company;
    c.vatNumber = m_customer.vatNumber;
    c.firstName = m_customer.firstName;
    c.lastName = m_customer.lastName;
    c.phone = m_customer.phone;
    c.isCompany = !m_customer.company.trimmed().isEmpty();
    if (chosen)
        traceNote(
            m_trace, Cache::None, QStringLiteral("create"), m_decision.customerKey, tmpl->name,
            QStringLiteral("create"),
            QStringLiteral("No ERP customer matched: creating one from template \"%1\" (chosen by %2)."),
            tmpl->name, CustomerTemplates::describeRules(*tmpl));
    else
        traceNote(m_trace, Cache::None, QStringLiteral("create"), m_decision.customerKey, tmpl->name,
                  QStringLiteral("create"),
                  QStringLiteral("No ERP customer matched: creating one from the order's own details (no "
                                 "customer template fits %1)."),
                  CustomerTemplates::describe(subject));
    m_decision.creation = std::move(creation);
    m_decision.stale.reset(); // the created customer's link replaces the stale one
    finish(MatchStatus::CreateCustomer);
}

void CustomerMatcher::Run::useDefault(const QString& rule, const QString& reason) {
    const QString& code = m_settings.defaultCustomerCode;
    if (code.trimmed().isEmpty()) {
        const QString why = reason + QStringLiteral(", and no default_customer_code is set");
        traceNote(m_trace, Cache::None, rule, QString(), QString(), QStringLiteral("needs_review"),
                  QStringLiteral("%1. The order needs review."), why);
        finish(MatchStatus::NeedsReview, why);
        return;
    }
    traceNote(m_trace, Cache::None, rule, QString(), code, QStringLiteral("default"),
              QStringLiteral("%1: booked to the default customer %2."), reason, code);
    m_decision.erpCustomerNumber = code;
    m_decision.defaultCustomer = true;
    finish(MatchStatus::Matched, reason + QStringLiteral(": booked to the default customer ") + code);
}

CustomerDecision CustomerMatcher::match(const StagedOrder& order, const ShopSettings& settings,
                                        MatchTrace& trace) const {
    return Run(m_directory, m_data, order, settings, trace).run();
}

CustomerSearch CustomerMatcher::searchFor(const StagedOrder& order, const ShopSettings& settings,
                                          const QString& normalisedEmail) {
    const ShopCustomer& c = order.customer;
    return searchFor(c, c.currency.isEmpty() ? order.currency : c.currency, settings, normalisedEmail);
}

CustomerSearch CustomerMatcher::searchFor(const ShopCustomer& c, const QString& currency,
                                          const ShopSettings& settings, const QString& normalisedEmail) {
    CustomerSearch search;
    search.email = normalisedEmail;
    search.currencyCode = currency;
    search.country = c.country;
    search.company = c.company;
    search.vatNumber = c.vatNumber;
    search.matchFields = settings.matchFields;
    search.normalisation = settings.emailNormalisation;
    return search;
}

QString CustomerMatcher::identityKey(const ShopCustomer& customer, const CustomerSearch& search) {
    if (customer.isGuest())
        return QStringLiteral("guest:") + search.key();
    const QString fields = search.fieldKey();
    return fields.isEmpty() ? customer.shopCustomerId : customer.shopCustomerId + QLatin1Char('|') + fields;
}

} // namespace linkdesk
