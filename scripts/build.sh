#!/usr/bin/env bash
# Configures and builds Linkdesk into build/ (Ninja, RelWithDebInfo).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_BUILD_DIR:-$here/build}
"$here/scripts/install-deps.sh"
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build"
