#!/usr/bin/env bash
# Refreshes docs/screenshots/: the demo shop imported into the sandbox ERP, then every page of the
# window rendered offscreen at 1280x800.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_BUILD_DIR:-$here/build}
"$here/scripts/build.sh" >/dev/null
source "$here/scripts/demo-env.sh"
"${cli[@]}" import >/dev/null
out="$here/docs/screenshots"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
for page in Customers Orders Import Products Relations Settings "Audit log"; do
    file="$out/$(tr 'A-Z ' 'a-z-' <<<"$page").png"
    "$build/linkdesk" --config "$demo/profile.ini" --page "$page" --screenshot "$file"
    echo "$file"
done
# The main window at the smallest size it is made for.
file="$out/window-1024x700.png"
"$build/linkdesk" --config "$demo/profile.ini" --page Orders --size 1024x700 --screenshot "$file"
echo "$file"
# Dialogs, shot by their GUI tests on real widgets against the sandbox (LINKDESK_SCREENSHOT_DIR).
export LINKDESK_SANDBOX="$build/tests/sandbox/linkdesk-sandbox"
LINKDESK_SCREENSHOT_DIR="$out" "$build/tests/tst_mapsku" mapsFromABlockedOrderAndUnblocksEveryOrderOnTheSku >/dev/null
echo "$out/map-sku.png"
# The dialogs, each over the state the demo leaves: linkdesk --dialog NAME opens it and renders it.
for dialog in choose-customer connect-link test-order trace; do
    file="$out/$dialog.png"
    "$build/linkdesk" --config "$demo/profile.ini" --dialog "$dialog" --screenshot "$file"
    echo "$file"
done
