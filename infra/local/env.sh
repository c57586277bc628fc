# shellcheck shell=bash
# infra/local/env.sh -- the single source of truth for the local stack's settings.
#
#   source infra/local/env.sh
#
# Safe to source more than once and from any directory. Every knob keeps a value that is
# already set in the environment; otherwise it gets the default below.
#
# * Knobs (exported): ORCH_DATA_DIR, ports, users, passwords, vhost, database.
# * Derived RabbitMQ knobs (ORCH_RABBITMQ_DIST_PORT, ORCH_RABBITMQ_EPMD_PORT,
#   ORCH_RABBITMQ_NODENAME) follow ORCH_RABBITMQ_PORT. They are set but NOT exported, so a
#   child that picks another ORCH_RABBITMQ_PORT (e.g. a test fixture) derives its own
#   instead of inheriting ours. Export them yourself to pin them.
# * Outputs (exported, recomputed on every source): ORCH_RABBITMQ_URL,
#   ORCH_RABBITMQ_MGMT_URL, ORCH_POSTGRES_CONNECTION_STRING, ORCH_POSTGRES_URL.

ORCH_LOCAL_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
: "${ORCH_REPO_ROOT:=$(cd -- "$ORCH_LOCAL_DIR/../.." && pwd -P)}"
: "${ORCH_DATA_DIR:=$ORCH_REPO_ROOT/.local}"
[[ $ORCH_DATA_DIR == /* ]] || ORCH_DATA_DIR=$PWD/$ORCH_DATA_DIR # the scripts cd around

# --- RabbitMQ --------------------------------------------------------------------------
: "${ORCH_RABBITMQ_PORT:=5673}"
: "${ORCH_RABBITMQ_MGMT_PORT:=15673}"
: "${ORCH_RABBITMQ_USER:=orchestrator}"
: "${ORCH_RABBITMQ_PASSWORD:=orchestrator}"
: "${ORCH_RABBITMQ_VHOST:=orchestrator}"
# Derived (not exported, see above). Guarded so a non-numeric port does not break sourcing;
# rabbitmq.sh validates the values.
if [[ $ORCH_RABBITMQ_PORT =~ ^[0-9]+$ ]]; then
    : "${ORCH_RABBITMQ_DIST_PORT:=$((ORCH_RABBITMQ_PORT + 20000))}"
    : "${ORCH_RABBITMQ_EPMD_PORT:=$((ORCH_RABBITMQ_PORT + 40000))}"
fi
: "${ORCH_RABBITMQ_NODENAME:=orch${ORCH_RABBITMQ_PORT}@localhost}"

# --- PostgreSQL ------------------------------------------------------------------------
: "${ORCH_POSTGRES_PORT:=5433}"
: "${ORCH_POSTGRES_USER:=orchestrator}"
: "${ORCH_POSTGRES_PASSWORD:=orchestrator}"
: "${ORCH_POSTGRES_DB:=orchestrator}"
# The runtime role: data access only; the owner above runs the migrations.
: "${ORCH_POSTGRES_APP_USER:=${ORCH_POSTGRES_USER}_app}"
: "${ORCH_POSTGRES_APP_PASSWORD:=$ORCH_POSTGRES_APP_USER}"

export ORCH_REPO_ROOT ORCH_DATA_DIR \
    ORCH_RABBITMQ_PORT ORCH_RABBITMQ_MGMT_PORT ORCH_RABBITMQ_USER ORCH_RABBITMQ_PASSWORD \
    ORCH_RABBITMQ_VHOST \
    ORCH_POSTGRES_PORT ORCH_POSTGRES_USER ORCH_POSTGRES_PASSWORD ORCH_POSTGRES_DB \
    ORCH_POSTGRES_APP_USER ORCH_POSTGRES_APP_PASSWORD

# Percent-encodes one URL component (user, password, vhost).
orch_urlencode() {
    local LC_ALL=C # byte-wise, so UTF-8 is encoded per byte
    local s=$1 out='' c i
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        case $c in
            [A-Za-z0-9._~-]) out+=$c ;;
            *) printf -v c '%%%02X' "'$c"; out+=$c ;;
        esac
    done
    printf '%s' "$out"
}

# Quotes one value for an Npgsql connection string when it needs it.
orch_npgsql_value() {
    local v=$1
    if [[ $v == *[\;\'\"=[:space:]]* ]]; then
        printf "'%s'" "${v//\'/\'\'}"
    else
        printf '%s' "$v"
    fi
}

# --- Outputs (always recomputed) -------------------------------------------------------
ORCH_RABBITMQ_URL="amqp://$(orch_urlencode "$ORCH_RABBITMQ_USER"):$(orch_urlencode "$ORCH_RABBITMQ_PASSWORD")@127.0.0.1:${ORCH_RABBITMQ_PORT}/$(orch_urlencode "$ORCH_RABBITMQ_VHOST")"
ORCH_RABBITMQ_MGMT_URL="http://127.0.0.1:${ORCH_RABBITMQ_MGMT_PORT}/"
ORCH_POSTGRES_CONNECTION_STRING="Host=127.0.0.1;Port=${ORCH_POSTGRES_PORT};Username=$(orch_npgsql_value "$ORCH_POSTGRES_USER");Password=$(orch_npgsql_value "$ORCH_POSTGRES_PASSWORD");Database=$(orch_npgsql_value "$ORCH_POSTGRES_DB")"
ORCH_POSTGRES_APP_CONNECTION_STRING="Host=127.0.0.1;Port=${ORCH_POSTGRES_PORT};Username=$(orch_npgsql_value "$ORCH_POSTGRES_APP_USER");Password=$(orch_npgsql_value "$ORCH_POSTGRES_APP_PASSWORD");Database=$(orch_npgsql_value "$ORCH_POSTGRES_DB")"
ORCH_POSTGRES_URL="postgresql://$(orch_urlencode "$ORCH_POSTGRES_USER"):$(orch_urlencode "$ORCH_POSTGRES_PASSWORD")@127.0.0.1:${ORCH_POSTGRES_PORT}/$(orch_urlencode "$ORCH_POSTGRES_DB")"
export ORCH_RABBITMQ_URL ORCH_RABBITMQ_MGMT_URL ORCH_POSTGRES_CONNECTION_STRING ORCH_POSTGRES_APP_CONNECTION_STRING ORCH_POSTGRES_URL
