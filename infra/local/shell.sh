# shellcheck shell=bash
# infra/local/shell.sh -- wires the current shell to the local stack, for operators and the runbooks:
#
#   source infra/local/shell.sh
#
# Exports the broker settings orchestratorctl reads (RabbitMq__*), ORCH_API_URL, Artifacts__Root and
# StateWriter__Path (as services.sh starts the services), and defines functions named like the tools
# they wrap, already pointed at this stack: orchestratorctl, rabbitmqctl, rabbitmq-plugins,
# rabbitmqadmin, psql; and two helpers: `queue_stat QUEUE messages|consumers` (exact, from the node)
# and `eventually SECONDS 'CONDITION'` (evaluates CONDITION until it holds, or fails after SECONDS).
# Source it again after changing a knob (a password, a port) to recompute everything.

{ orch_xtrace=${-//[^x]/}; set +x; } 2>/dev/null # a traced runbook need not see this file's workings
ORCH_SHELL_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source=env.sh
source "$ORCH_SHELL_DIR/env.sh"

export RabbitMq__Host=127.0.0.1 RabbitMq__Port="$ORCH_RABBITMQ_PORT" RabbitMq__VirtualHost="$ORCH_RABBITMQ_VHOST"
export RabbitMq__Username="$ORCH_RABBITMQ_USER" RabbitMq__Password="$ORCH_RABBITMQ_PASSWORD"
export ORCH_API_URL="http://127.0.0.1:$("$ORCH_SHELL_DIR/services.sh" port orchestrator)"
export Artifacts__Root="${Artifacts__Root:-$ORCH_DATA_DIR/artifacts}"
export StateWriter__Path="${StateWriter__Path:-$ORCH_DATA_DIR/state/workflow_state.json}"

orchestratorctl() { dotnet "$ORCH_REPO_ROOT/services/Orchestrator.Cli/bin/Debug/net10.0/orchestratorctl.dll" "$@"; }

# The node's own CLI needs its HOME (Erlang cookie), epmd port and node name; see README.md.
orch_rabbitmq_cli() {
    local tool=$1
    shift
    env HOME="$ORCH_DATA_DIR/rabbitmq/home" ERL_EPMD_PORT="$ORCH_RABBITMQ_EPMD_PORT" \
        RABBITMQ_CONF_ENV_FILE="$ORCH_DATA_DIR/rabbitmq/rabbitmq-env.conf" \
        RABBITMQ_ENABLED_PLUGINS_FILE="$ORCH_DATA_DIR/rabbitmq/enabled_plugins" \
        RABBITMQ_CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}' \
        "${ORCH_RABBITMQ_SBIN:-/usr/lib/rabbitmq/bin}/$tool" -n "$ORCH_RABBITMQ_NODENAME" "$@"
}
rabbitmqctl() { orch_rabbitmq_cli rabbitmqctl "$@"; }
rabbitmq-plugins() { orch_rabbitmq_cli rabbitmq-plugins "$@"; }

# rabbitmqadmin ships with Debian's rabbitmq-server; elsewhere the management plugin serves it.
rabbitmqadmin() {
    local tool
    tool=$(type -P rabbitmqadmin) || tool=$ORCH_DATA_DIR/bin/rabbitmqadmin
    if [[ ! -x $tool ]]; then
        mkdir -p "${tool%/*}" && curl -fsS -o "$tool" "${ORCH_RABBITMQ_MGMT_URL}cli/rabbitmqadmin" && chmod +x "$tool" || return 2
    fi
    "$tool" -H 127.0.0.1 -P "$ORCH_RABBITMQ_MGMT_PORT" -V "$ORCH_RABBITMQ_VHOST" \
        -u "$ORCH_RABBITMQ_USER" -p "$ORCH_RABBITMQ_PASSWORD" "$@"
}

psql() { command psql -X -v ON_ERROR_STOP=1 "$ORCH_POSTGRES_URL" "$@"; }

# The management API's counts lag by seconds; the node's own are exact.
queue_stat() {
    rabbitmqctl list_queues -q -p "$ORCH_RABBITMQ_VHOST" --no-table-headers name "$2" | awk -v q="$1" '$1 == q { print $2; found = 1 } END { exit !found }'
}

eventually() {
    local seconds=$1 deadline
    shift
    deadline=$((SECONDS + seconds))
    until eval "$*"; do
        if ((SECONDS >= deadline)); then
            echo "eventually: '$*' did not hold within ${seconds}s" >&2
            return 1
        fi
        sleep 0.5
    done
}

[[ -z $orch_xtrace ]] || set -x
