#pragma once

#include <QByteArray>
#include <QString>

namespace linkdesk::net {

// The human-readable message of a JSON error body, or an empty string when there is none.
// Understands the shapes of the systems Linkdesk talks to:
//   OData / Business Central: {"error": {"code": "...", "message": "..."}}
//   OAuth2 token endpoint:    {"error": "invalid_client", "error_description": "..."}
//   WooCommerce:              {"code": "woocommerce_rest_...", "message": "...", "data": {...}}
//   Tharstern:                {"Status": {"Success": false, "Message": "..."}, "Problems": [...]}
// Never throws and never reads more than the first 64 KiB of text into the message.
QString jsonErrorMessage(const QByteArray& body);

// The server's own words alone, without the error code: "The customer 'C9' does not exist." where
// jsonErrorMessage gives "The customer 'C9' does not exist. (BadRequest_NotFound)". Empty when the
// body names only a code.
QString jsonErrorReason(const QByteArray& body);

} // namespace linkdesk::net
