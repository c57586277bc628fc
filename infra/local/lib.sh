# shellcheck shell=bash
# infra/local/lib.sh -- helpers shared by rabbitmq.sh and postgres.sh. Sourced, not run.
# The caller sets SELF (its script name, used as the message prefix) before sourcing.

: "${SELF:=infra/local}"

log() { printf '%s: %s\n' "$SELF" "$*"; }
warn() { printf '%s: warning: %s\n' "$SELF" "$*" >&2; }
die() {
    printf '%s: error: %s\n' "$SELF" "$*" >&2
    exit 1
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# now_s: seconds since the epoch (for deadlines).
now_s() { date +%s; }

# check_port_value NAME VALUE: a TCP port number we can listen on.
check_port_value() {
    local name=$1 value=$2
    if ! [[ $value =~ ^[0-9]+$ ]] || ((10#$value < 1 || 10#$value > 65535)); then
        die "$name=$value is not a valid TCP port (1-65535)"
    fi
}

# check_distinct NAME=PORT...: no two knobs share a port.
check_distinct() {
    local i j a b
    for ((i = 1; i <= $#; i++)); do
        for ((j = i + 1; j <= $#; j++)); do
            a=${!i} b=${!j}
            [[ ${a#*=} != "${b#*=}" ]] || die "${a%%=*} and ${b%%=*} are both ${a#*=}; they must differ"
        done
    done
}

# port_in_use PORT: true when something listens on TCP PORT (any address).
port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        [[ -n $(ss -Hltn "sport = :$port" 2>/dev/null) ]]
    else
        # Fallback: can we connect to it on loopback?
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}

# port_owner PORT: a short description of the listener ("python3, pid 123"), if known.
port_owner() {
    local port=$1 line
    command -v ss >/dev/null 2>&1 || return 0
    line=$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n1)
    if [[ $line =~ users:\(\(\"([^\"]+)\",pid=([0-9]+) ]]; then
        printf '%s, pid %s' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
    fi
}

# free_port_near PORT: the first port above PORT nobody listens on (for suggestions).
free_port_near() {
    local p=$(($1 + 1))
    while ((p < 65535)) && port_in_use "$p"; do p=$((p + 1)); done
    printf '%s' "$p"
}

# require_free_port KNOB PORT: dies with a clear message when PORT is taken.
require_free_port() {
    local knob=$1 port=$2 owner
    if port_in_use "$port"; then
        owner=$(port_owner "$port")
        case $owner in
            beam.smp*) owner+=": another Erlang/RabbitMQ node, e.g. the system rabbitmq-server service" ;;
            postgres*) owner+=": another PostgreSQL server, e.g. the system postgresql service" ;;
        esac
        die "port $port is taken by another program${owner:+ ($owner)}; set $knob=<free port> (e.g. $knob=$(free_port_near "$port")) or stop that program"
    fi
}

# apt_install PACKAGE...: apt-get update + install, with sudo when not root.
apt_install() {
    local -a sudo=()
    if ! is_root; then
        command -v sudo >/dev/null 2>&1 ||
            die "$* is not installed and you are not root and sudo is missing; install it as root: apt-get update && apt-get install -y $*"
        sudo=(sudo)
    fi
    command -v apt-get >/dev/null 2>&1 ||
        die "$* is not installed and apt-get is not available; install $* with your package manager and re-run"
    # One apt-get at a time from these scripts (stack.sh may install both packages at once).
    local lock=${TMPDIR:-/tmp}/orchestrator-apt.lock lockfd=''
    if command -v flock >/dev/null 2>&1 && { : >>"$lock"; } 2>/dev/null && exec {lockfd}<"$lock"; then
        flock -w 900 "$lockfd" || warn "could not lock $lock; running apt-get anyway"
    fi
    log "$* is not installed; installing it: ${sudo[*]}${sudo[*]:+ }apt-get update && apt-get install -y $*"
    # DPkg::Lock::Timeout: wait for a concurrent apt-get (e.g. stack.sh installs both at once).
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=600 -q update; then
        die "apt-get update failed; fix the package sources (or the network) and re-run, or install by hand: apt-get install -y $*"
    fi
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=600 -q install -y "$@"; then
        die "apt-get install -y $* failed (see the output above); install it by hand and re-run"
    fi
    # Release the lock now: servers started later must not inherit it.
    if [[ -n $lockfd ]]; then exec {lockfd}<&-; fi
}

# serialize LOCKFILE SCRIPT ARGS...: unless this process already runs under LOCKFILE,
# re-runs SCRIPT ARGS under an exclusive flock on LOCKFILE and exits with its status, so
# that two 'up'/'down' for the same data dir never interleave. flock -o: the lock's file
# descriptor is not passed on, so the servers we start never hold it.
serialize() {
    local lock=$1 rc=0
    shift
    [[ ${ORCH_LOCKED:-} != "$lock" ]] || return 0
    command -v flock >/dev/null 2>&1 || return 0
    mkdir -p -- "$(dirname -- "$lock")"
    ORCH_LOCKED=$lock flock -o -E 75 -w 600 "$lock" "$@" || rc=$?
    ((rc != 75)) || die "another $SELF has held $lock for 600s; is it stuck?"
    exit "$rc"
}
