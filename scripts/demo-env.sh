# Sourced by run.sh and screenshots.sh: starts linkdesk-sandbox with the demo seed (stopped when the
# calling script exits), writes build/demo/profile.ini for it and prepares a fresh demo database.
# Needs $here and $build; sets $demo, $base and the cli array. LINKDESK_DEMO_ERP picks the ERP the
# sandbox plays: businesscentral (the default) or tharstern.
demo="$build/demo"
mkdir -p "$demo"
erp=${LINKDESK_DEMO_ERP:-businesscentral}
sandbox_args=(--port 0 --seed "$here/resources/demo-seed.json")
case "$erp" in
businesscentral) ;;
tharstern)
    # A Tharstern site whose API has an e-mail search and a customer create at paths of its own
    # (nothing public names them), and whose orders/submit stores every submit.
    sandbox_args+=(--tharstern-search-path api-ext/customers/by-email --tharstern-search-parameter emailAddress
                   --tharstern-create-path api-ext/customers/create)
    ;;
*)
    echo "Unknown demo ERP \"$erp\": use businesscentral or tharstern." >&2
    exit 2
    ;;
esac
# The sandbox prints where it listens on its first line; read it from the co-process.
coproc SANDBOX { exec "$build/tests/sandbox/linkdesk-sandbox" "${sandbox_args[@]}" 2>&1; }
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
INI
if [[ "$erp" == tharstern ]]; then
    cat >>"$demo/profile.ini" <<INI

[erp]
type=tharstern
api_url=$base/tharstern
user=api@example.com
application_id=api
customer_search=endpoint
customer_search_path=api-ext/customers/by-email
customer_search_parameter=emailAddress
customer_create_path=api-ext/customers/create
contacts_path=contacts
submit_deduplicates=false
INI
else
    cat >>"$demo/profile.ini" <<INI

[erp]
type=businesscentral
api_url=$base
token_url=$base/demo-tenant/oauth2/v2.0/token
company_id=demo-company
tenant=demo-tenant
environment=production
client_id=linkdesk
INI
fi

# The sandbox's demo credentials. Linkdesk reads secrets from the keychain, or (for automation like
# this) from LINKDESK_SECRET_* variables; they never go into the profile or the database.
export LINKDESK_SECRET_ERP_CLIENT_SECRET=bc-secret
export LINKDESK_SECRET_ERP_PASSWORD=th-secret
export LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY=ck_demo
export LINKDESK_SECRET_SHOP_WEB_CONSUMER_SECRET=cs_demo

cli=("$build/app/cli/linkdesk-cli" --config "$demo/profile.ini")
"${cli[@]}" db migrate >/dev/null
"${cli[@]}" settings set default_customer_code WEB >/dev/null
"${cli[@]}" settings set item_blocked_check false >/dev/null
if [[ "$erp" == tharstern ]]; then
    "${cli[@]}" templates add "Web customers" --fields '{"CustomerType":"Web"}' >/dev/null
    "${cli[@]}" templates add "EU companies" --currency EUR --fields '{"CustomerType":"Trade"}' >/dev/null
else
    "${cli[@]}" templates add "Web customers" --fields '{"type":"Person","taxLiable":true}' >/dev/null
    "${cli[@]}" templates add "EU companies" --currency EUR --fields '{"type":"Company","taxLiable":false}' >/dev/null
fi
