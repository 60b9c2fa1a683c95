#pragma once

#include "domain/erpdirectory.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace linkdesk {

// An ErpDirectory that knows every answer: ERP customers and items held in memory. The unit tests'
// directory, and in production the local directory of Tharstern customers (whose API has no email
// search), refreshed from the API. One thread at a time.
class InMemoryErpDirectory final : public ErpDirectory {
public:
    // Test hook: how the next created customer fails. BeforeCreate reports a time-out (Transient);
    // AfterCreate stores the customer and then reports an UnknownOutcome, like a time-out on a
    // request the ERP did carry out.
    enum class CreateFault { None, BeforeCreate, AfterCreate };

    explicit InMemoryErpDirectory(QString numberPrefix = QStringLiteral("LD"));

    void reserve(qsizetype customers);
    void addCustomer(const ErpCustomer& customer); // replaces one with the same number
    void removeCustomer(const QString& number);
    void addItem(const QString& number);
    // Answers as if from a lookup cache (Lookup::cacheHit), as a warm production directory would.
    void setAnswersFromCache(bool cached) { m_cached = cached; }
    void failNextCreate(CreateFault fault,
                        QString message = QStringLiteral("The ERP did not answer in time."));

    int createdCount() const { return m_created; }
    QJsonObject templateFieldsOf(const QString& number) const { return m_templateFields.value(number); }
    qsizetype customerCount() const { return m_customers.size(); }

    Lookup<QList<ErpCustomer>> findCustomers(const CustomerSearch& search) override;
    Lookup<std::optional<ErpCustomer>> customer(const QString& number) override;
    Lookup<bool> itemExists(const QString& number) override;
    // Knows every answer: nothing to fetch.
    QList<Error> fetch(const QList<MissingLookup>& lookups, const std::atomic_bool* cancelled) override;
    QList<Result<ErpCustomer>> createCustomers(const QList<NewCustomer>& customers,
                                               const std::atomic_bool* cancelled) override;

private:
    Result<ErpCustomer> create(const NewCustomer& customer);
    void index(const ErpCustomer& customer);
    void unindex(const ErpCustomer& customer);

    QString m_prefix;
    QHash<QString, ErpCustomer> m_customers;       // by number
    QHash<QString, QStringList> m_byEmail;         // exact-normalised email -> numbers
    QHash<QString, QStringList> m_byProviderEmail; // provider_rules-normalised email -> numbers
    QSet<QString> m_items;
    QHash<QString, QJsonObject> m_templateFields;
    bool m_cached = false;
    CreateFault m_fault = CreateFault::None;
    QString m_faultMessage;
    int m_created = 0;
    int m_sequence = 0;
};

} // namespace linkdesk
