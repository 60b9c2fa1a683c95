#!/usr/bin/env bash
# Builds Linkdesk and runs its main job on the embedded defaults: an SQLite database and the
# bundled linkdesk-sandbox playing the webshop and the ERP on 127.0.0.1.
# With a display it opens the window; without one it runs the demo through linkdesk-cli.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_BUILD_DIR:-$here/build}
"$here/scripts/build.sh" >/dev/null

source "$here/scripts/demo-env.sh"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    "$build/linkdesk" --config "$demo/profile.ini"
    exit $?
fi
echo "No display: running the demo import through linkdesk-cli (sandbox at $base)."
"${cli[@]}" import
echo
echo "Orders that need staff (blocked, needs review):"
"${cli[@]}" orders list --status blocked,needs_review
