#!/usr/bin/env bash
# Try SwarmDesk: installs what is missing, starts the local lab swarm (1 manager + 2 workers)
# with a few sample services, builds the jar if needed, and opens the window on the lab.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
bash packaging/lab/swarm-lab.sh up --workers 2

bash packaging/lab/demo-services.sh

if [[ ! -f target/swarmdesk.jar || -n $(find src pom.xml -newer target/swarmdesk.jar -print -quit) ]]; then
  mvn -B -q -DskipTests package
fi
if [[ -z ${DISPLAY:-} ]]; then
  echo "start-lab-app: no DISPLAY; the window needs a desktop session (or run under xvfb-run)." >&2
  echo "start-lab-app: headless, try: java -jar target/swarmdesk.jar service ls" >&2
  exit 1
fi
exec java -jar target/swarmdesk.jar "$@"
