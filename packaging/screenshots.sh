#!/usr/bin/env bash
# A PNG of every view of the window, on the lab swarm with its demo services, under a virtual
# display: the documented way to look at the app as a user would (root: it starts the lab).
# usage: packaging/screenshots.sh [OUT_DIR]   (default target/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/screenshots}
bash packaging/lab/swarm-lab.sh up --workers 2 >/dev/null
bash packaging/lab/demo-services.sh
mvn -B -q -DskipTests test-compile
sleep 15   # let the demo services start, and the unhealthy one fail its checks
xvfb-run -a -s "-screen 0 1280x1024x24" mvn -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass='dev.swarmdesk.app.ScreenshotTour$Main' -Dexec.args="$out" -Dprism.order=sw
