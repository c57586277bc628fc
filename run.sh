#!/usr/bin/env bash
# Runs the whole system on this machine: a private RabbitMQ and PostgreSQL (installed when missing, data
# under .local/), every service, and one run of the default pipeline with scripted agents, shown live.
# Exits 0 when the run completed. --keep leaves everything running for the management UI and orchestratorctl.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
keep=false
[ "${1:-}" = "--keep" ] && keep=true

say() { printf '\n==> %s\n' "$*"; }
source infra/local/env.sh

say "Starting RabbitMQ and PostgreSQL (data under .local/)"
infra/local/stack.sh up

say "Building"
dotnet build Orchestrator.sln --nologo -v quiet -clp:NoSummary

export RabbitMq__Host=127.0.0.1 RabbitMq__Port="$ORCH_RABBITMQ_PORT" RabbitMq__VirtualHost="$ORCH_RABBITMQ_VHOST"
export RabbitMq__Username="$ORCH_RABBITMQ_USER" RabbitMq__Password="$ORCH_RABBITMQ_PASSWORD"
export ConnectionStrings__Orchestrator="$ORCH_POSTGRES_CONNECTION_STRING"
export Definitions__Path="$root/gates" Artifacts__Root="$ORCH_DATA_DIR/artifacts"
export StateWriter__Path="$ORCH_DATA_DIR/state/workflow_state.json"
export DOTNET_ENVIRONMENT=Development

logs="$ORCH_DATA_DIR/logs"
mkdir -p "$logs"
pids=()
stop_services() {
  [ ${#pids[@]} -eq 0 ] && return
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
}

start() { # name port project [args...]
  local name=$1 port=$2 project=$3
  shift 3
  ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "services/$project/bin/Debug/net10.0/$project.dll" "$@" >"$logs/$name.log" 2>&1 &
  pids+=($!)
  printf '    %-26s http://127.0.0.1:%s/health/ready  log: .local/logs/%s.log\n' "$name" "$port" "$name"
}

wait_ready() { # name port
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$2/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "run.sh: $1 did not become ready; the end of its log:" >&2
  tail -n 30 "$logs/$1.log" >&2
  return 1
}

say "Starting the services"
start orchestrator 5080 Orchestrator.Service
start gates 5081 Orchestrator.Gates
start state-writer 5082 Orchestrator.StateWriter
port=5090
roles=(product_owner_ai planning_ai auditor_ai principal_engineer_ai codegen_ai qa_ai mlops_ai documentation_ai analyst_ai observability_ai)
for role in "${roles[@]}"; do
  start "role-$role" $port Orchestrator.RoleAdapter --role "$role"
  port=$((port + 1))
done
$keep || trap 'say "Stopping the services and servers"; stop_services; infra/local/stack.sh down' EXIT
wait_ready orchestrator 5080
wait_ready gates 5081
wait_ready state-writer 5082
port=5090
for role in "${roles[@]}"; do wait_ready "role-$role" $port; port=$((port + 1)); done

say "Running the default pipeline (gates/pipeline.yaml) with scripted agents"
ctl=(dotnet services/Orchestrator.Cli/bin/Debug/net10.0/orchestratorctl.dll)
status=0
"${ctl[@]}" run --watch || status=$?

say "Result"
echo "    workflow_state.json:  $StateWriter__Path"
echo "    management UI:        $ORCH_RABBITMQ_MGMT_URL (user $ORCH_RABBITMQ_USER)"
echo "    service logs:         .local/logs/"
if $keep; then
  echo "    still running (--keep); stop with: kill ${pids[*]}; infra/local/stack.sh down"
fi
exit "$status"
