#pragma once

#include <QJsonObject>
#include <QString>

namespace linkdesk {

// What one import pass did. toJson() is the CLI's `import --json` contract.
struct ImportSummary {
    int fetched = 0;
    int quarantined = 0;
    int matched = 0;
    int blocked = 0;
    int needsReview = 0;
    int submitted = 0;
    int failed = 0;
    int customersCreated = 0;
    // How matched orders got their customer.
    int linkedByEmail = 0;
    int linkedExisting = 0;
    int linkedContact = 0;
    int linkedCreated = 0;
    int linkedDefault = 0;
    int erpRequests = 0; // network calls made by the pass (look-ups, creates, submits)
    bool cancelled = false;

    QJsonObject toJson() const;
    QString toText() const; // a few lines for people
};

} // namespace linkdesk
