#pragma once

#include <QString>

namespace linkdesk {

// Written before Linkdesk creates an ERP customer for a shop customer identity, so that a retry
// after a crash or a timeout searches the ERP again instead of creating a second customer.
struct CreationIntent {
    enum class State { Pending, Created };

    QString shopCode;
    QString customerKey; // the identity: shop customer id, or the guest key
    State state = State::Pending;
    QString erpCustomerNumber; // set once the ERP confirmed the creation

    bool isPending() const { return state == State::Pending; }
};

QString toString(CreationIntent::State state);
bool parseCreationIntentState(const QString& text, CreationIntent::State* state);

} // namespace linkdesk
