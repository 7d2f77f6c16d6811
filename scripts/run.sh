#!/usr/bin/env bash
# Installs what is missing, builds, and starts the console on its embedded defaults
# (SQLite store in the user's data folder, in-process sandbox gateway).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --run

BUILD_DIR=${BUILD_DIR:-build}
bash scripts/configure.sh "$BUILD_DIR"
cmake --build "$BUILD_DIR" -j"$(nproc)" --target voicepay-console voicepay-sim voicepay_promptset

console="$BUILD_DIR/bin/voicepay-console"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the console on a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- "$console" "$@"
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec dbus-run-session -- "$console" "$@"
fi
exec "$console" "$@"
