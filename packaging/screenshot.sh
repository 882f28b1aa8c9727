#!/usr/bin/env bash
# Opens SwarmDesk under a virtual display, waits for it to fill in, and saves a PNG of the screen.
# usage: packaging/screenshot.sh OUT.png [SECONDS] [swarmdesk options...]
# Needs xvfb and imagemagick (apt-get install xvfb imagemagick) and target/swarmdesk.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: packaging/screenshot.sh OUT.png [SECONDS] [swarmdesk options...]}
wait=${2:-6}
shift $(( $# >= 2 ? 2 : 1 ))
command -v import >/dev/null || { echo "screenshot: needs imagemagick's import" >&2; exit 1; }
[[ -f target/swarmdesk.jar ]] || mvn -B -q -DskipTests package

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  java -Dprism.order=sw -jar target/swarmdesk.jar "${@:3}" & app=$!
  sleep "$2"
  import -window root "$1"
  kill $app
' _ "$(realpath -m "$out")" "$wait" "$@"
echo "screenshot: $out"
