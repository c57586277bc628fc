#!/usr/bin/env bash
# Builds the solution and runs every test, unit and integration, against a real RabbitMQ and PostgreSQL.
# The servers are private to the test run (data under .local/test, ports below) and stopped at the end.
# Then every runbook of docs/runbooks, executed by tests/runbooks/run.sh (each counts as one test).
# Last line: "tests: N passed, N failed, N skipped". Exit status non-zero on any failure or when no test ran.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

say() { printf '\n==> %s\n' "$*"; }

export ORCH_DATA_DIR="$root/.local/test"
export ORCH_RABBITMQ_PORT="${ORCH_TEST_RABBITMQ_PORT:-5674}"
export ORCH_RABBITMQ_MGMT_PORT="${ORCH_TEST_RABBITMQ_MGMT_PORT:-15674}"
export ORCH_RABBITMQ_DIST_PORT="${ORCH_TEST_RABBITMQ_DIST_PORT:-25674}"
export ORCH_RABBITMQ_EPMD_PORT="${ORCH_TEST_RABBITMQ_EPMD_PORT:-4374}"
export ORCH_POSTGRES_PORT="${ORCH_TEST_POSTGRES_PORT:-5434}"

say "Starting a private RabbitMQ and PostgreSQL for the tests (installs them when missing)"
infra/local/stack.sh up
trap 'say "Stopping the test servers"; infra/local/stack.sh down || true' EXIT

say "Node.js for the example agent the tests run as an outside role (installs it when missing)"
infra/local/node.sh

export ORCH_TEST_RABBITMQ="amqp://orchestrator:orchestrator@127.0.0.1:$ORCH_RABBITMQ_PORT"
export ORCH_TEST_RABBITMQ_MANAGEMENT_PORT="$ORCH_RABBITMQ_MGMT_PORT"
export ORCH_TEST_DATA_DIR="$ORCH_DATA_DIR"
export ORCH_TEST_POSTGRES="Host=127.0.0.1;Port=$ORCH_POSTGRES_PORT;Username=orchestrator;Password=orchestrator;Database=orchestrator"

say "Building Orchestrator.sln (warnings are errors)"
dotnet build Orchestrator.sln --nologo -v quiet -clp:NoSummary

results="$root/.local/test-results"
rm -rf "$results"
say "Running the tests"
status=0
dotnet test Orchestrator.sln --no-build --nologo --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" || status=$?

say "Running the runbooks (docs/runbooks) against the test stack"
tests/runbooks/run.sh | tee "$results/runbooks.txt" || status=$?

read -r passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' |
    sed -E 's/.* passed="([0-9]+)".* failed="([0-9]+)".* notExecuted="([0-9]+)".*/\1 \2 \3/' |
    awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}'
)
read -r runbooks_passed runbooks_failed < <(
  sed -nE 's/^runbooks: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$results/runbooks.txt" | grep . || echo "0 1"
)
passed=$((passed + runbooks_passed)) failed=$((failed + runbooks_failed))
if [ "$failed" -gt 0 ]; then
  # The names of what failed, last, where a log tail shows them: each test with the first line of its error.
  echo
  echo "failed:"
  python3 - "$results" <<'PY' || true
import glob, re, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for trx in glob.glob(sys.argv[1] + "/*.trx"):
    for result in ET.parse(trx).getroot().iterfind(".//t:UnitTestResult[@outcome='Failed']", ns):
        message = (result.findtext(".//t:Message", default="", namespaces=ns).strip().splitlines() or [""])[0]
        print(f"  {result.get('testName')}: {message[:300]}")
PY
  sed -n 's/^FAIL  /  runbook /p' "$results/runbooks.txt"
fi
echo
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran (see the output above)"
  status=1
fi
[ "$failed" -gt 0 ] && status=1
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
