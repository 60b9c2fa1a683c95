#!/usr/bin/env bash
# Builds Linkdesk and runs its main job on the embedded defaults: an SQLite database and the
# bundled linkdesk-sandbox playing the webshop and the ERP on 127.0.0.1.
# With a display it opens the window; without one it runs the demo through linkdesk-cli.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_BUILD_DIR:-$here/build}
"$here/scripts/build.sh" >/dev/null

demo="$build/demo"
mkdir -p "$demo"
# The sandbox prints where it listens on its first line; read it from the co-process.
coproc SANDBOX { exec "$build/tests/sandbox/linkdesk-sandbox" --port 0 --seed "$here/resources/demo-seed.json" 2>&1; }
trap 'kill "$SANDBOX_PID" 2>/dev/null || true' EXIT
read -r -t 30 first <&"${SANDBOX[0]}" || { echo "linkdesk-sandbox did not start" >&2; exit 1; }
base=$(grep -o 'http://127.0.0.1:[0-9]*' <<<"$first") || { echo "linkdesk-sandbox: $first" >&2; exit 1; }

rm -f "$demo"/linkdesk-demo.sqlite* # the sandbox starts afresh, so does the demo database
cat >"$demo/profile.ini" <<INI
[database]
url=sqlite:linkdesk-demo.sqlite

[shop.web]
name=Demo web shop
type=woocommerce
url=$base

[erp]
type=businesscentral
api_url=$base
token_url=$base/demo-tenant/oauth2/v2.0/token
company_id=demo-company
tenant=demo-tenant
environment=production
client_id=linkdesk
INI

# The sandbox's demo credentials. Linkdesk reads secrets from the keychain, or (for automation like
# this) from LINKDESK_SECRET_* variables; they never go into the profile or the database.
export LINKDESK_SECRET_ERP_CLIENT_SECRET=bc-secret
export LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY=ck_demo
export LINKDESK_SECRET_SHOP_WEB_CONSUMER_SECRET=cs_demo

cli=("$build/app/cli/linkdesk-cli" --config "$demo/profile.ini")
"${cli[@]}" db migrate >/dev/null
"${cli[@]}" settings set default_customer_code WEB >/dev/null
"${cli[@]}" settings set item_blocked_check false >/dev/null
"${cli[@]}" templates add "Web customers" --fields '{"type":"Person","taxLiable":true}' >/dev/null
"${cli[@]}" templates add "EU companies" --currency EUR --fields '{"type":"Company","taxLiable":false}' >/dev/null
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    "$build/linkdesk" --config "$demo/profile.ini"
    exit $?
fi
echo "No display: running the demo import through linkdesk-cli (sandbox at $base)."
"${cli[@]}" import
echo
echo "Orders that need staff (blocked, needs review):"
"${cli[@]}" orders list --status blocked,needs_review
