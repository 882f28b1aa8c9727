#!/usr/bin/env bash
# swarm-lab.sh: a REAL multi-node Docker Swarm on one Linux machine (Debian 12, root).
# The host engine is the first manager; every extra node is its own dockerd living in its own
# network, UTS, PID and mount namespaces, bridged to the host on swlab0. See README.md here.
set -Eeuo pipefail
shopt -s nullglob

RUN=/var/run/swarmdesk-lab          # sockets, pidfiles, exec-roots
LIB=/var/lib/swarmdesk-lab          # data-roots, image tarball, markers, logs
LOGS=$LIB/logs
BRIDGE=swlab0
BRIDGE_MAC=02:53:57:4c:41:42        # fixed, locally administered (see ensure_bridge)
NET=10.213.7                        # the lab's /24: exists only on swlab0 and inside lab namespaces
HOST_IP=$NET.1
HOST_SOCK=/var/run/docker.sock
HOST_MARK="--pidfile $RUN/host.pid" # in the command line of a host dockerd that the lab started
IMAGE=127.0.0.1:5999/lab/busybox:1  # loopback "registry": the pull tried before each task fails at once
TIMEOUT=${SWARM_LAB_TIMEOUT:-90}    # seconds for nodes to become Ready
NAME_RE='^lab-(manager-[2-9]|worker-[1-9][0-9]?)$'
# Always talk to the lab's own sockets, whatever the caller's environment points at.
unset DOCKER_HOST DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH

LOG_HINT=""                         # the daemon log that explains the current step if it fails
say() { echo "swarm-lab: $*" >&2; }
die() {
  say "error: $*"
  if [[ -n $LOG_HINT && -s $LOG_HINT ]]; then say "last lines of $LOG_HINT:"; tail -n 12 "$LOG_HINT" >&2; fi
  exit 1
}
trap 'die "line $LINENO: \`$BASH_COMMAND\` failed (exit $?)"' ERR

usage() {
  cat <<EOF
usage: ${0##*/} COMMAND   (as root)
  up [--workers N] [--managers M]  make or repair the lab so it has exactly M managers (the host
                                   engine + lab-manager-2..M) and N workers (lab-worker-1..N);
                                   defaults 1 and 2; ends when every node is Ready
  add-node [worker|manager]        one more node joins (next free name)
  kill-node NAME                   SIGKILL the node's dockerd (its containers die with it)
  start-node NAME                  start it again on the same data-root; it rejoins
                                   (NAME 'host' = host engine, only if the lab started it)
  status                           nodes, roles, addresses, pids, swarm state
  env                              '<name> <role> DOCKER_HOST=<uri>' for every running node
  down                             remove everything the lab made or started
EOF
}

# ---- names, addresses, sockets ----------------------------------------------------------
role_of() { [[ $1 == host || $1 == lab-manager-* ]] && echo manager || echo worker; }
ip_of() {   # managers .12-.19, workers .101-.199: fixed per name, so a restarted node keeps its address
  case $1 in host) echo "$HOST_IP" ;; lab-manager-*) echo "$NET.$((10 + ${1##*-}))" ;; *) echo "$NET.$((100 + ${1##*-}))" ;; esac
}
veth_of() { [[ $1 == lab-manager-* ]] && echo "swl-m${1##*-}" || echo "swl-w${1##*-}"; }
sock_of() { [[ $1 == host ]] && echo "$HOST_SOCK" || echo "$RUN/$1.sock"; }
dk() { local n=$1; shift; docker -H "unix://$(sock_of "$n")" "$@"; }
answers() { timeout 10 docker -H "unix://$(sock_of "$1")" version -f '{{.Server.Version}}' >/dev/null 2>&1; }
check_name() { [[ $1 == host || $1 =~ $NAME_RE ]] || die "unknown node '$1' (host, lab-manager-2..9, lab-worker-1..99)"; }

# ---- processes ----------------------------------------------------------------------------
alive() {   # a live (not zombie) process
  local s; { read -r s < "/proc/$1/stat"; } 2>/dev/null || return 1; s=${s##*) }; [[ ${s%% *} != Z ]]
}
cmdline() { tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null; echo; }
dockerds() {   # "PID COMMAND LINE" of every live dockerd
  local p comm
  for p in /proc/[0-9]*; do
    { read -r comm < "$p/comm"; } 2>/dev/null || continue
    [[ $comm == dockerd ]] && alive "${p#/proc/}" && echo "${p#/proc/} $(cmdline "${p#/proc/}")"
  done; return 0
}
dockerd_pid() {   # PID of the live dockerd whose command line contains $1
  local p c; while read -r p c; do [[ "$c " == *"$1 "* ]] && { echo "$p"; return 0; }; done < <(dockerds); return 1
}
node_pid() {   # the pidfile first, checked against the command line (PIDs get reused), else a scan
  local mark p; [[ $1 == host ]] && mark=$HOST_MARK || mark=$RUN/$1.sock
  p=$(cat "$RUN/$1.pid" 2>/dev/null) || true   # host: dockerd's own --pidfile, nodes: written by start_daemon
  if [[ $p =~ ^[0-9]+$ ]] && alive "$p" && [[ "$(cmdline "$p") " == *"$mark "* ]]; then echo "$p"; else dockerd_pid "$mark"; fi
}
kill_wait() {   # PID SIGNAL SECONDS: signal, wait, SIGKILL if it will not go
  local i; kill -s "$2" "$1" 2>/dev/null || return 0
  for ((i = 0; i < $3 * 10; i++)); do alive "$1" || return 0; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true; for ((i = 0; i < 50; i++)); do alive "$1" || return 0; sleep 0.1; done
  die "process $1 does not exit"
}
wait_answer() {   # NAME SECONDS: until the daemon answers on its socket (a dockerd serves its API
  local end=$((SECONDS + $2)) t0=$SECONDS   # only after its swarm part started: up to 20 s without quorum)
  until answers "$1"; do
    if ((SECONDS > t0 + 2)) && ! node_pid "$1" >/dev/null; then die "the dockerd of $1 exited"; fi
    ((SECONDS < end)) || die "the dockerd of $1 does not answer on $(sock_of "$1") after $2 s"
    sleep 0.1
  done
}
known_nodes() {   # every lab node with a trace on this machine (data-root, namespace or daemon)
  local d p c
  { for d in "$LIB"/nodes/* /var/run/netns/*; do echo "${d##*/}"; done
    while read -r p c; do [[ $c =~ $RUN/(lab-[a-z]+-[0-9]+)\.sock ]] && echo "${BASH_REMATCH[1]}"; done < <(dockerds)
  } | grep -E "$NAME_RE" | sort -uV || true
}

# ---- prerequisites, network, image --------------------------------------------------------
ensure_packages() {
  local pkgs=()
  [[ -x /usr/sbin/dockerd ]] && command -v docker >/dev/null || pkgs+=(docker.io)
  dpkg -s busybox-static >/dev/null 2>&1 || pkgs+=(busybox-static)
  command -v ip >/dev/null || pkgs+=(iproute2)
  command -v iptables >/dev/null || pkgs+=(iptables)
  ((${#pkgs[@]})) || return 0
  command -v apt-get >/dev/null || die "missing ${pkgs[*]} and no apt-get to install them"
  say "installing ${pkgs[*]}"
  # Wait for another apt/dpkg instead of failing on its lock; refresh the lists only if they lack a package.
  local lists=(/var/lib/apt/lists/*_Packages)
  if ((${#lists[@]} == 0)) || [[ $(apt-cache policy "${pkgs[@]}" 2>&1) == *"Candidate: (none)"* ]]; then
    apt-get -o DPkg::Lock::Timeout=600 update -q >"$LOGS/apt.log" 2>&1 || { LOG_HINT=$LOGS/apt.log; die "apt-get update failed"; }
  fi
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q "${pkgs[@]}" >>"$LOGS/apt.log" 2>&1 \
    || { LOG_HINT=$LOGS/apt.log; die "apt-get install ${pkgs[*]} failed"; }
}
ensure_bridge() {
  ip link show "$BRIDGE" >/dev/null 2>&1 || ip link add "$BRIDGE" address "$BRIDGE_MAC" type bridge
  # Without a MAC of its own a bridge takes the lowest one of its ports: adding a node could change
  # the host's MAC under the other nodes' ARP caches and cut them off for seconds.
  [[ $(cat "/sys/class/net/$BRIDGE/address") == "$BRIDGE_MAC" ]] || ip link set "$BRIDGE" address "$BRIDGE_MAC"
  [[ $(ip -o -4 addr show dev "$BRIDGE") == *" $HOST_IP/24 "* ]] || ip addr add "$HOST_IP/24" dev "$BRIDGE"
  ip link set "$BRIDGE" up
  # Docker sets the FORWARD policy to DROP and loads br_netfilter: frames between two ports of the
  # bridge then go through FORWARD, so without this rule nodes reach the host but not each other.
  iptables -C FORWARD -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT 2>/dev/null || iptables -I FORWARD 1 -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT
}
make_netns() {   # NAME: a fresh namespace with eth0 on swlab0; no default route, so nothing leaves the /24
  local n=$1 v ip; v=$(veth_of "$1"); ip=$(ip_of "$1")
  ip link del "$v" 2>/dev/null || true; ip netns del "$n" 2>/dev/null || true
  ip netns add "$n"
  # eth0's MAC follows from its address: a re-created node must not find its old MAC in the other
  # nodes' ARP caches (they keep using a stale entry for seconds: pings and heartbeats get lost).
  ip link add "$v" type veth peer name eth0 address "$(printf '02:53:57:4c:07:%02x' "${ip##*.}")" netns "$n"
  ip link set "$v" master "$BRIDGE" up
  ip -n "$n" addr add "$ip/24" dev eth0; ip -n "$n" link set eth0 up; ip -n "$n" link set lo up
}
drop_netns() { ip link del "$(veth_of "$1")" 2>/dev/null || true; ip netns del "$1" 2>/dev/null || true; }
ensure_image() {   # NAME: the node has the lab image, the same one (from one tarball) as the host
  local want="" have
  if [[ $1 != host ]] && answers host; then want=$(dk host image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true); fi
  have=$(dk "$1" image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true)
  [[ -n $have && ( -z $want || $want == "$have" ) ]] && return 0
  if [[ ! -s $LIB/image.tar ]]; then
    answers host || die "no $LIB/image.tar to load into $1 and no host engine to make it"
    dk host image inspect "$IMAGE" >/dev/null 2>&1 || build_image
    dk host save -o "$LIB/image.tar" "$IMAGE"
    [[ $1 == host ]] && return 0
  fi
  dk "$1" load -q -i "$LIB/image.tar" >/dev/null
}
build_image() {   # busybox-static + its applet links, imported as one layer (nothing to pull)
  local r a; r=$(mktemp -d)
  mkdir -p "$r/bin" "$r/etc" "$r/tmp" "$r/root" "$r/var/www"; chmod 1777 "$r/tmp"
  cp /bin/busybox "$r/bin/busybox"   # busybox-static: no libraries needed
  for a in $(/bin/busybox --list); do [[ $a == busybox ]] || ln -s busybox "$r/bin/$a"; done
  echo 'root:x:0:0:root:/root:/bin/sh' >"$r/etc/passwd"; echo 'root:x:0:' >"$r/etc/group"
  tar -C "$r" -c . | dk host import --change 'CMD ["sh"]' - "$IMAGE" >/dev/null
  rm -rf "$r"
}

# ---- engines --------------------------------------------------------------------------------
detach() {   # in the subshell that becomes a daemon: close every inherited descriptor above 2
  local fd    # (our lock, a caller's pipes): a daemon holding them would block the next run or a CI step
  cd /
  for fd in /proc/"$BASHPID"/fd/*; do fd=${fd##*/}; ((fd > 2)) && eval "exec $fd>&-" 2>/dev/null; done; return 0
}
kill_orphans() {   # containers whose shim outlived the host containerd: the new dockerd would stop
  local p c comm k   # them anyway (no live-restore in swarm mode), after a 10 s SIGTERM grace each
  for p in /proc/[0-9]*; do
    { read -r comm < "$p/comm"; } 2>/dev/null && [[ $comm == containerd-shim* ]] || continue
    [[ "$(cmdline "${p#/proc/}") " == *" -address /var/run/docker/containerd/containerd.sock "* ]] || continue
    for k in $(cat "$p"/task/*/children 2>/dev/null); do say "killing container process $k left by a dead host engine"; kill -9 "$k" 2>/dev/null || true; done
  done; return 0
}
start_host() {
  local p c
  if p=$(node_pid host); then say "waiting for the lab's host dockerd (pid $p)"; LOG_HINT=$LOGS/host.log; wait_answer host 60; return; fi
  while read -r p c; do
    [[ $c == *"$RUN/"* ]] || die "a dockerd not started by the lab (pid $p) runs but does not answer on $HOST_SOCK"
  done < <(dockerds)
  # A killed dockerd leaves containerd's pidfile behind; if that PID is dead, or a zombie not yet
  # reaped, or reused, a new dockerd waits for "its" containerd and gives up after 15 s.
  p=$(cat /var/run/docker/containerd/containerd.pid 2>/dev/null) || true
  if [[ $p =~ ^[0-9]+$ ]] && ! { alive "$p" && [[ $(cat "/proc/$p/comm" 2>/dev/null) == containerd ]]; }; then
    rm -f /var/run/docker/containerd/containerd.pid; kill_orphans
  fi
  rm -f "$RUN/host.pid"; LOG_HINT=$LOGS/host.log
  say "starting the host engine (log $LOG_HINT)"
  (detach && exec setsid /usr/sbin/dockerd --pidfile "$RUN/host.pid") >>"$LOG_HINT" 2>&1 </dev/null &
  touch "$LIB/host-started"; wait_answer host 60
}
start_daemon() {   # NAME: the node's dockerd on its data-root, as PID 1 of its own namespaces
  local n=$1 o; o=$(ip_of "$1"); o=${o##*.}
  # Its exec-root is runtime state of a dead PID namespace: the PIDs in its pidfiles (dockerd's is
  # 1, containerd's some low number) exist again in the new namespace and would block the start.
  rm -rf "${RUN:?}/$n" "$RUN/$n.pid"; mkdir -p "$LIB/nodes/$n" "$RUN/$n"
  LOG_HINT=$LOGS/$n.log
  # nsenter, not 'ip netns exec' (which remounts /sys and hides the cgroup mounts). With a PID
  # namespace, killing this dockerd kills its containerd and containers too (like a node crash),
  # and its mounts vanish with its mount namespace: nothing is left to clean up after a kill.
  (detach && exec setsid nsenter --net="/var/run/netns/$n" unshare --pid --fork --kill-child --mount --mount-proc --uts \
    sh -c 'echo "$0" >/proc/sys/kernel/hostname && exec "$@"' "$n" /usr/sbin/dockerd --data-root "$LIB/nodes/$n" --exec-root "$RUN/$n" \
    --pidfile "$RUN/$n/dockerd.pid" -H "unix://$RUN/$n.sock" --bip "172.30.$o.1/24" --iptables=false \
  ) >>"$LOG_HINT" 2>&1 </dev/null &
  wait_answer "$n" 30
  node_pid "$n" >"$RUN/$n.pid"
}
stop_node() { local p; if p=$(node_pid "$1"); then kill_wait "$p" KILL 10; fi; rm -f "$RUN/$1.pid" "$RUN/$1.sock"; }

# ---- swarm ----------------------------------------------------------------------------------
MGR=""          # a node whose engine answers as a manager of the lab swarm with a leader
find_mgr() {
  local n; for n in host $(known_nodes | grep manager || true); do
    if answers "$n" && dk "$n" node ls -q >/dev/null 2>&1; then MGR=$n; return 0; fi
  done; return 1
}
node_id() { dk "$1" info -f '{{.Swarm.NodeID}}' 2>/dev/null; }
member_id() {   # NAME: its node ID if it runs, is active in THIS swarm with its role; else fail
  local st id; node_pid "$1" >/dev/null && answers "$1" || return 1
  read -r st id < <(dk "$1" info -f '{{.Swarm.LocalNodeState}} {{.Swarm.NodeID}}' 2>/dev/null) || return 1
  [[ $st == active && -n $id ]] && [[ $(dk "$MGR" node inspect -f '{{.Spec.Role}}' "$id" 2>/dev/null) == "$(role_of "$1")" ]] && echo "$id"
}
leader_within() {   # SECONDS: until the host engine has a swarm leader
  local i; for ((i = 0; i < $1 * 4; i++)); do dk host node ls -q >/dev/null 2>&1 && return 0; sleep 0.25; done; return 1
}
FRESH=0         # 1 once the swarm was (re)made: every extra node must join anew
ensure_swarm() {   # the host engine is a manager of the lab swarm, with a leader
  local st addr ctl raft alive=1 n info
  info=$(dk host info -f '{{.Swarm.LocalNodeState}} {{.Swarm.NodeAddr}} {{.Swarm.ControlAvailable}} {{len .Swarm.RemoteManagers}}')
  read -r st addr ctl raft <<<"$info"
  if [[ $st != inactive && $addr != "$HOST_IP" ]]; then
    die "the host engine is in a swarm the lab did not make (address $addr): 'docker swarm leave --force' it first"
  fi
  # A manager without a leader says 'pending'; anything else (error, locked, a worker) starts over.
  if [[ $st != inactive && ! ($st == active || $st == pending) || $st != inactive && $ctl != true ]]; then
    say "host engine swarm state '$st' (manager: $ctl): leaving it"; dk host swarm leave --force >/dev/null; st=inactive
  fi
  if [[ $st == inactive ]]; then
    say "swarm init on $HOST_IP"
    dk host swarm init --advertise-addr "$HOST_IP" --listen-addr "$HOST_IP:2377" >/dev/null
    touch "$LIB/host-swarm"; FRESH=1; return 0
  fi
  touch "$LIB/host-swarm"   # a swarm on the lab's address is the lab's: adopt it
  for n in $(known_nodes | grep manager || true); do
    if node_pid "$n" >/dev/null && [[ $(dk "$n" info -f '{{.Swarm.ControlAvailable}}' 2>/dev/null) == true ]]; then alive=$((alive + 1)); fi
  done
  # The managers of a killed lab are gone for good (their nodes get reset): if the ones still
  # running are no majority of the raft, no leader will ever come. Make the host a one-manager
  # swarm again; its services, networks, secrets and configs are kept.
  if ((2 * alive <= raft)) || ! leader_within 20; then
    say "no raft quorum ($alive of $raft managers alive): swarm init --force-new-cluster"
    dk host swarm init --force-new-cluster --advertise-addr "$HOST_IP" --listen-addr "$HOST_IP:2377" >/dev/null
    leader_within 30 || die "no swarm leader on the host engine even after --force-new-cluster"
    FRESH=1
  fi
}
remove_stale() {   # IDs to keep: every other node leaves the swarm (demoted first if a manager)
  local keep=" $* " id mgr list; list=$(dk "$MGR" node ls --format '{{.ID}} {{.ManagerStatus}}')
  while read -r id mgr; do
    [[ -z $id || $keep == *" $id "* ]] && continue
    if [[ -n $mgr ]]; then dk "$MGR" node demote "$id" >/dev/null; fi
    dk "$MGR" node rm --force "$id" >/dev/null
  done <<<"$list"
}
forget_hostname() {   # NAME: drop swarm entries left with this hostname
  local id h list; list=$(dk "$MGR" node ls --format '{{.ID}} {{.Hostname}}')
  while read -r id h; do if [[ $h == "$1" ]]; then dk "$MGR" node demote "$id" >/dev/null 2>&1 || true; dk "$MGR" node rm --force "$id" >/dev/null; fi; done <<<"$list"
}
fresh_node() {   # NAME: wipe it, start it empty, give it the image, join it; prints its node ID
  local n=$1 tok
  say "starting $n ($(role_of "$n"), $(ip_of "$n"))"
  stop_node "$n"; rm -rf "${LIB:?}/nodes/$n" "${RUN:?}/$n"; : >"$LOGS/$n.log"
  forget_hostname "$n"
  make_netns "$n"; start_daemon "$n"; ensure_image "$n"
  tok=$(dk "$MGR" swarm join-token -q "$(role_of "$n")")
  dk "$n" swarm join --token "$tok" --advertise-addr "$(ip_of "$n")" --listen-addr "$(ip_of "$n"):2377" "$(ip_of "$MGR"):2377" >/dev/null
  node_id "$n"
}
wait_ready() {   # NODE IDs: until each is Ready, Active, and Reachable if a manager
  local end=$((SECONDS + TIMEOUT)) bad h st re id list
  for id in "$@"; do [[ $(dk "$MGR" node inspect -f '{{.Spec.Availability}}' "$id") == active ]] || dk "$MGR" node update --availability active "$id" >/dev/null; done
  while :; do
    bad=""
    list=$(dk "$MGR" node inspect -f '{{.Description.Hostname}} {{.Status.State}} {{if .ManagerStatus}}{{.ManagerStatus.Reachability}}{{end}}' "$@")
    while read -r h st re; do [[ $st == ready && $re != unreachable ]] || bad+=" $h($st${re:+,$re})"; done <<<"$list"
    [[ -z $bad ]] && return 0
    ((SECONDS < end)) || die "not Ready after ${TIMEOUT}s:$bad (logs in $LOGS)"
    sleep 0.3
  done
}
check_net() {   # every node reaches the host and every other node over swlab0
  local a b
  for a in "$@"; do for b in host "$@"; do
    [[ $a == "$b" ]] && continue
    nsenter --net="/var/run/netns/$a" /bin/busybox ping -q -c3 -w3 -A "$(ip_of "$b")" >/dev/null 2>&1 \
      || die "$a cannot reach $b ($(ip_of "$b")) over $BRIDGE: see 'iptables -S FORWARD' (br_netfilter)"
  done; done
}

# ---- commands -------------------------------------------------------------------------------
cmd_up() {
  local workers=2 managers=1 n id want=() keep=() redo=()
  while (($#)); do
    case $1 in
      --workers) [[ ${2:-} =~ ^[0-9]+$ ]] && (($2 <= 99)) || die "--workers needs 0..99"; workers=$2; shift 2 ;;
      --managers) [[ ${2:-} =~ ^[1-8]$ ]] || die "--managers needs 1..8"; managers=$2; shift 2 ;;
      *) die "up: unknown argument '$1'" ;;
    esac
  done
  ensure_packages; ensure_bridge
  answers host || start_host
  ensure_image host; ensure_swarm; MGR=host
  for ((n = 2; n <= managers; n++)); do want+=("lab-manager-$n"); done
  for ((n = 1; n <= workers; n++)); do want+=("lab-worker-$n"); done
  for n in $(known_nodes); do   # nodes beyond the wanted shape: demote while running (keeps the quorum), then remove
    [[ " ${want[*]} " == *" $n "* ]] && continue
    say "removing $n"
    if [[ $n == lab-manager-* ]] && id=$(member_id "$n"); then dk host node demote "$id" >/dev/null; fi
    stop_node "$n"; drop_netns "$n"; rm -rf "${LIB:?}/nodes/$n" "${RUN:?}/$n"
  done
  keep=("$(node_id host)")
  for n in "${want[@]}"; do
    if ((!FRESH)) && id=$(member_id "$n"); then keep+=("$id"); else stop_node "$n"; redo+=("$n"); fi
  done
  remove_stale "${keep[@]}"
  for n in "${redo[@]}"; do id=$(fresh_node "$n"); keep+=("$id"); done
  for n in "${want[@]}"; do ensure_image "$n"; done
  wait_ready "${keep[@]}"
  check_net "${want[@]}"
  cmd_status
}
cmd_add_node() {
  local role=${1:-worker} k n id all
  [[ $role == worker || $role == manager ]] || die "add-node: worker or manager"
  find_mgr || die "no manager answers: run 'up' first"
  ensure_bridge
  k=1; [[ $role == manager ]] && k=2
  for (( ; ; k++)); do
    n=lab-$role-$k; [[ $n =~ $NAME_RE ]] || die "no free $role name left"
    [[ -e $LIB/nodes/$n || -e /var/run/netns/$n ]] || node_pid "$n" >/dev/null || break
  done
  id=$(fresh_node "$n"); wait_ready "$id"; mapfile -t all < <(known_nodes); check_net "${all[@]}"
  echo "$n $role DOCKER_HOST=unix://$RUN/$n.sock"
}
cmd_kill_node() {
  local n=${1:?kill-node NAME} p; check_name "$n"
  if p=$(node_pid "$n"); then kill -9 "$p"; say "killed $n (dockerd pid $p)"
  elif [[ $n == host ]] && answers host; then die "the host engine was not started by the lab: not killing it"
  else say "$n is not running"; fi
}
cmd_start_node() {
  local n=${1:?start-node NAME} id; check_name "$n"
  if [[ $n == host ]]; then
    if answers host; then say "the host engine is running"; return 0; fi
    [[ -f $LIB/host-started ]] || die "the host engine was not started by the lab: not starting it"
    ensure_bridge; start_host
    leader_within "$TIMEOUT" || die "the host engine runs but has no swarm leader"
    MGR=host; wait_ready "$(node_id host)"; say "host is back"; return 0
  fi
  [[ -d $LIB/nodes/$n ]] || die "$n has no data-root: use 'add-node' or 'up'"
  if node_pid "$n" >/dev/null; then say "$n is running"; return 0; fi
  ensure_bridge; make_netns "$n"; start_daemon "$n"
  id=$(node_id "$n"); [[ -n $id ]] || die "$n is in no swarm"
  if find_mgr; then wait_ready "$id"; say "$n is back"; else say "$n started; no manager answers to confirm Ready"; fi
}
leave_swarm() {   # the host engine leaves the lab swarm; under load a leave can time out (15 s)
  local root; root=$(dk host info -f '{{.DockerRootDir}}')
  say "host engine leaves the lab swarm"
  if ! dk host swarm leave --force >/dev/null 2>&1 && ! { sleep 1; dk host swarm leave --force >/dev/null 2>&1; }; then
    [[ -f $LIB/host-started ]] || die "'docker swarm leave --force' failed on the host engine (log: the engine's own)"
    # The lab started this engine: stop it and drop its swarm state, which is what a leave removes.
    say "swarm leave failed twice: stopping the host engine and removing $root/swarm"
    kill_wait "$(node_pid host)" TERM 30; rm -rf "${root:?}/swarm"
  fi
  dk host network rm docker_gwbridge >/dev/null 2>&1 || true   # made for the swarm; fails harmlessly when stopped
  rm -f "$LIB/host-swarm"
}
cmd_down() {
  local n p
  # Leave first, while the other managers still run: a manager that lost its quorum takes 10-20 s
  # to leave. A host engine that the lab started and that was killed must run once more to leave.
  if [[ -f $LIB/host-swarm ]]; then
    if ! answers host && [[ -f $LIB/host-started ]]; then ensure_bridge; start_host; fi
    if answers host; then leave_swarm; else say "warning: the host engine is down: its swarm state stays"; fi
  fi
  for n in $(known_nodes); do say "removing $n"; stop_node "$n"; drop_netns "$n"; rm -rf "${LIB:?}/nodes/$n" "${RUN:?}/$n"; done
  if [[ -f $LIB/host-started ]]; then
    if p=$(node_pid host); then say "stopping the host engine (pid $p)"; kill_wait "$p" TERM 30; fi
    rm -f "$LIB/host-started"
  fi
  while iptables -D FORWARD -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT 2>/dev/null; do :; done
  ip link del "$BRIDGE" 2>/dev/null || true
  rm -rf "${RUN:?}" "${LIB:?}/nodes" "$LIB/image.tar"
  say "down (logs kept in $LOGS)"
}
cmd_status() {
  local n p st h s a m nodes; declare -A sw=()
  if find_mgr; then
    nodes=$(dk "$MGR" node ls --format '{{.Self}} {{.Hostname}} {{.Status}} {{.Availability}} {{.ManagerStatus}}')
    while read -r s h st a m; do   # the host node is 'Self' only when asking the host; else by its hostname
      [[ $s == true && $MGR == host || $h == "$HOSTNAME" ]] && h=host
      [[ ${sw[$h]:-} == Ready* ]] || sw[$h]="$st $a${m:+ $m}"
    done <<<"$nodes"
  fi
  printf '%-14s %-8s %-13s %-8s %s\n' NODE ROLE ADDRESS PID SWARM
  for n in host $(known_nodes); do
    if [[ $n == host ]]; then p=$(node_pid host) || { answers host && p=external || p=-; }
    else p=$(node_pid "$n") || p=-; fi
    printf '%-14s %-8s %-13s %-8s %s\n' "$n" "$(role_of "$n")" "$(ip_of "$n")" "$p" "${sw[$n]:-?}"
  done
  [[ -n $MGR ]] || say "no manager answers: the lab is down or has no quorum"
}
cmd_env() {
  local n
  answers host && echo "host manager DOCKER_HOST=unix://$HOST_SOCK"
  for n in $(known_nodes); do node_pid "$n" >/dev/null && echo "$n $(role_of "$n") DOCKER_HOST=unix://$RUN/$n.sock"; done
  return 0
}

main() {
  local cmd=${1:-}; shift || true
  case $cmd in -h | --help | help) usage; return 0 ;; "") usage >&2; return 1 ;; esac
  ((EUID == 0)) || die "must run as root"
  case $cmd in
    status) cmd_status; return ;; env) cmd_env; return ;;
  esac
  mkdir -p "$RUN" "$LOGS"
  exec 9>/var/lock/swarmdesk-lab.lock; flock -w 600 9 || die "another swarm-lab.sh holds /var/lock/swarmdesk-lab.lock"
  case $cmd in
    up) cmd_up "$@" ;; add-node) cmd_add_node "$@" ;; kill-node) cmd_kill_node "$@" ;;
    start-node) cmd_start_node "$@" ;; down) cmd_down ;;
    *) usage >&2; die "unknown command '$cmd'" ;;
  esac
}
main "$@"
