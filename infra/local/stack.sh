#!/usr/bin/env bash
# infra/local/stack.sh up|down|status|purge
#
# Runs postgres.sh and rabbitmq.sh together: 'up' and 'down' run both at once, 'status'
# and 'purge' one after the other. Knobs: see env.sh/README.md.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

SELF=stack.sh
HERE="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source=env.sh
source "$HERE/env.sh"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

usage() {
    cat <<EOF
usage: $SELF up|down|status|purge
  up      postgres.sh up and rabbitmq.sh up, in parallel
  down    postgres.sh down and rabbitmq.sh down, in parallel
  status  both statuses; exit 0 when both run, 3 otherwise
  purge   down both and delete their data
EOF
}

# parallel CMD: runs "postgres.sh CMD" and "rabbitmq.sh CMD" at once; fails when either does.
parallel() {
    local cmd=$1 pg_rc=0 mq_rc=0 pg_pid mq_pid
    "$HERE/postgres.sh" "$cmd" &
    pg_pid=$!
    "$HERE/rabbitmq.sh" "$cmd" &
    mq_pid=$!
    wait "$pg_pid" || pg_rc=$?
    wait "$mq_pid" || mq_rc=$?
    if ((pg_rc != 0 || mq_rc != 0)); then
        die "$cmd failed (postgres.sh: exit $pg_rc, rabbitmq.sh: exit $mq_rc)"
    fi
}

case ${1:-} in
    up)
        started=$(now_s)
        parallel up
        log "stack is up ($(($(now_s) - started))s)"
        log "ORCH_POSTGRES_CONNECTION_STRING=$ORCH_POSTGRES_CONNECTION_STRING"
        log "ORCH_RABBITMQ_URL=$ORCH_RABBITMQ_URL"
        log "ORCH_RABBITMQ_MGMT_URL=$ORCH_RABBITMQ_MGMT_URL"
        ;;
    down)
        parallel down
        log "stack is down"
        ;;
    status)
        rc=0
        "$HERE/postgres.sh" status || rc=3
        "$HERE/rabbitmq.sh" status || rc=3
        exit "$rc"
        ;;
    purge)
        "$HERE/postgres.sh" purge
        "$HERE/rabbitmq.sh" purge
        ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
