#!/usr/bin/env bash
# Runs the runbooks of docs/runbooks against a real local stack, so they cannot rot.
#
#   tests/runbooks/run.sh [RUNBOOK.md...]     (default: every runbook, in the order of docs/runbooks/README.md)
#
# Of each runbook it runs the fenced blocks tagged `bash runbook` (the operator's commands) and
# `bash rehearsal` (what creates the situation, or stands in for a fix made by hand), in document order,
# in one bash with `set -euo pipefail`, after `source infra/local/shell.sh`. A runbook passes when every
# command succeeds: the runbooks check their own outcome. One line per runbook, then
# "runbooks: N passed, N failed"; exit status 1 when one failed. Logs: $ORCH_DATA_DIR/runbooks/*.log.
#
# The stack is the one the infra/local knobs name (test.sh's when it calls this script). The runbooks
# get a fresh vhost and database `runbooks`, their own artifact store and state file, services on HTTP
# ports from ORCH_SERVICES_PORT (default: AMQP port + 1000), and a copy of gates/ whose back-offs are
# 200 ms, so retries take no minutes. The last runbook stops the stack.
set -euo pipefail
cd "$(dirname "$0")/../.."

export ORCH_RABBITMQ_VHOST=runbooks ORCH_POSTGRES_DB=runbooks
SELF=runbooks
source infra/local/env.sh
source infra/local/lib.sh
export ORCH_SERVICES_PORT=${ORCH_SERVICES_PORT:-$((ORCH_RABBITMQ_PORT + 1000))}
work=$ORCH_DATA_DIR/runbooks
export Artifacts__Root=$work/artifacts StateWriter__Path=$work/state/workflow_state.json Definitions__Path=$work/gates
index=docs/runbooks/README.md

# The runbooks the index links to, in its order: "[title](file.md)".
indexed() { grep -o '](\([a-z0-9-]*\.md\))' "$index" | sed 's/^](//; s/)$//' | awk '!seen[$0]++'; }

# The blocks to run, each introduced by a comment naming its place in the runbook.
blocks() {
    awk -v file="$1" '
        /^```bash (runbook|rehearsal)[[:space:]]*$/ { on = 1; printf "# %s:%d\n", file, NR; next }
        on && /^```[[:space:]]*$/ { on = 0; print ""; next }
        on' "$1"
}

# Every shell block must run: an untagged one would rot unseen.
check_tags() {
    local file=$1 untagged
    untagged=$(grep -nE '^```(bash|sh|shell)[[:space:]]*$' "$file" | cut -d: -f1 | tr '\n' ' ')
    [[ -z $untagged ]] || { echo "$file: untagged shell block(s) at line(s) $untagged; tag them \`bash runbook\` or \`bash rehearsal\`"; return 1; }
    grep -q '^```bash runbook' "$file" || { echo "$file: no \`bash runbook\` block"; return 1; }
}

fresh_stack() {
    command -v jq >/dev/null 2>&1 || apt_install jq
    [[ -f services/Orchestrator.Cli/bin/Debug/net10.0/orchestratorctl.dll ]] || die "build first: dotnet build Orchestrator.sln"
    infra/local/services.sh stop >/dev/null
    infra/local/stack.sh up >/dev/null
    (
        source infra/local/shell.sh
        rabbitmqctl -q delete_vhost "$ORCH_RABBITMQ_VHOST" 2>/dev/null || true
        # The service and role users too, so stack.sh up brings them back with their default passwords.
        rabbitmqctl -q list_users --no-table-headers | cut -f1 | grep -E '^(gates|state-writer|operator|role-.+)$' |
            while read -r user; do rabbitmqctl -q delete_user "$user" >/dev/null; done
        PGPASSWORD=$ORCH_POSTGRES_PASSWORD dropdb --if-exists -h 127.0.0.1 -p "$ORCH_POSTGRES_PORT" -U "$ORCH_POSTGRES_USER" "$ORCH_POSTGRES_DB"
    )
    infra/local/stack.sh up >/dev/null # creates them again
    rm -rf "$work"
    mkdir -p "$Definitions__Path"
    for file in gates/*.yaml; do
        sed -E 's/backoff: \{[^}]*\}/backoff: { initial: 200ms, multiplier: 1, max: 200ms }/' "$file" >"$Definitions__Path/${file##*/}"
    done
}

run_one() {
    local file=$1 name log started
    name=$(basename "$file" .md)
    log=$work/$name.log
    started=$SECONDS
    if check_tags "$file" >"$log" && {
        printf 'set -euo pipefail\nsource infra/local/shell.sh\nPS4="+ \\${EPOCHREALTIME%%%%????} "\nset -x\n'
        blocks "$file"
    } >"$work/$name.sh" && timeout 300 bash "$work/$name.sh" >>"$log" 2>&1 </dev/null; then
        printf 'PASS  %-28s %4ss\n' "$name" $((SECONDS - started))
        return 0
    fi
    printf 'FAIL  %-28s %4ss  (log: %s)\n' "$name" $((SECONDS - started)) "$log"
    tail -n 25 "$log" | sed 's/^/      | /'
    return 1
}

if (($#)); then runbooks=("$@"); else mapfile -t runbooks < <(indexed | sed 's|^|docs/runbooks/|'); fi
for file in docs/runbooks/*.md; do
    [[ $file == "$index" ]] || indexed | grep -qxF "${file##*/}" || die "$file is not linked from $index"
done
fresh_stack
trap 'infra/local/services.sh stop >/dev/null 2>&1 || true' EXIT
passed=0 failed=0
for file in "${runbooks[@]}"; do
    if run_one "$file"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "runbooks: $passed passed, $failed failed"
((failed == 0))
