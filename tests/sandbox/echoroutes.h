#pragma once

namespace sandbox {

class Router;

// Routes for testing the HTTP layer itself (subject to fault injection like any API route):
//   ANY /echo              -> 200 {"method","path","query":{...},"headers":{...},"body"}
//   ANY /echo?status=N     -> N with the request body (or ?body=...) as the answer
//   &retry_after=S         -> also a Retry-After: S header
// The Authorization header is echoed, so tests can check what a client sent.
void addEchoRoutes(Router& router);

} // namespace sandbox
