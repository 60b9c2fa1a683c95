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
coproc SANDBOX { exec "$build/tests/sandbox/linkdesk-sandbox" --port 0 2>&1; }
trap 'kill "$SANDBOX_PID" 2>/dev/null || true' EXIT
read -r -t 30 first <&"${SANDBOX[0]}" || { echo "linkdesk-sandbox did not start" >&2; exit 1; }
base=$(grep -o 'http://127.0.0.1:[0-9]*' <<<"$first") || { echo "linkdesk-sandbox: $first" >&2; exit 1; }

cat >"$demo/profile.ini" <<INI
[database]
url=sqlite:linkdesk-demo.sqlite

[shop.web]
name=Demo web shop
type=woocommerce
url=$base

[erp]
type=businesscentral
api_url=$base/v2.0/demo-tenant/production/api/v2.0
token_url=$base/oauth2/token
company_id=demo-company
tenant=demo-tenant
INI

cli=("$build/app/cli/linkdesk-cli" --config "$demo/profile.ini")
"${cli[@]}" db migrate
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    "$build/linkdesk" --config "$demo/profile.ini"
    exit $?
fi
echo "No display: running the demo through linkdesk-cli (sandbox at $base)."
"${cli[@]}" settings list
