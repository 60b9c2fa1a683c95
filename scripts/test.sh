#!/usr/bin/env bash
# Builds Linkdesk (warnings are errors) and runs every test: SQLite and a throwaway PostgreSQL
# cluster, the keychain inside a private D-Bus session, GUI tests on the offscreen platform; then the
# unit, store and import suites again under AddressSanitizer + UBSan, the parser fuzzer and the
# package test. Extra arguments go to the first ctest (e.g. -L db, -R store).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_BUILD_DIR:-$here/build}
export LINKDESK_WERROR=ON
"$here/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
export LINKDESK_REQUIRE_PG=1   # the PostgreSQL suites fail rather than skip without a cluster
# The tests leave a core idle more than half the time (waiting on sockets, timers, child
# processes): the sanitizer build runs meanwhile at the lowest priority, so it takes only what
# the tests leave. Its output goes to a log, shown if it fails.
sanitize_log=${LINKDESK_SANITIZE_BUILD_DIR:-$here/build-sanitize}.log
setsid nice -n 19 "$here/scripts/sanitize.sh" --build-only >"$sanitize_log" 2>&1 &
sanitize_build=$!   # its own process group, so a failed run stops the compilers too
trap 'kill -- -"$sanitize_build" 2>/dev/null || true' EXIT
(cd "$build" && "$here/scripts/with-postgres.sh" "$here/scripts/with-keyring.sh" \
    ctest --output-on-failure --timeout 900 -j2 "$@")
if ! wait "$sanitize_build"; then
    tail -n 60 "$sanitize_log" >&2
    echo "test.sh: the sanitizer build failed (log: $sanitize_log)" >&2
    exit 1
fi
echo "test.sh: the sanitizer build is done (log: $sanitize_log)"
# Beside the sanitizer suites, which too leave a core idle much of the time: the fuzzer (one core,
# niced) and the package test, each writing to its own log, shown when it ends. Any failing fails.
logs=$build/test-logs
mkdir -p "$logs"
nice -n 10 "$here/scripts/fuzz.sh" --built >"$logs/fuzz.log" 2>&1 &   # libFuzzer on the order parsers for ${LINKDESK_FUZZ_SECONDS:-60} s; fails on any crash
fuzz=$!
"$here/scripts/package-test.sh" >"$logs/package-test.log" 2>&1 &   # builds the .deb, unpacks it into a clean prefix, runs it headless, validates the desktop files
package=$!
trap 'kill "$fuzz" "$package" 2>/dev/null || true' EXIT
failed=()
"$here/scripts/sanitize.sh" || failed+=(sanitize.sh)   # the unit, store and import suites under ASan + UBSan (build-sanitize/)
wait "$package" || failed+=(package-test.sh)
cat "$logs/package-test.log"
wait "$fuzz" || failed+=(fuzz.sh)
cat "$logs/fuzz.log"
trap - EXIT
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "test.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "test.sh: every test passed"
