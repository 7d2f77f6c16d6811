#!/usr/bin/env bash
# Configures a build folder the way scripts/run.sh and scripts/test.sh both use it, so that switching between
# them never rebuilds everything. Usage: scripts/configure.sh BUILD_DIR [more cmake arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
shift
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g0 -DNDEBUG" "$@" >/dev/null
