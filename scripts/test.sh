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
cd "$build"
"$here/scripts/with-postgres.sh" "$here/scripts/with-keyring.sh" \
    ctest --output-on-failure --timeout 900 -j2 "$@"
"$here/scripts/sanitize.sh"   # the unit, store and import suites under ASan + UBSan (build-sanitize/)
# The fuzzer runs on one core; the package test takes the other meanwhile. Either failing fails.
"$here/scripts/fuzz.sh" &   # libFuzzer on the order parsers for ${LINKDESK_FUZZ_SECONDS:-60} s; fails on any crash
fuzz=$!
trap 'kill "$fuzz" 2>/dev/null || true' EXIT
"$here/scripts/package-test.sh"   # builds the .deb, unpacks it into a clean prefix, runs it headless, validates the desktop files
wait "$fuzz"
trap - EXIT
