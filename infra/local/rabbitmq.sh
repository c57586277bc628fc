#!/usr/bin/env bash
# infra/local/rabbitmq.sh up|down|status|purge
#
# A private RabbitMQ node (with the management plugin) for development and tests. Every
# file it uses lives under "$ORCH_DATA_DIR/rabbitmq"; it has its own node name, ports,
# Erlang cookie and epmd, so it never touches a system-wide RabbitMQ node. It runs as the
# invoking user (root included); sudo is only used for apt-get. Knobs: see env.sh/README.md.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

SELF=rabbitmq.sh
HERE="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source=env.sh
source "$HERE/env.sh"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

START_TIMEOUT=${ORCH_START_TIMEOUT:-60}
NODE=$ORCH_RABBITMQ_NODENAME
RMQ_DIR=$ORCH_DATA_DIR/rabbitmq
HOME_DIR=$RMQ_DIR/home # HOME for the node and the CLI: holds the private .erlang.cookie
MNESIA_DIR=$RMQ_DIR/mnesia
LOG_DIR=$RMQ_DIR/log
CONF_FILE=$RMQ_DIR/rabbitmq.conf
ADVANCED_CONF_FILE=$RMQ_DIR/advanced.config
PLUGINS_FILE=$RMQ_DIR/enabled_plugins
ENV_CONF_FILE=$RMQ_DIR/rabbitmq-env.conf
PID_FILE=$RMQ_DIR/rabbitmq.pid
STARTUP_LOG=$LOG_DIR/startup.log

usage() {
    cat <<EOF
usage: $SELF up|down|status|purge
  up      install RabbitMQ if missing, start the private node, create vhost/user (idempotent)
  down    stop the node (success when it is not running)
  status  print running/stopped; exit 0 when running, 3 when stopped
  purge   kill the node (no graceful stop), then delete $RMQ_DIR
EOF
}

validate() {
    check_port_value ORCH_RABBITMQ_PORT "$ORCH_RABBITMQ_PORT"
    check_port_value ORCH_RABBITMQ_MGMT_PORT "$ORCH_RABBITMQ_MGMT_PORT"
    check_port_value ORCH_RABBITMQ_DIST_PORT "${ORCH_RABBITMQ_DIST_PORT:-}"
    check_port_value ORCH_RABBITMQ_EPMD_PORT "${ORCH_RABBITMQ_EPMD_PORT:-}"
    check_distinct "ORCH_RABBITMQ_PORT=$ORCH_RABBITMQ_PORT" \
        "ORCH_RABBITMQ_MGMT_PORT=$ORCH_RABBITMQ_MGMT_PORT" \
        "ORCH_RABBITMQ_DIST_PORT=$ORCH_RABBITMQ_DIST_PORT" \
        "ORCH_RABBITMQ_EPMD_PORT=$ORCH_RABBITMQ_EPMD_PORT"
    [[ $NODE =~ ^[A-Za-z0-9_-]+@[A-Za-z0-9_.-]+$ ]] ||
        die "ORCH_RABBITMQ_NODENAME=$NODE is not a valid node name (name@host)"
    [[ -n $ORCH_RABBITMQ_USER && -n $ORCH_RABBITMQ_PASSWORD && -n $ORCH_RABBITMQ_VHOST ]] ||
        die "ORCH_RABBITMQ_USER, ORCH_RABBITMQ_PASSWORD and ORCH_RABBITMQ_VHOST must not be empty"
    [[ $ORCH_RABBITMQ_USER != guest ]] || die "ORCH_RABBITMQ_USER must not be guest (guest is deleted)"
    [[ $START_TIMEOUT =~ ^[0-9]+$ ]] || die "ORCH_START_TIMEOUT=$START_TIMEOUT is not a number of seconds"
}

# The real RabbitMQ scripts. Debian's /usr/sbin/rabbitmq* are wrappers that switch to the
# 'rabbitmq' user (or refuse to run for anyone but root/rabbitmq), which would put our node
# under the wrong user and HOME (cookie); so use the scripts they wrap.
SBIN=
find_sbin() {
    local d c
    for d in "${ORCH_RABBITMQ_SBIN:-}" /usr/lib/rabbitmq/bin; do
        if [[ -n $d && -x $d/rabbitmq-server && -x $d/rabbitmqctl ]]; then
            SBIN=$d
            return 0
        fi
    done
    # Other layouts (e.g. the generic-unix tarball on PATH): accept a rabbitmqctl that lives
    # next to rabbitmq-env, i.e. not a distribution wrapper.
    if c=$(command -v rabbitmqctl 2>/dev/null) && c=$(readlink -f -- "$c") &&
        [[ -x ${c%/*}/rabbitmq-server && -f ${c%/*}/rabbitmq-env ]]; then
        SBIN=${c%/*}
        return 0
    fi
    return 1
}

ensure_installed() {
    find_sbin && return 0
    apt_install rabbitmq-server
    find_sbin || die "rabbitmq-server was installed but /usr/lib/rabbitmq/bin/rabbitmq-server is missing; set ORCH_RABBITMQ_SBIN to the directory holding rabbitmq-server and rabbitmqctl"
    # The Debian package may have started a system-wide node (rabbit@<host> on 5672, epmd on
    # 4369). We leave it alone: our node uses its own name, ports and epmd.
}

# The environment every RabbitMQ command of ours runs with.
RMQ_ENV=()
build_env() {
    local loopback='-kernel inet_dist_use_interface {127,0,0,1}'
    RMQ_ENV=(
        "HOME=$HOME_DIR"
        "RABBITMQ_CONF_ENV_FILE=$ENV_CONF_FILE" # instead of /etc/rabbitmq/rabbitmq-env.conf
        "RABBITMQ_NODENAME=$NODE"
        "RABBITMQ_USE_LONGNAME=false"
        "RABBITMQ_NODE_IP_ADDRESS=127.0.0.1"
        "RABBITMQ_NODE_PORT=$ORCH_RABBITMQ_PORT"
        "RABBITMQ_DIST_PORT=$ORCH_RABBITMQ_DIST_PORT"
        "RABBITMQ_MNESIA_BASE=$MNESIA_DIR"
        "RABBITMQ_LOG_BASE=$LOG_DIR"
        "RABBITMQ_CONFIG_FILE=$CONF_FILE"
        "RABBITMQ_ADVANCED_CONFIG_FILE=$ADVANCED_CONF_FILE"
        "RABBITMQ_ENABLED_PLUGINS_FILE=$PLUGINS_FILE"
        "RABBITMQ_PID_FILE=$PID_FILE"
        "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=$loopback"
        "RABBITMQ_CTL_ERL_ARGS=$loopback"
        # A private epmd: no dependency on (or clash with) the system one on 4369, and
        # `down` can stop it, so nothing is left running.
        "ERL_EPMD_PORT=$ORCH_RABBITMQ_EPMD_PORT"
        "ERL_EPMD_ADDRESS=127.0.0.1"
        "ERL_CRASH_DUMP=$LOG_DIR/erl_crash.dump"
    )
}

# rmq TOOL ARGS...: run rabbitmqctl/rabbitmq-diagnostics/rabbitmq-server for our node.
rmq() {
    local tool=$1
    shift
    (cd "$RMQ_DIR" && env "${RMQ_ENV[@]}" "$SBIN/$tool" "$@")
}

# node_pid: prints the pid of our node's VM and succeeds when it is alive.
node_pid() {
    local pid
    [[ -f $PID_FILE ]] || return 1
    pid=$(tr -dc '0-9' <"$PID_FILE")
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 1
    # Guard against a recycled pid: the process must be a VM started for this data dir.
    if [[ -r /proc/$pid/environ ]]; then
        tr '\0' '\n' <"/proc/$pid/environ" | grep -qxF "RABBITMQ_MNESIA_BASE=$MNESIA_DIR" || return 1
    fi
    printf '%s' "$pid"
}

# proc_env PID VAR: a variable from the environment PID was started with (Linux /proc).
proc_env() {
    [[ -r /proc/$1/environ ]] || return 1
    tr '\0' '\n' <"/proc/$1/environ" | sed -n "s/^$2=//p" | grep .
}

# adopt_running PID: talk to the running node with the name and epmd port it was started
# with, even if the knobs changed since.
adopt_running() {
    local v
    if v=$(proc_env "$1" RABBITMQ_NODENAME); then NODE=$v; fi
    if v=$(proc_env "$1" ERL_EPMD_PORT); then ORCH_RABBITMQ_EPMD_PORT=$v; fi
    if v=$(proc_env "$1" RABBITMQ_NODE_PORT); then ORCH_RABBITMQ_PORT=$v; fi
    if v=$(sed -n 's/^management\.tcp\.port = //p' "$CONF_FILE" 2>/dev/null) && [[ -n $v ]]; then
        ORCH_RABBITMQ_MGMT_PORT=$v
    fi
    # shellcheck source=env.sh
    source "$HERE/env.sh" # recompute the URLs
}

# epmd_cli ARGS...: the epmd client against our private epmd port, with a time limit (a
# non-epmd program on that port would otherwise leave it waiting forever).
epmd_cli() {
    local e
    e=$(type -P epmd) || return 1
    timeout 3 "$e" -port "$ORCH_RABBITMQ_EPMD_PORT" "$@"
}

# epmd_running: our private epmd answers.
epmd_running() { epmd_cli -names >/dev/null 2>&1; }

# stop_epmd: stops our private epmd when no node is registered with it any more.
stop_epmd() {
    local names tries=0
    while :; do
        names=$(epmd_cli -names 2>/dev/null) || return 0
        grep -q '^name ' <<<"$names" || break
        # A node that just died may take a moment to be unregistered.
        if ((++tries > 30)); then
            warn "epmd on port $ORCH_RABBITMQ_EPMD_PORT still has registered nodes; leaving it running"
            return 0
        fi
        sleep 0.1
    done
    epmd_cli -kill >/dev/null 2>&1 || true
}

write_files() {
    mkdir -p "$RMQ_DIR" "$HOME_DIR" "$MNESIA_DIR" "$LOG_DIR"
    chmod 700 "$RMQ_DIR" "$HOME_DIR" # holds the cookie and the password
    if [[ ! -s $HOME_DIR/.erlang.cookie ]]; then
        # Our own cookie, written before the first start so that the server and the CLI
        # never race to create it.
        (
            umask 077
            od -An -N24 -tx1 /dev/urandom | tr -d ' \n' | tr '0-9a-f' 'A-P' >"$HOME_DIR/.erlang.cookie"
        )
        chmod 400 "$HOME_DIR/.erlang.cookie"
    fi
    printf '# Written by %s. Present so that /etc/rabbitmq/rabbitmq-env.conf is not read.\n' "$SELF" >"$ENV_CONF_FILE"
    printf '[rabbitmq_management].\n' >"$PLUGINS_FILE"
    # default_* only take effect when the node boots with an empty database: the vhost and
    # the user then exist from the start and 'guest' is never created. provision() makes
    # them match the knobs on every up.
    (
        umask 077
        cat >"$CONF_FILE" <<EOF
# Written by $SELF on every 'up'; edit infra/local/rabbitmq.sh instead.
listeners.tcp.1 = 127.0.0.1:$ORCH_RABBITMQ_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $ORCH_RABBITMQ_MGMT_PORT
default_vhost = $ORCH_RABBITMQ_VHOST
default_user = $ORCH_RABBITMQ_USER
default_pass = $ORCH_RABBITMQ_PASSWORD
default_user_tags.administrator = true
default_user_tags.impersonator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
loopback_users.guest = true
log.console = false
log.file.level = info
EOF
    )
}

check_ports() {
    require_free_port ORCH_RABBITMQ_PORT "$ORCH_RABBITMQ_PORT"
    require_free_port ORCH_RABBITMQ_MGMT_PORT "$ORCH_RABBITMQ_MGMT_PORT"
    require_free_port ORCH_RABBITMQ_DIST_PORT "$ORCH_RABBITMQ_DIST_PORT"
    # A leftover epmd of ours (e.g. after the node was killed) is fine to reuse.
    if port_in_use "$ORCH_RABBITMQ_EPMD_PORT" && ! epmd_running; then
        require_free_port ORCH_RABBITMQ_EPMD_PORT "$ORCH_RABBITMQ_EPMD_PORT"
    fi
}

fail_start() {
    printf '%s: error: %s\n' "$SELF" "$1" >&2
    local f
    for f in "$STARTUP_LOG" "$LOG_DIR/$NODE.log"; do
        if [[ -s $f ]]; then
            printf '%s: --- last lines of %s ---\n' "$SELF" "$f" >&2
            tail -n 25 "$f" >&2
        fi
    done
    local pid
    if pid=$(node_pid); then kill -KILL "$pid" 2>/dev/null || true; fi
    stop_epmd
    exit 1
}

start_node() {
    local started launcher deadline left
    log "starting node $NODE (data: $RMQ_DIR)"
    rm -f "$PID_FILE"
    started=$(now_s)
    deadline=$((started + START_TIMEOUT))
    # rabbitmq-server (without -detached) stays as a small sh parent of the VM, which lets
    # us notice a VM that dies during boot. setsid: out of the caller's session; no std
    # stream may keep our caller's pipes open.
    (cd "$RMQ_DIR" && exec setsid env "${RMQ_ENV[@]}" "$SBIN/rabbitmq-server") \
        </dev/null >>"$STARTUP_LOG" 2>&1 &
    launcher=$!
    # Wait for the VM to write its pid file...
    while [[ ! -s $PID_FILE ]]; do
        kill -0 "$launcher" 2>/dev/null || fail_start "rabbitmq-server exited during startup"
        (($(now_s) < deadline)) || fail_start "node $NODE did not start within ${START_TIMEOUT}s"
        sleep 0.2
    done
    # ...then `rabbitmqctl wait` follows that pid and returns once the node has fully
    # booted (plugins included), or fails as soon as the VM dies.
    left=$((deadline - $(now_s)))
    ((left > 0)) || left=1
    if ! rmq rabbitmqctl -q -n "$NODE" wait --timeout "$left" "$PID_FILE" >>"$STARTUP_LOG" 2>&1; then
        fail_start "node $NODE did not become ready within ${START_TIMEOUT}s"
    fi
    log "node $NODE is up ($(($(now_s) - started))s)"
}

# api PATH: prints the HTTP status of a management API GET with our credentials.
api_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 10 \
        -u "$ORCH_RABBITMQ_USER:$ORCH_RABBITMQ_PASSWORD" \
        "http://127.0.0.1:$ORCH_RABBITMQ_MGMT_PORT/api/$1" 2>/dev/null || true
}
api_get() {
    curl -sf --max-time 10 -u "$ORCH_RABBITMQ_USER:$ORCH_RABBITMQ_PASSWORD" \
        "http://127.0.0.1:$ORCH_RABBITMQ_MGMT_PORT/api/$1" 2>/dev/null
}

# provisioned: a quick check through the management API (a few ms) that the vhost, the
# user (password, administrator tag, full permissions) are as configured, that guest is
# gone and that every feature flag is enabled.
provisioned() {
    command -v curl >/dev/null 2>&1 || return 1
    local vhost user body
    vhost=$(orch_urlencode "$ORCH_RABBITMQ_VHOST")
    user=$(orch_urlencode "$ORCH_RABBITMQ_USER")
    body=$(api_get whoami) || return 1
    [[ $body == *'"administrator"'* && $body == *'"impersonator"'* ]] || return 1
    body=$(api_get "permissions/$vhost/$user") || return 1
    [[ $body == *'"configure":".*"'* && $body == *'"write":".*"'* && $body == *'"read":".*"'* ]] || return 1
    [[ $(api_status users/guest) == 404 ]] || return 1
    body=$(api_get feature-flags) || return 1
    [[ $body != *'"state":"disabled"'* ]] || return 1
}

provision() {
    if provisioned; then
        log "vhost '$ORCH_RABBITMQ_VHOST' and user '$ORCH_RABBITMQ_USER' are in place"
        return 0
    fi
    log "configuring vhost '$ORCH_RABBITMQ_VHOST' and user '$ORCH_RABBITMQ_USER'"
    local ctl=(rmq rabbitmqctl -q -n "$NODE")
    if ! "${ctl[@]}" list_vhosts --no-table-headers name | grep -qxF -- "$ORCH_RABBITMQ_VHOST"; then
        "${ctl[@]}" add_vhost "$ORCH_RABBITMQ_VHOST" >/dev/null
    fi
    if "${ctl[@]}" list_users --no-table-headers | cut -f1 | grep -qxF -- "$ORCH_RABBITMQ_USER"; then
        "${ctl[@]}" change_password "$ORCH_RABBITMQ_USER" "$ORCH_RABBITMQ_PASSWORD" >/dev/null
    else
        "${ctl[@]}" add_user "$ORCH_RABBITMQ_USER" "$ORCH_RABBITMQ_PASSWORD" >/dev/null
    fi
    # impersonator: the services move a role's message (with that role's validated user_id) to an _error
    # queue under their own user; without the tag RabbitMQ refuses that publish.
    "${ctl[@]}" set_user_tags "$ORCH_RABBITMQ_USER" administrator impersonator >/dev/null
    "${ctl[@]}" set_permissions -p "$ORCH_RABBITMQ_VHOST" "$ORCH_RABBITMQ_USER" '.*' '.*' '.*' >/dev/null
    if "${ctl[@]}" list_users --no-table-headers | cut -f1 | grep -qxF guest; then
        "${ctl[@]}" delete_user guest >/dev/null
    fi
    "${ctl[@]}" enable_feature_flag all >/dev/null
}

# provision_service_users: one user per service and per role, with the least-privilege permissions of
# infra/rabbitmq/definitions.json (the file docker compose loads), so local services and agents connect as
# themselves. Imported through the management API every time: idempotent, and a few milliseconds.
provision_service_users() {
    command -v python3 >/dev/null 2>&1 || apt_install python3
    local definitions existing
    existing=$(rmq rabbitmqctl -q -n "$NODE" list_users --no-table-headers | cut -f1 | paste -sd, -)
    definitions=$(python3 "$ORCH_LOCAL_DIR/service-users.py" "$ORCH_REPO_ROOT/infra/rabbitmq/definitions.json" \
        "$ORCH_RABBITMQ_USER" "$ORCH_RABBITMQ_VHOST" "$existing") || die "cannot read infra/rabbitmq/definitions.json"
    curl -sf --max-time 30 -u "$ORCH_RABBITMQ_USER:$ORCH_RABBITMQ_PASSWORD" -H 'content-type: application/json' \
        -X POST --data-binary "$definitions" "http://127.0.0.1:$ORCH_RABBITMQ_MGMT_PORT/api/definitions" >/dev/null ||
        die "could not import the service and role users of infra/rabbitmq/definitions.json through the management API"
    log "service and role users of infra/rabbitmq/definitions.json in place (new ones get their names as passwords)"
}

print_urls() {
    log "AMQP:          $ORCH_RABBITMQ_URL"
    log "management UI: $ORCH_RABBITMQ_MGMT_URL (user $ORCH_RABBITMQ_USER)"
}

cmd_up() {
    validate
    ensure_installed
    local pid have_node have_port have_mgmt
    if pid=$(node_pid); then
        # Already running: a no-op, as long as it runs with the settings asked for.
        have_node=$(proc_env "$pid" RABBITMQ_NODENAME) || have_node=$NODE
        have_port=$(proc_env "$pid" RABBITMQ_NODE_PORT) || have_port=$ORCH_RABBITMQ_PORT
        have_mgmt=$(sed -n 's/^management\.tcp\.port = //p' "$CONF_FILE" 2>/dev/null)
        if [[ $have_node != "$NODE" || $have_port != "$ORCH_RABBITMQ_PORT" ||
            ${have_mgmt:-$ORCH_RABBITMQ_MGMT_PORT} != "$ORCH_RABBITMQ_MGMT_PORT" ]]; then
            die "the node in $RMQ_DIR is already running as $have_node (AMQP port $have_port, management port ${have_mgmt:-?}); to change its settings run '$SELF down' first"
        fi
        build_env
        log "node $NODE is already running"
        rmq rabbitmqctl -q -n "$NODE" await_startup --timeout "$START_TIMEOUT" >/dev/null ||
            die "node $NODE is running but not ready; see $LOG_DIR (or run: $SELF down && $SELF up)"
    else
        build_env
        write_files
        check_ports
        start_node
    fi
    provision
    provision_service_users
    print_urls
}

cmd_down() {
    validate
    local pid deadline
    if ! pid=$(node_pid); then
        if find_sbin; then
            build_env
            stop_epmd
        fi
        rm -f "$PID_FILE"
        log "node $NODE is not running"
        return 0
    fi
    find_sbin || die "node $NODE is running (pid $pid) but rabbitmqctl is missing; stop it with: kill $pid"
    adopt_running "$pid"
    build_env
    log "stopping node $NODE (pid $pid)"
    if ! rmq rabbitmqctl -q -n "$NODE" stop "$PID_FILE" >/dev/null 2>&1; then
        warn "rabbitmqctl stop failed; sending SIGTERM to $pid"
        kill -TERM "$pid" 2>/dev/null || true
    fi
    deadline=$(($(now_s) + 30))
    while kill -0 "$pid" 2>/dev/null; do
        if (($(now_s) >= deadline)); then
            warn "node $NODE (pid $pid) did not stop within 30s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        sleep 0.2
    done
    rm -f "$PID_FILE"
    stop_epmd
    log "node $NODE stopped"
}

cmd_status() {
    validate
    if ! node_pid >/dev/null; then
        log "stopped (node $NODE, data $RMQ_DIR)"
        return 3
    fi
    find_sbin || die "rabbitmqctl not found"
    adopt_running "$(node_pid)"
    build_env
    if rmq rabbitmq-diagnostics -q -n "$NODE" -t 10 check_running >/dev/null 2>&1; then
        log "running (node $NODE, pid $(node_pid), data $RMQ_DIR)"
        print_urls
        return 0
    fi
    log "node $NODE (pid $(node_pid)) is running but not ready (booting or stuck); see $LOG_DIR"
    return 4
}

cmd_purge() {
    validate
    local pid
    # The data is about to go: no need for a graceful (~9 s) shutdown.
    if pid=$(node_pid); then
        adopt_running "$pid"
        log "killing node $NODE (pid $pid)"
        kill -KILL "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    rm -f "$PID_FILE"
    if find_sbin; then
        build_env
        stop_epmd
    fi
    if [[ -e $RMQ_DIR ]]; then
        rm -rf -- "$RMQ_DIR"
        log "deleted $RMQ_DIR"
    fi
}

case ${1:-} in
    up | down | purge) serialize "$ORCH_DATA_DIR/.rabbitmq.lock" "$HERE/$SELF" "$@" ;;
esac
case ${1:-} in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    purge) cmd_purge ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
