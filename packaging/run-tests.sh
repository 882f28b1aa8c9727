#!/usr/bin/env bash
# The test command: installs what is missing, brings the lab swarm up (1 manager + 2 workers,
# idempotent), then runs every test (unit, real-swarm integration, TestFX) with `mvn verify`,
# under Xvfb when there is no display. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
bash packaging/lab/swarm-lab.sh up --workers 2

if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" mvn -B verify "$@"
fi
exec mvn -B verify "$@"
