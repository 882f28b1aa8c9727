#!/usr/bin/env bash
# A few services on the lab swarm for trying SwarmDesk and for screenshots: a healthy web
# service, a global agent, a service that fails its health check, and one in a crash loop.
# Each is created once; `remove` removes them.
set -euo pipefail
unset DOCKER_HOST DOCKER_CONTEXT
image=127.0.0.1:5999/lab/busybox:1
names=(demo-web demo-agent demo-unhealthy demo-crashloop)

if [[ ${1:-} == remove ]]; then
  for n in "${names[@]}"; do docker service rm "$n" >/dev/null 2>&1 || true; done
  exit 0
fi

sample() {  # name, then `docker service create` arguments
  docker service inspect "$1" >/dev/null 2>&1 || docker service create --detach --quiet --name "$@" >/dev/null 2>&1
}
sample demo-web --replicas 3 --update-order start-first \
  --health-cmd "wget -q -O- http://127.0.0.1:8080/ || exit 1" --health-interval 5s \
  $image sh -c 'mkdir -p /www && echo ok > /www/index.html && exec httpd -f -p 8080 -h /www'
sample demo-agent --mode global $image sleep 1000000
sample demo-unhealthy --replicas 2 --health-cmd "exit 1" --health-interval 2s --health-retries 1 \
  $image sleep 1000000
sample demo-crashloop --replicas 1 --restart-delay 2s $image sh -c 'echo starting; sleep 3; echo giving up >&2; exit 1'
echo "demo services: ${names[*]}"
