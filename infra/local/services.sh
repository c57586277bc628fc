#!/usr/bin/env bash
# infra/local/services.sh start|stop|restart|status|port [NAME...]
#
# The .NET services of the local stack as background processes, started from the build output
# (dotnet build Orchestrator.sln first) against the servers of stack.sh: the orchestrator, the
# gates, the state writer and one role adapter per role. They keep running after this script
# exits; `stop` ends them. A NAME with a suffix -2, -3, ... is another instance of the same service
# (gates-2 consumes gates-evaluate-gate beside gates; state-writer-2 is a standby).
# Knobs: env.sh, and ORCH_SERVICES_PORT (first HTTP port, default 5080). Any other setting of the
# services (RoleAdapter__Faults__qa_ai, Timers__PollInterval, ...) is passed on from the environment.
# ORCH_BUILD_CONFIGURATION picks the build output (default Debug; ./bench.sh uses Release).
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

SELF=services.sh
HERE="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source=env.sh
source "$HERE/env.sh"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

ROLES=(product_owner_ai planning_ai auditor_ai principal_engineer_ai codegen_ai qa_ai mlops_ai documentation_ai analyst_ai observability_ai)
BASE_PORT=${ORCH_SERVICES_PORT:-5080}
RUN_DIR=$ORCH_DATA_DIR/services
LOG_DIR=$ORCH_DATA_DIR/logs
START_TIMEOUT=${ORCH_START_TIMEOUT:-60}

usage() {
    cat <<EOF
usage: $SELF start|stop|restart|status|port [NAME...]
  start [NAME...]    start the services (default: all), wait until each answers /health/ready
  stop [NAME...]     stop them gracefully (default: every instance that runs)
  restart [NAME...]  stop, then start (default: all)
  status             one line per service; exit 0 when every default service runs, 3 otherwise
  port NAME          print the HTTP port of NAME
names: orchestrator, gates, state-writer, role-<role> (role-qa_ai, ...), each with an optional -N suffix
EOF
}

default_names() { printf '%s\n' orchestrator gates state-writer "${ROLES[@]/#/role-}"; }

# parse NAME: sets SERVICE (the base name), INSTANCE (1, 2, ...), PROJECT, ARGS and PORT; dies on an unknown name.
parse() {
    local name=$1 offset i
    SERVICE=$name INSTANCE=1
    if [[ $name =~ ^(.+)-([2-9])$ ]]; then SERVICE=${BASH_REMATCH[1]} INSTANCE=${BASH_REMATCH[2]}; fi
    ARGS=()
    case $SERVICE in
        orchestrator) PROJECT=Orchestrator.Service offset=0 ;;
        gates) PROJECT=Orchestrator.Gates offset=1 ;;
        state-writer) PROJECT=Orchestrator.StateWriter offset=2 ;;
        role-*)
            PROJECT=Orchestrator.RoleAdapter offset=''
            for i in "${!ROLES[@]}"; do [[ ${ROLES[i]} != "${SERVICE#role-}" ]] || offset=$((10 + i)); done
            [[ -n $offset ]] || die "unknown role in '$name' (roles: ${ROLES[*]})"
            ARGS=(--role "${SERVICE#role-}")
            ;;
        *) die "unknown service '$name' (names: orchestrator, gates, state-writer, role-<role>, each with an optional -2..-9)" ;;
    esac
    PORT=$((BASE_PORT + offset + 100 * (INSTANCE - 1)))
}

# running NAME: prints the pid of NAME and succeeds when that process runs and was started as NAME.
running() {
    local pid
    pid=$(cat "$RUN_DIR/$1.pid" 2>/dev/null) || return 1
    [[ -r /proc/$pid/environ ]] && tr '\0' '\n' <"/proc/$pid/environ" | grep -qxF "ORCH_SERVICE_INSTANCE=$1" || return 1
    printf '%s' "$pid"
}

# The settings every service gets from the stack's knobs; one already in the environment wins for the paths.
service_env() {
    export RabbitMq__Host=127.0.0.1 RabbitMq__Port="$ORCH_RABBITMQ_PORT" RabbitMq__VirtualHost="$ORCH_RABBITMQ_VHOST"
    export RabbitMq__Username="$ORCH_RABBITMQ_USER" RabbitMq__Password="$ORCH_RABBITMQ_PASSWORD"
    # The orchestrator runs as the runtime role (data access only) and migrates as the owner.
    export ConnectionStrings__Orchestrator="$ORCH_POSTGRES_APP_CONNECTION_STRING"
    export ConnectionStrings__Migrations="$ORCH_POSTGRES_CONNECTION_STRING"
    export Definitions__Path="${Definitions__Path:-$ORCH_REPO_ROOT/gates}"
    export Artifacts__Root="${Artifacts__Root:-$ORCH_DATA_DIR/artifacts}"
    export StateWriter__Path="${StateWriter__Path:-$ORCH_DATA_DIR/state/workflow_state.json}"
    export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
}

# rabbitmq_user SERVICE: the RabbitMQ user a service connects as. The gates, the state writer and each role's
# adapter have their own (infra/rabbitmq/definitions.json, imported by stack.sh up); the orchestrator uses the
# stack's administrator, whose name it shares.
rabbitmq_user() {
    case $1 in
        orchestrator) printf '%s' "$ORCH_RABBITMQ_USER" ;;
        role-*) local role=${1#role-}; printf 'role-%s' "${role//_/-}" ;;
        *) printf '%s' "$1" ;;
    esac
}

# rabbitmq_password USER: ORCH_RABBITMQ_PASSWORD for the administrator; for a service user the variable
# ORCH_RABBITMQ_PASSWORD_<USER> (upper case, dashes as underscores: ORCH_RABBITMQ_PASSWORD_ROLE_QA_AI), else
# its development password, the user name.
rabbitmq_password() {
    local variable
    if [[ $1 == "$ORCH_RABBITMQ_USER" ]]; then printf '%s' "$ORCH_RABBITMQ_PASSWORD"; return; fi
    variable=ORCH_RABBITMQ_PASSWORD_$(printf '%s' "${1//-/_}" | tr '[:lower:]' '[:upper:]')
    printf '%s' "${!variable:-$1}"
}

launch() {
    local name=$1 dll
    parse "$name"
    if running "$name" >/dev/null; then
        log "$name is already running (pid $(running "$name"))"
        return 0
    fi
    dll=$ORCH_REPO_ROOT/services/$PROJECT/bin/${ORCH_BUILD_CONFIGURATION:-Debug}/net10.0/$PROJECT.dll
    [[ -f $dll ]] || die "$dll is missing; build first: dotnet build Orchestrator.sln"
    require_free_port ORCH_SERVICES_PORT "$PORT"
    mkdir -p "$RUN_DIR" "$LOG_DIR"
    # setsid: the service outlives this script and the terminal; stdin from /dev/null so no pipe stays open.
    local user password
    user=$(rabbitmq_user "$SERVICE")
    password=$(rabbitmq_password "$user")
    ORCH_SERVICE_INSTANCE=$name ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
        RabbitMq__Username="$user" RabbitMq__Password="$password" \
        setsid dotnet "$dll" "${ARGS[@]}" </dev/null >"$LOG_DIR/$name.log" 2>&1 &
    echo $! >"$RUN_DIR/$name.pid"
    STARTED+=("$name")
}

await_ready() {
    local name=$1 deadline pid
    parse "$name"
    pid=$(cat "$RUN_DIR/$name.pid")
    deadline=$(($(now_s) + START_TIMEOUT))
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
        # kill -0, not running(): until the exec, the new process still has this shell's environment.
        if ! kill -0 "$pid" 2>/dev/null || (($(now_s) >= deadline)); then
            printf '%s: error: %s did not become ready on port %s; the end of %s:\n' "$SELF" "$name" "$PORT" "$LOG_DIR/$name.log" >&2
            tail -n 20 "$LOG_DIR/$name.log" >&2
            return 1
        fi
        sleep 0.2
    done
    log "$name is ready: http://127.0.0.1:$PORT (pid $(running "$name"), log $LOG_DIR/$name.log)"
}

cmd_start() {
    local name failed=0
    STARTED=()
    service_env
    for name in "$@"; do launch "$name"; done
    for name in "${STARTED[@]}"; do await_ready "$name" || failed=1; done
    ((failed == 0)) || die "not every service started"
}

cmd_stop() {
    local name pid pids=() deadline
    for name in "$@"; do
        parse "$name"
        if pid=$(running "$name"); then
            kill -TERM "$pid"
            pids+=("$pid")
            log "stopping $name (pid $pid)"
        fi
        rm -f "$RUN_DIR/$name.pid"
    done
    # The hosts finish the messages in hand (MassTransit's stop timeout is 30 s), then exit.
    deadline=$(($(now_s) + 40))
    for pid in "${pids[@]}"; do
        while kill -0 "$pid" 2>/dev/null; do
            (($(now_s) < deadline)) || { warn "pid $pid did not stop within 40 s; killing it"; kill -KILL "$pid"; }
            sleep 0.1
        done
    done
}

cmd_status() {
    local name pid rc=0 names
    mapfile -t names < <({ default_names; ls "$RUN_DIR" 2>/dev/null | sed -n 's/\.pid$//p'; } | awk '!seen[$0]++')
    for name in "${names[@]}"; do
        parse "$name"
        if pid=$(running "$name"); then
            printf '%-30s running  pid %-8s http://127.0.0.1:%s\n' "$name" "$pid" "$PORT"
        else
            printf '%-30s stopped\n' "$name"
            ((INSTANCE > 1)) || rc=3
        fi
    done
    return "$rc"
}

# The instances that run now, for a stop without names.
running_names() { ls "$RUN_DIR" 2>/dev/null | sed -n 's/\.pid$//p' | while read -r n; do running "$n" >/dev/null && echo "$n"; done; }

command=${1:-}
shift || true
names=("$@")
case $command in
    start | restart) ((${#names[@]})) || mapfile -t names < <(default_names) ;;
    stop) ((${#names[@]})) || mapfile -t names < <(running_names) ;;
esac
case $command in
    start) cmd_start "${names[@]}" ;;
    stop) cmd_stop "${names[@]}" ;;
    restart) cmd_stop "${names[@]}" && cmd_start "${names[@]}" ;;
    status) cmd_status ;;
    port) parse "${names[0]:?usage: $SELF port NAME}" && echo "$PORT" ;;
    -h | --help | help) usage ;;
    *) usage >&2 && exit 2 ;;
esac
