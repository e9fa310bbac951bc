#!/usr/bin/env bash
# Installs the Debian 12 packages Tongxin needs to build, run and test, when any is missing.
set -euo pipefail
PACKAGES=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libxlsxwriter-dev libsodium-dev zlib1g-dev libsqlite3-dev fonts-wqy-microhei
  xvfb xauth x11-apps xdotool imagemagick poppler-utils python3-openpyxl sqlite3 time
  clang libclang-rt-14-dev python3
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
echo "deps: installing ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
