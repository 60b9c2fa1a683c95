#pragma once

#include "domain/erpcustomer.h"
#include "domain/settings.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace linkdesk {

// What the matcher may ask of the ERP. The matcher itself never waits on the network: a directory
// answers from what it already knows, or says the answer is not known yet (a miss). The caller
// (MatchSession) collects the misses of many orders, has the directory fetch them (in parallel and
// de-duplicated), and runs the matcher again; an in-memory directory knows every answer at once.
template <typename T>
struct Lookup {
    enum class State { Known, Unknown, Failed };
    State state = State::Unknown;
    T value{};
    bool cacheHit = false; // known from the lookup cache rather than fetched for this call
    QString error;         // when Failed: why the ERP could not answer
    QString errorDetail;   // and the request and answer behind it (Error::detail), never a secret

    static Lookup known(T v, bool hit = false) { return {State::Known, std::move(v), hit, {}, {}}; }
    static Lookup unknown() { return {}; }
    static Lookup failed(QString why, QString detail = {}) {
        return {State::Failed, T{}, false, std::move(why), std::move(detail)};
    }
    static Lookup failed(const Error& e) { return failed(e.message, e.detail); }
    bool isKnown() const { return state == State::Known; }
};

// The fields an email search must also match (from the match_fields setting), by name.
struct CustomerSearch {
    QString email; // normalised
    QString currencyCode;
    QString country;
    QString company;
    QString vatNumber;
    QStringList matchFields;
    // How email was normalised; a directory compares the ERP's addresses normalised the same way.
    EmailNormalisation normalisation = EmailNormalisation::Exact;
    // The answer must come from the ERP itself, not from a cache: a customer may have been created
    // for this identity by an attempt whose answer was lost. Not part of key().
    bool fresh = false;

    QString key() const; // one string identifying the search, for caches and de-duplication
    // The match fields' values as key() spells them ("currency=EUR|country=GB"); empty without
    // match fields. A shop customer has one link per such value set.
    QString fieldKey() const;
    // The search in words: "ann@example.com with currency EUR".
    QString describe() const;
    // The match fields in words: "currency EUR, country GB"; empty without match fields.
    QString describeFields() const;
    // Whether the ERP customer has the searched email and equal match fields (compared the way
    // key() spells them: codes upper-case, company case-insensitive, both sides trimmed).
    bool matches(const ErpCustomer& customer) const;
    bool fieldsMatch(const ErpCustomer& customer) const;
};

// An ERP answer a directory did not know yet (ErpDirectory::fetch).
struct MissingLookup {
    enum class Kind { CustomersByEmail, Customer, Item };
    Kind kind = Kind::Customer;
    CustomerSearch search; // CustomersByEmail
    QString number;        // Customer, Item

    QString key() const; // equal for equal look-ups: de-duplicates the look-ups of many orders
};

// A customer to create: the shop customer's data and the fields of the template chosen for it.
struct NewCustomer {
    ErpCustomer customer; // the ERP assigns the number
    QJsonObject templateFields;
};

class ErpDirectory {
public:
    virtual ~ErpDirectory() = default;

    // ERP customers whose email equals search.email (case-insensitive), filtered by the match fields.
    virtual Lookup<QList<ErpCustomer>> findCustomers(const CustomerSearch& search) = 0;
    // The ERP customer with this number; a Known empty optional means it does not exist.
    virtual Lookup<std::optional<ErpCustomer>> customer(const QString& number) = 0;
    // Whether an ERP item with this number exists (Known false: it does not).
    virtual Lookup<bool> itemExists(const QString& number) = 0;

    // Asks the ERP what the look-ups above did not know, and waits until every answer is in (or
    // cancelled is set: then it stops waiting, and answers still coming fill the directory later).
    // Afterwards the look-ups answer Known, or Failed with the reason. Returns the errors of the
    // look-ups that failed, each naming what was looked up. Never called by a matcher.
    virtual QList<Error> fetch(const QList<MissingLookup>& lookups,
                               const std::atomic_bool* cancelled = nullptr) = 0;
    // Creates the customers (in parallel where the directory can) and waits for all of them: one
    // result per customer, in order; a customer whose answer did not come before cancelled was set
    // fails as Cancelled. The caller records its intent to create first (MatchSession), so a lost
    // answer (UnknownOutcome) leads to a search, never to a second customer.
    virtual QList<Result<ErpCustomer>> createCustomers(const QList<NewCustomer>& customers,
                                                       const std::atomic_bool* cancelled = nullptr) = 0;
};

} // namespace linkdesk
