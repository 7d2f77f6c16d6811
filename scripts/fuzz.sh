#!/usr/bin/env bash
# Builds the libFuzzer programs with clang (AddressSanitizer and UndefinedBehaviorSanitizer on) and runs each
# fuzz target for SECONDS (default 60). New inputs go to build-fuzz/tests/fuzz/corpus-*; copy the ones worth
# keeping into tests/fuzz/corpus/, where the ordinary test run replays them.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
bash scripts/install-deps.sh --test
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DVOICEPAY_FUZZ=ON -DVOICEPAY_WERROR=OFF -DFUZZ_SECONDS="$SECONDS_PER_TARGET" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cmake --build build-fuzz -j"$(nproc)" --target fuzz
