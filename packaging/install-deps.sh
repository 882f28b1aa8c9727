#!/usr/bin/env bash
# Installs what building, testing and running SwarmDesk on a Debian/Ubuntu machine needs,
# from the distribution's packages, and only what is missing. Run as root.
set -euo pipefail

packages=(
  docker.io busybox-static iproute2 util-linux   # the lab swarm (see packaging/lab/README.md)
  xvfb xauth libgtk-3-0                           # JavaFX windows without a real display
)
command -v javac >/dev/null 2>&1 || packages+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || packages+=(maven)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: missing packages (${missing[*]}): run as root" >&2
    exit 1
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "install-deps: no apt-get: install ${missing[*]} by hand" >&2; exit 1; }
  echo "install-deps: installing ${missing[*]}" >&2
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
