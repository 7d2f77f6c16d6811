#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (CTest) twice: in a plain build, then in a build with
# AddressSanitizer and UndefinedBehaviorSanitizer. Starts the services the tests need: a PostgreSQL server of
# its own and a throwaway Secret Service (a D-Bus session with an unlocked gnome-keyring).
#   VOICEPAY_SANITIZERS=0 bash scripts/test.sh     skips the sanitizer stage (a quicker run while developing)
#   bash scripts/test.sh -R tst_money              extra arguments go to both ctest runs
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --test

BUILD_DIR=${BUILD_DIR:-build}
SANITIZE_DIR=${SANITIZE_DIR:-$BUILD_DIR-sanitize}
jobs=$(nproc)

# Services started here end with this script.
cleanup() { bash scripts/postgres.sh stop "$BUILD_DIR/pg" >/dev/null 2>&1 || true; }
trap cleanup EXIT
mkdir -p "$BUILD_DIR"
eval "$(bash scripts/postgres.sh start "$BUILD_DIR/pg")"
# The PostgreSQL parts (the hygiene test's site, the TLS connection) always run here: missing, they fail.
export VOICEPAY_REQUIRE_PG=1
# So do the HTTP gateway parts of the hygiene tests, which keep the merchant key in the keyring started below.
export VOICEPAY_REQUIRE_KEYCHAIN=1
export QT_QPA_PLATFORM=offscreen

# -LE takes a regular expression matched against each label: anchored, so that `chaos-short` (the short chaos
# run, part of the normal run) is not caught by `chaos`.
# Each stage says when it began, in wall time and in the CPU time (user + system) of everything run so far, so a
# slow build or test run shows where the time went even on a busy machine.
# (`times` runs here, not in a subshell, which would count only its own children.)
stage() {
  times >"$BUILD_DIR/.times"
  local cpu
  cpu=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' \
    "$BUILD_DIR/.times")
  echo "== $1 (at $SECONDS s, $cpu CPU s)"
}

# $1: the build folder, $2: how many tests at once, then ctest's extra arguments.
run_tests() {
  dbus-run-session -- bash scripts/with-keyring.sh \
    ctest --test-dir "$1" --output-on-failure -j"$2" -LE "^(soak|fuzz-long|benchmark|chaos)$" "${@:3}"
}

stage "plain build"
bash scripts/configure.sh "$BUILD_DIR"
cmake --build "$BUILD_DIR" -j"$jobs"
stage "tests"
# Many tests wait on real time (calls over loopback, a browser, a database server): at one test a core the
# cores stood idle more than half of the plain run. Twice as many at once; the sanitizer stage, whose tests
# keep the cores busier, stays at one a core.
run_tests "$BUILD_DIR" $((jobs * 2)) "$@"

if [ "${VOICEPAY_SANITIZERS:-1}" != "0" ]; then
  stage "AddressSanitizer and UndefinedBehaviorSanitizer build"
  # The prompt sets the plain build synthesised are copied, not synthesised again (app/sim/audio.cmake).
  cmake -S . -B "$SANITIZE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DVOICEPAY_SANITIZE=ON -DVOICEPAY_BUILD_BENCHMARKS=OFF \
    -DVOICEPAY_PROMPTSETS_FROM="$(cd "$BUILD_DIR" && pwd)/prompts" >/dev/null
  cmake --build "$SANITIZE_DIR" -j"$jobs"
  export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
  export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer-suppressions.txt:print_suppressions=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  stage "tests under the sanitizers"
  run_tests "$SANITIZE_DIR" "$jobs" "$@"
fi
stage "done"
