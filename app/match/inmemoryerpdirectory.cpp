#include "inmemoryerpdirectory.h"

#include "domain/emailaddress.h"
#include "matchlog.h"

namespace linkdesk {

InMemoryErpDirectory::InMemoryErpDirectory(QString numberPrefix)
    : m_prefix(std::move(numberPrefix)) {}

void InMemoryErpDirectory::reserve(qsizetype customers) {
    m_customers.reserve(customers);
}

void InMemoryErpDirectory::index(const ErpCustomer& c) {
    if (auto exact = EmailAddress::normalise(c.email, EmailNormalisation::Exact))
        m_byEmail[*exact].append(c.number);
    if (auto provider = EmailAddress::normalise(c.email, EmailNormalisation::ProviderRules))
        m_byProviderEmail[*provider].append(c.number);
}

void InMemoryErpDirectory::unindex(const ErpCustomer& c) {
    if (auto exact = EmailAddress::normalise(c.email, EmailNormalisation::Exact))
        m_byEmail[*exact].removeAll(c.number);
    if (auto provider = EmailAddress::normalise(c.email, EmailNormalisation::ProviderRules))
        m_byProviderEmail[*provider].removeAll(c.number);
}

void InMemoryErpDirectory::addCustomer(const ErpCustomer& customer) {
    removeCustomer(customer.number);
    m_customers.insert(customer.number, customer);
    index(customer);
}

void InMemoryErpDirectory::removeCustomer(const QString& number) {
    const auto it = m_customers.constFind(number);
    if (it == m_customers.cend())
        return;
    unindex(it.value());
    m_customers.erase(it);
}

void InMemoryErpDirectory::addItem(const QString& number) {
    m_items.insert(number);
}

void InMemoryErpDirectory::failNextCreate(CreateFault fault, QString message) {
    m_fault = fault;
    m_faultMessage = std::move(message);
}

Lookup<QList<ErpCustomer>> InMemoryErpDirectory::findCustomers(const CustomerSearch& search) {
    const auto& emails =
        search.normalisation == EmailNormalisation::ProviderRules ? m_byProviderEmail : m_byEmail;
    QList<ErpCustomer> found;
    for (const QString& number : emails.value(search.email)) {
        const auto it = m_customers.constFind(number);
        if (it != m_customers.cend() && search.fieldsMatch(it.value()))
            found.append(it.value());
    }
    return Lookup<QList<ErpCustomer>>::known(std::move(found), m_cached);
}

Lookup<std::optional<ErpCustomer>> InMemoryErpDirectory::customer(const QString& number) {
    const auto it = m_customers.constFind(number);
    return Lookup<std::optional<ErpCustomer>>::known(
        it == m_customers.cend() ? std::nullopt : std::optional<ErpCustomer>(it.value()), m_cached);
}

Lookup<bool> InMemoryErpDirectory::itemExists(const QString& number) {
    return Lookup<bool>::known(m_items.contains(number), m_cached);
}

QList<Error> InMemoryErpDirectory::fetch(const QList<MissingLookup>&, const std::atomic_bool*) {
    return {};
}

QList<Result<ErpCustomer>> InMemoryErpDirectory::createCustomers(const QList<NewCustomer>& customers,
                                                                 const std::atomic_bool*) {
    QList<Result<ErpCustomer>> results;
    results.reserve(customers.size());
    for (const NewCustomer& c : customers)
        results.append(create(c));
    return results;
}

Result<ErpCustomer> InMemoryErpDirectory::create(const NewCustomer& customer) {
    const CreateFault fault = std::exchange(m_fault, CreateFault::None);
    if (fault == CreateFault::BeforeCreate)
        return fail(m_faultMessage, ErrorKind::Transient);
    ErpCustomer created = customer.customer;
    if (created.number.isEmpty()) {
        do
            created.number = QStringLiteral("%1%2").arg(m_prefix).arg(++m_sequence, 5, 10, QLatin1Char('0'));
        while (m_customers.contains(created.number));
    } else if (m_customers.contains(created.number)) {
        return fail(QStringLiteral("The ERP already has a customer %1.").arg(created.number),
                    ErrorKind::Conflict);
    }
    addCustomer(created);
    m_templateFields.insert(created.number, customer.templateFields);
    ++m_created;
    qCDebug(lcMatch) << "in-memory directory created customer" << created.number;
    if (fault == CreateFault::AfterCreate)
        return fail(m_faultMessage, ErrorKind::UnknownOutcome);
    return created;
}

} // namespace linkdesk
