#!/usr/bin/env bash
# Cold start to the first frame: `java -jar target/swarmdesk.jar --exit-after-first-frame` against
# a bare JavaFX window from the same jar (the reference), alternating, RUNS times each (default 7).
# Prints every run, the medians and the ratio. Needs a display or xvfb-run.
# usage: packaging/bench/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
[[ -f target/swarmdesk.jar && -d target/test-classes/dev/swarmdesk/bench ]] || mvn -B -q -DskipTests package test-compile
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
ms() { "$@" 2>/dev/null | sed -n 's/^first frame: \([0-9]*\) ms$/\1/p'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
app=(); bare=()
for ((i = 1; i <= runs; i++)); do
  b=$(ms java -Dprism.order=sw -cp target/swarmdesk.jar:target/test-classes 'dev.swarmdesk.bench.BareWindow$Main')
  a=$(ms java -Dprism.order=sw -jar target/swarmdesk.jar --exit-after-first-frame)
  echo "run $i: swarmdesk $a ms, bare window $b ms"
  app+=("$a"); bare+=("$b")
done
ma=$(printf '%s\n' "${app[@]}" | median); mb=$(printf '%s\n' "${bare[@]}" | median)
echo "median of $runs: swarmdesk $ma ms, bare JavaFX window $mb ms, ratio $(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a/b}')"
