#!/usr/bin/env bash
# Runs the whole system on this machine: a private RabbitMQ and PostgreSQL (installed when missing, data
# under .local/), every service, and one run of the default pipeline with scripted agents, shown live.
# Exits 0 when the run completed. --keep leaves everything running for the management UI and orchestratorctl.
set -euo pipefail
cd "$(dirname "$0")"
keep=false
[ "${1:-}" = "--keep" ] && keep=true

say() { printf '\n==> %s\n' "$*"; }
source infra/local/env.sh

say "Starting RabbitMQ and PostgreSQL (data under .local/)"
infra/local/stack.sh up

say "Building"
dotnet build Orchestrator.sln --nologo -v quiet -clp:NoSummary

say "Starting the services (logs in .local/logs/)"
$keep || trap 'say "Stopping the services and servers"; infra/local/services.sh stop; infra/local/stack.sh down' EXIT
infra/local/services.sh start

say "Running the default pipeline (gates/pipeline.yaml) with scripted agents"
source infra/local/shell.sh
status=0
orchestratorctl run --watch || status=$?

say "Result"
echo "    workflow_state.json:  $StateWriter__Path"
echo "    management UI:        $ORCH_RABBITMQ_MGMT_URL (user $ORCH_RABBITMQ_USER)"
echo "    service logs:         .local/logs/"
if $keep; then
  echo "    still running (--keep): source infra/local/shell.sh for orchestratorctl, rabbitmqadmin, psql (docs/runbooks)"
  echo "    stop with: infra/local/services.sh stop; infra/local/stack.sh down"
fi
exit "$status"
