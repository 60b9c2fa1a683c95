#!/usr/bin/env bash
# Builds Linkdesk and runs its main job on the embedded defaults: an SQLite database and the
# bundled linkdesk-sandbox playing the webshop and the ERP on 127.0.0.1.
# With a display it opens the window; without one it runs the demo through linkdesk-cli.
#   --erp businesscentral   the sandbox plays Business Central (the default)
#   --erp tharstern         the sandbox plays Tharstern (its public API shape, with a site e-mail
#                           search and customer create, orders/submit not de-duplicating)
# (LINKDESK_DEMO_ERP=tharstern does the same.)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_BUILD_DIR:-$here/build}
while [[ $# -gt 0 ]]; do
    case "$1" in
    --erp)
        LINKDESK_DEMO_ERP=${2:-}
        shift 2 || { echo "--erp needs businesscentral or tharstern" >&2; exit 2; }
        ;;
    --erp=*)
        LINKDESK_DEMO_ERP=${1#--erp=}
        shift
        ;;
    *)
        echo "Usage: $0 [--erp businesscentral|tharstern]" >&2
        exit 2
        ;;
    esac
done
export LINKDESK_DEMO_ERP=${LINKDESK_DEMO_ERP:-businesscentral}
"$here/scripts/build.sh" >/dev/null

source "$here/scripts/demo-env.sh"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    "$build/linkdesk" --config "$demo/profile.ini"
    exit $?
fi
echo "No display: running the demo import through linkdesk-cli (sandbox at $base, ERP $LINKDESK_DEMO_ERP)."
"${cli[@]}" import
echo
echo "Orders that need staff (blocked, needs review):"
"${cli[@]}" orders list --status blocked,needs_review
