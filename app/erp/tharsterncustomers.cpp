// TharsternClient: creating a customer so that a search finds it again. The customer first (at the
// site's customer_create_path), then its contact with the e-mail (contacts_path) and its address
// (address/create). The customer's own create is never repeated: a lost answer is an UnknownOutcome
// error, and the caller's recorded intent makes it search before creating again. Once the customer
// exists, a failure of its contact or address is logged, never a reason to create it again.
#include "tharsternclient.h"

#include "erpcustomerjson.h"
#include "erplog.h"
#include "net/httprequest.h"

#include <QJsonArray>

namespace linkdesk {

namespace {

const QString kAddressPath = QStringLiteral("address/create"); // public

// Template keys that are not customer fields: defaults of the contact and the address.
const QString kContactKey = QStringLiteral("Contact");
const QString kAddressKey = QStringLiteral("Address");

} // namespace

struct TharsternClient::CreateJob {
    ErpCustomer wanted;
    QJsonObject contactFields;
    QJsonObject addressFields;
    ErpCustomer created;
    QStringList warnings;
    bool contactSentAgain = false;
    Callback<ErpCustomer> done;
};

void TharsternClient::createCustomer(const ErpCustomer& customer, const QJsonObject& templateFields,
                                     Callback<ErpCustomer> done) {
    auto job = std::make_shared<CreateJob>();
    job->wanted = customer;
    job->done = std::move(done);
    QJsonObject fields = templateFields;
    job->contactFields = fields.take(kContactKey).toObject();
    job->addressFields = fields.take(kAddressKey).toObject();
    const QJsonObject body = customerBody(customer, fields);
    const QString who = body.value(QStringLiteral("Name")).toString();
    if (who.trimmed().isEmpty()) {
        later<ErpCustomer>(std::move(job->done),
                           fail(tr("Tharstern: a new customer needs a name."), ErrorKind::Invalid));
        return;
    }
    m_directoryFresh = false; // a directory read before this create may lack its customer
    call(
        net::HttpRequest::postJson(endpoint(m_config.customerCreatePath), body),
        tr("creating customer %1").arg(who),
        [this, job, who](Result<QJsonValue> details, const net::HttpResult& r) {
            if (!details.ok()) {
                Error e = details.error();
                if (r.outcomeUnknown)
                    e.message +=
                        tr(" The customer may have been created: look it up before creating it again.");
                else if (e.is(ErrorKind::NotFound))
                    e = fail(e.message + tr(" Set [erp] customer_create_path to the site's customer create."),
                             ErrorKind::Configuration);
                job->done(e);
                return;
            }
            // The customer itself, or a list holding it.
            QJsonObject answer = details.value().toObject();
            const QJsonArray items = answer.value(QStringLiteral("Items")).toArray();
            if (!items.isEmpty())
                answer = items.first().toObject();
            job->created = customerFromJson(answer);
            if (!job->created.isValid()) {
                job->done(fail(tr("Tharstern: creating customer %1: the answer names no customer code, so it "
                                  "may have been created: look it up before creating it again.")
                                   .arg(who),
                               ErrorKind::UnknownOutcome));
                return;
            }
            ErpCustomer& c = job->created;
            const ErpCustomer& w = job->wanted;
            for (const auto& [field, wanted] : std::initializer_list<std::pair<QString*, const QString*>>{
                     {&c.email, &w.email}, {&c.currencyCode, &w.currencyCode}, {&c.country, &w.country}})
                if (field->isEmpty())
                    *field = wanted->trimmed();
            qCInfo(lcErp).noquote()
                << QStringLiteral("Tharstern: created customer %1").arg(job->created.number);
            createContact(job);
        });
}

void TharsternClient::createContact(const std::shared_ptr<CreateJob>& job) {
    const QString email = job->wanted.email.trimmed();
    if (email.isEmpty()) {
        createAddress(job);
        return;
    }
    QJsonObject body = job->contactFields;
    body.insert(QStringLiteral("CustomerCode"), job->created.number);
    QString first = job->wanted.firstName.trimmed();
    QString last = job->wanted.lastName.trimmed();
    if (first.isEmpty() && last.isEmpty())
        last = job->created.name;
    body.insert(QStringLiteral("FirstName"), first);
    body.insert(QStringLiteral("LastName"), last);
    body.insert(QStringLiteral("Email"), email);
    if (!job->wanted.phone.trimmed().isEmpty())
        body.insert(QStringLiteral("Phone"), job->wanted.phone.trimmed());
    call(net::HttpRequest::postJson(endpoint(m_config.contactsPath), body),
         tr("adding contact %1 to customer %2").arg(email, job->created.number),
         [this, job](Result<QJsonValue> details, const net::HttpResult& r) {
             if (details.ok()) {
                 createAddress(job);
                 return;
             }
             if (r.outcomeUnknown) { // look before sending it again: no contact twice
                 confirmContact(job);
                 return;
             }
             job->warnings << details.message();
             createAddress(job);
         });
}

void TharsternClient::confirmContact(const std::shared_ptr<CreateJob>& job) {
    const QUrl url = endpoint(m_config.contactsPath, {{QStringLiteral("customerCode"), job->created.number}});
    listItems(url, tr("looking up the contacts of customer %1").arg(job->created.number),
              [this, job](Result<QList<QJsonObject>> contacts) {
                  if (!contacts.ok()) {
                      job->warnings << contacts.message();
                      createAddress(job);
                      return;
                  }
                  const QString email = job->wanted.email.trimmed();
                  for (const QJsonObject& c : contacts.value())
                      if (c.value(QStringLiteral("Email"))
                              .toString()
                              .trimmed()
                              .compare(email, Qt::CaseInsensitive) == 0) {
                          createAddress(job);
                          return;
                      }
                  if (job->contactSentAgain) {
                      job->warnings << tr("Tharstern: the contact %1 of customer %2 could not be confirmed.")
                                           .arg(email, job->created.number);
                      createAddress(job);
                      return;
                  }
                  job->contactSentAgain = true;
                  createContact(job);
              });
}

void TharsternClient::createAddress(const std::shared_ptr<CreateJob>& job) {
    QJsonObject body = job->addressFields;
    const auto put = [&body](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty() && !body.contains(QLatin1String(key)))
            body.insert(QLatin1String(key), value.trimmed());
    };
    body.insert(QStringLiteral("CustomerCode"), job->created.number);
    put("Name", job->created.name);
    put("Country", job->wanted.country);
    put("Email", job->wanted.email);
    put("Phone", job->wanted.phone);
    // Not repeated on its own: a second address is no harm worth a look-up, but not wanted either.
    call(net::HttpRequest::postJson(endpoint(kAddressPath), body),
         tr("adding the address of customer %1").arg(job->created.number),
         [this, job](Result<QJsonValue> details, const net::HttpResult&) {
             if (!details.ok())
                 job->warnings << details.message();
             finishCreate(job);
         });
}

void TharsternClient::finishCreate(const std::shared_ptr<CreateJob>& job) {
    for (const QString& warning : std::as_const(job->warnings))
        qCWarning(lcErp).noquote()
            << tr("Tharstern: customer %1 was created, but: %2").arg(job->created.number, warning);
    noteCreated(job->created);
    job->done(job->created);
}

} // namespace linkdesk
