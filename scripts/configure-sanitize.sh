#!/usr/bin/env bash
# Configures a clang build with AddressSanitizer + UndefinedBehaviorSanitizer on everything and the
# libFuzzer targets, in DIR (default build-sanitize/); scripts/sanitize.sh and scripts/fuzz.sh
# share it. A configured DIR is configured again (quick) so its test list is the tree's.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${LINKDESK_SANITIZE_BUILD_DIR:-$here/build-sanitize}}
if [[ -f "$build/build.ninja" ]]; then
    cmake "$build" >/dev/null
    exit 0
fi
cxx=${LINKDESK_CLANG_CXX:-$(command -v clang++ || true)}
if [[ -z "$cxx" ]]; then
    echo "configure-sanitize.sh: clang++ not found (Debian: apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
fi
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# Unoptimised, with line tables only: reports still name file and line. Under both sanitizers, -O0
# halves the compile of the libraries against -O1 (app/import: 19.4 s against 41.7 s) and the
# suites run 6% longer (the sanitizer suites: 225 s of test time against 213 s). Warnings are errors,
# as in the main build scripts/test.sh makes: clang sees some that g++ does not.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only -O0" \
    -DCMAKE_CXX_COMPILER="$cxx" -DLINKDESK_SANITIZE=ON -DLINKDESK_FUZZ=ON -DLINKDESK_WERROR=ON "${launcher[@]}" >/dev/null
