# Sourced by run.sh and screenshots.sh: starts linkdesk-sandbox with the demo seed (stopped when the
# calling script exits), writes build/demo/profile.ini for it and prepares a fresh demo database.
# Needs $here and $build; sets $demo, $base and the cli array.
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
