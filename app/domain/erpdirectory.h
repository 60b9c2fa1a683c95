#pragma once

#include "domain/erpcustomer.h"
#include "domain/settings.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace linkdesk {

// What the matcher may ask of the ERP. The matcher itself never waits on the network: a directory
// answers from what it already knows, or says the answer is not known yet (a miss). The caller
// (the import pipeline) collects the misses of many orders, fetches them in parallel and
// de-duplicated, and runs the matcher again; an in-memory directory knows every answer at once.
template <typename T>
struct Lookup {
    enum class State { Known, Unknown, Failed };
    State state = State::Unknown;
    T value{};
    bool cacheHit = false; // known from the lookup cache rather than fetched for this call
    QString error;         // when Failed: why the ERP could not answer

    static Lookup known(T v, bool hit = false) { return {State::Known, std::move(v), hit, {}}; }
    static Lookup unknown() { return {}; }
    static Lookup failed(QString why) { return {State::Failed, T{}, false, std::move(why)}; }
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
    // The search in words: "ann@example.com with currency EUR".
    QString describe() const;
    // Whether the ERP customer has the searched email and equal match fields (compared the way
    // key() spells them: codes upper-case, company case-insensitive, both sides trimmed).
    bool matches(const ErpCustomer& customer) const;
    bool fieldsMatch(const ErpCustomer& customer) const;
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
    // Creates a customer from template fields plus the shop customer's data. Performed by the caller
    // of the matcher, never by the matcher itself.
    virtual Result<ErpCustomer> createCustomer(const ErpCustomer& customer,
                                               const QJsonObject& templateFields) = 0;
};

} // namespace linkdesk
