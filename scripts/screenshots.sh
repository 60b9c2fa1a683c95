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
