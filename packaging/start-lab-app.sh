#!/usr/bin/env bash
# Try SwarmDesk: installs what is missing, starts the local lab swarm (1 manager + 2 workers)
# with a few sample services, builds the jar if needed, and opens the window on the lab.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
bash packaging/lab/swarm-lab.sh up --workers 2

image=127.0.0.1:5999/lab/busybox:1
sample() {  # name, then `docker service create` arguments; created once
  docker service inspect "$1" >/dev/null 2>&1 || docker service create --detach --quiet --name "$@" >/dev/null
}
sample demo-web --replicas 3 --update-order start-first --health-cmd "wget -q -O- http://127.0.0.1:8080/ || exit 1" \
  --health-interval 5s $image sh -c 'mkdir -p /www && echo ok > /www/index.html && httpd -f -p 8080 -h /www'
sample demo-agent --mode global $image sleep 1000000
sample demo-flaky --replicas 2 --restart-delay 5s $image sh -c 'sleep 20; exit 1'

if [[ ! -f target/swarmdesk.jar || -n $(find src pom.xml -newer target/swarmdesk.jar -print -quit) ]]; then
  mvn -B -q -DskipTests package
fi
if [[ -z ${DISPLAY:-} ]]; then
  echo "start-lab-app: no DISPLAY; the window needs a desktop session (or run under xvfb-run)." >&2
  echo "start-lab-app: headless, try: java -jar target/swarmdesk.jar service ls" >&2
  exit 1
fi
exec java -jar target/swarmdesk.jar "$@"
