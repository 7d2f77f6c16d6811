#!/usr/bin/env bash
# Installs the Debian 12 packages VoicePay builds, runs and tests with.
# Idempotent: does nothing (and never touches the network) when every package is present.
set -euo pipefail

BUILD_PKGS=(
  cmake g++ ninja-build pkg-config git lld
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev zlib1g-dev libzstd-dev
  qt6-charts-dev libqt6opengl6-dev qt6-declarative-dev qt6-svg-dev
  qt6-httpserver-dev qt6-websockets-dev
  qt6-speech-dev qt6-speech-flite-plugin
  qt6-multimedia-dev
  libpocketsphinx-dev pocketsphinx-en-us flite
  qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libgl-dev libsodium-dev
  libre-dev librem-dev
)
TEST_PKGS=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  postgresql postgresql-client
  libxml2-utils espeak-ng sox multimon-ng
  asterisk-core-sounds-en-wav asterisk-core-sounds-fr-wav asterisk-core-sounds-es-wav
  sqlite3 gdb openssl fonts-dejavu-core
  clang clang-format libclang-rt-14-dev
  chromium
  sip-tester baresip
  poppler-utils
)

want=("${BUILD_PKGS[@]}")
if [ "${1:-}" = "--test" ]; then want+=("${TEST_PKGS[@]}"); fi
if [ "${1:-}" = "--run" ]; then want+=(xvfb xauth dbus gnome-keyring fonts-dejavu-core); fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
