#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (CTest), with the services the tests need:
# a throwaway Secret Service (D-Bus session and gnome-keyring) and a PostgreSQL server of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --test

BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"

# Services started here end with this script.
cleanup() { bash scripts/postgres.sh stop "$BUILD_DIR/pg" >/dev/null 2>&1 || true; }
trap cleanup EXIT
if [ -x scripts/postgres.sh ] || [ -f scripts/postgres.sh ]; then
  eval "$(bash scripts/postgres.sh start "$BUILD_DIR/pg")"
fi

export QT_QPA_PLATFORM=offscreen
dbus-run-session -- bash scripts/with-keyring.sh \
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" -LE "soak|fuzz-long" "$@"
