#!/usr/bin/env bash
# Takes a screenshot of each area of the console under Xvfb and writes them to docs/screenshots/*.png.
# Runs on a private configuration and a private KPI store filled by `voicepay-sim load`, so the pictures do not
# depend on (or touch) the user's own files.
set -euo pipefail
cd "$(dirname "$0")/.."
# The console keeps its audit key in the system keychain: the pictures are taken with a throwaway one, in a
# D-Bus session of their own (without one the keychain may never answer).
if [ -z "${VOICEPAY_SCREENSHOTS_SESSION:-}" ]; then
  export VOICEPAY_SCREENSHOTS_SESSION=1
  exec dbus-run-session -- bash scripts/with-keyring.sh bash scripts/screenshots.sh "$@"
fi

BUILD_DIR=${BUILD_DIR:-build}
console="$BUILD_DIR/bin/voicepay-console"
sim="$BUILD_DIR/bin/voicepay-sim"
for tool in "$console" "$sim"; do
  if [ ! -x "$tool" ]; then
    echo "screenshots: $tool is missing; build voicepay-console and voicepay-sim first" >&2
    exit 1
  fi
done

out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
store="sqlite:$work/kpi.sqlite"
# The console asks who is working; `--user` signs in without the dialog, with the password from the environment.
# On the fresh store the first sign-in creates this admin account.
export VOICEPAY_CONSOLE_PASSWORD="screenshots-$RANDOM-Pass1"

# Thirty days of history for the historical dashboard and the session browser.
"$sim" load --calls 3000 --concurrency 8 --days 30 --seed 42 --db "$store" >/dev/null

shoot() { # LANGUAGE AREA FILE
  LANG="$1" LC_ALL="$1" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$console" --store "$store" --user admin --screenshot "$2:$3"
  echo "$3"
}
for area in simulator conference prompts phone live history sessions config; do
  shoot C.UTF-8 "$area" "$out/$area.png"
done
# A few administrative actions for the audit log, by the admin the first shot created.
for account in "ana analyst" "sam supervisor"; do
  set -- $account
  printf '%s\n%s\n' "$VOICEPAY_CONSOLE_PASSWORD" "Example-$1-password-7" | "$sim" users add "$1" --role "$2" --as admin --db "$store" >/dev/null
done
printf '%s\n' "$VOICEPAY_CONSOLE_PASSWORD" | "$sim" users set-role sam --role admin --as admin --db "$store" >/dev/null
printf '%s\n' "wrong-password" | "$sim" users remove ana --as admin --db "$store" >/dev/null 2>&1 || true
shoot C.UTF-8 admin "$out/admin.png"
shoot de_DE.UTF-8 conference "$out/conference-de.png"
