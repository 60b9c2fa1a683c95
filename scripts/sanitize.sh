#!/usr/bin/env bash
# Builds the unit, store and import suites with AddressSanitizer + UndefinedBehaviorSanitizer
# (clang, build-sanitize/) and runs them, on SQLite and on a throwaway PostgreSQL cluster. Any
# sanitizer report fails the run. Extra arguments go to ctest; --build-only (first) builds and stops.
set -euo pipefail
build_only=false
if [[ ${1:-} == --build-only ]]; then
    build_only=true
    shift
fi
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_SANITIZE_BUILD_DIR:-$here/build-sanitize}
labels=${LINKDESK_SANITIZE_LABELS:-unit|db|import}
"$here/scripts/install-deps.sh"
"$here/scripts/configure-sanitize.sh" "$build"
# The suites' executables, the programs the import suite starts, and the fuzzer scripts/fuzz.sh
# runs next (built here, so in parallel with the rest).
mapfile -t tests < <(cd "$build" && ctest -N -L "$labels" | sed -n 's/^ *Test *#[0-9]*: *//p' | sed 's/_pg$//' |
    sort -u)
[[ ${#tests[@]} -gt 0 ]] || { echo "sanitize.sh: no tests labelled $labels" >&2; exit 1; }
echo "sanitize.sh: building ${#tests[@]} suites with ASan + UBSan in $build"
cmake --build "$build" --target "${tests[@]}" linkdesk-cli linkdesk-sandbox fuzz_orderparsers
$build_only && exit 0
# Leaks in Qt's process-wide caches are not ours; every other report is fatal.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
export LINKDESK_REQUIRE_PG=1
cd "$build"
"$here/scripts/with-postgres.sh" "$here/scripts/with-keyring.sh" \
    ctest --output-on-failure --timeout 900 -j2 -L "$labels" "$@"
