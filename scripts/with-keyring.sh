#!/usr/bin/env bash
# Runs a command inside the current D-Bus session with an unlocked, throwaway gnome-keyring as the
# Secret Service. Use it under dbus-run-session.
set -euo pipefail
export XDG_DATA_HOME=${XDG_DATA_HOME:-$(mktemp -d)}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
if command -v gnome-keyring-daemon >/dev/null; then
  # The password only unlocks this throwaway login keyring.
  eval "$(printf 'throwaway-test-password' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  export GNOME_KEYRING_CONTROL
fi
exec "$@"
