#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace linkdesk {

class Database;
class ErpClient;

// The default customer (default_customer_code: the installation's and each shop's own) checked
// against the ERP, by Test connection (window and `linkdesk-cli erp check`) and at the start of an
// import, before any order can be booked to it.
struct DefaultCustomerCheck {
    enum class State {
        Usable,  // the ERP has it and does not block it
        Missing, // the ERP has no customer with this number
        Blocked, // the ERP blocks it
        Failed,  // the ERP could not be asked
        NotSet,  // no default: orders that are not linked wait for review
    };
    QString code;
    QStringList shops; // the shops whose orders fall back to it
    State state = State::NotSet;
    QString erpName;
    QString detail; // the check in words, for the report

    bool ok() const { return state == State::Usable || state == State::NotSet; }
};

QString toString(DefaultCustomerCheck::State state); // "usable", "missing", ...

class DefaultCustomers final {
public:
    // One check per default customer code of these shops (each shop's own value, else the
    // installation's), asked of the ERP itself, not the look-up cache. From another thread than the
    // client's. An error only when the settings cannot be read.
    static Result<QList<DefaultCustomerCheck>> check(Database& db, ErpClient* erp,
                                                     const QStringList& shopCodes,
                                                     const std::atomic_bool* cancelled = nullptr);
    // Why an import must not start: a default customer missing, blocked or not checkable, in words
    // that say what to do; nothing when every default is usable.
    static std::optional<Error> problem(const QList<DefaultCustomerCheck>& checks);
};

} // namespace linkdesk
