#pragma once

#include <QDateTime>
#include <QString>

namespace linkdesk {

// How a link between a shop customer and an ERP customer came to be.
enum class LinkSource { Manual, MappingImport, Email, Created, Contact };

QString toString(LinkSource source);
bool parseLinkSource(const QString& text, LinkSource* source);

// Shop customer -> ERP customer number (the "ExternalId"). rowVersion grows with every change
// and guards against lost updates: a write names the version it read.
struct Link {
    qint64 customerId = 0;     // shop customer row id
    QString erpCustomerNumber; // empty: not linked (the row stays, so versions keep counting)
    QString erpCustomerName;
    LinkSource source = LinkSource::Manual;
    QString setBy;
    QDateTime setAt;
    int rowVersion = 0; // 0: never written
    bool stale = false;
    QString staleReason;

    bool isLinked() const { return !erpCustomerNumber.isEmpty(); }
};

// The link in a few words: "C00001 (email)", "(none)", "(cleared)", "... stale: why".
QString describeLink(const Link& link);

} // namespace linkdesk
