#!/usr/bin/env bash
# Configures and builds Linkdesk into build/ (Ninja, RelWithDebInfo).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_BUILD_DIR:-$here/build}
"$here/scripts/install-deps.sh"
# LINKDESK_WERROR=ON (scripts/test.sh, so CI): warnings are errors. Unset, a configured build keeps
# what it has: the run and screenshot scripts never flip it (a flip recompiles everything).
werror=${LINKDESK_WERROR:-}
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLINKDESK_WERROR="${werror:-OFF}"
elif [[ -n "$werror" ]] && ! grep -qx "LINKDESK_WERROR:BOOL=$werror" "$build/CMakeCache.txt"; then
    cmake -S "$here" -B "$build" -DLINKDESK_WERROR="$werror" >/dev/null
fi
cmake --build "$build"
