#!/usr/bin/env bash
# Fuzzes the order parsers (WooCommerce JSON, CSV) with libFuzzer for LINKDESK_FUZZ_SECONDS
# (default 60) and fails on any crash, sanitizer report or broken invariant.
# Builds only the fuzz target, with clang, in the sanitizer build (LINKDESK_FUZZ_BUILD_DIR, default
# build-sanitize/, configured by scripts/configure-sanitize.sh). The seed corpus in tests/fuzz/corpus
# is read, never written: new inputs go to BUILD/corpus, crashing inputs to BUILD/artifacts.
# --built (first): the caller has built the target (scripts/test.sh, while the build folder is busy).
set -euo pipefail
built=false
[[ ${1:-} == --built ]] && built=true
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_FUZZ_BUILD_DIR:-${LINKDESK_SANITIZE_BUILD_DIR:-$here/build-sanitize}}
seconds=${LINKDESK_FUZZ_SECONDS:-60}
if ! $built; then
    "$here/scripts/configure-sanitize.sh" "$build"
    cmake --build "$build" --target fuzz_orderparsers
fi
mkdir -p "$build/corpus" "$build/artifacts"
cd "$build"
# ASan: leaks in Qt's static caches are not ours; everything else is fatal.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# libFuzzer reports every new input; keep that in a log and show its end (all of it on a failure).
log="$build/fuzz.log"
echo "fuzz.sh: fuzzing the order parsers for ${seconds} s (log: $log)"
if "$build/tests/fuzz/fuzz_orderparsers" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/artifacts/" \
    "$build/corpus" "$here/tests/fuzz/corpus" >"$log" 2>&1; then
    tail -n 12 "$log"
else
    status=$?
    tail -n 80 "$log" >&2
    echo "fuzz.sh: the fuzzer failed (exit $status); the crashing input is in $build/artifacts/" >&2
    exit "$status"
fi
