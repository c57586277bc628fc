#!/usr/bin/env bash
# Measures what a pipeline step costs against the floor of the broker and the database on this machine
# (bench/Orchestrator.Benchmarks): starts a private RabbitMQ and PostgreSQL (data under .local/bench, ports below),
# builds in Release, starts the orchestrator, runs the benchmark, stops everything. Results: bench/results/latest.md
# and latest.json. Knobs: ORCH_BENCH_ROUNDS (3), ORCH_BENCH_OPERATIONS per part and round (200),
# ORCH_BENCH_WARMUP_SECONDS for the step (60), ORCH_BENCH_MAX_ROWS for the scaling curve (1000000),
# ORCH_BENCH_CONCURRENCY (16), ports ORCH_BENCH_RABBITMQ_PORT (5676) and ORCH_BENCH_POSTGRES_PORT (5436).
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

say() { printf '\n==> %s\n' "$*"; }

export ORCH_DATA_DIR="$root/.local/bench"
export ORCH_RABBITMQ_PORT="${ORCH_BENCH_RABBITMQ_PORT:-5676}"
export ORCH_RABBITMQ_MGMT_PORT=$((ORCH_RABBITMQ_PORT + 10000))
export ORCH_RABBITMQ_DIST_PORT=$((ORCH_RABBITMQ_PORT + 20000)) ORCH_RABBITMQ_EPMD_PORT=$((ORCH_RABBITMQ_PORT - 1300))
export ORCH_POSTGRES_PORT="${ORCH_BENCH_POSTGRES_PORT:-5436}"
export ORCH_SERVICES_PORT=$((ORCH_RABBITMQ_PORT + 1000)) ORCH_BUILD_CONFIGURATION=Release

say "Starting a private RabbitMQ and PostgreSQL for the benchmark, from empty data"
infra/local/stack.sh purge >/dev/null
infra/local/stack.sh up
trap 'say "Stopping"; infra/local/services.sh stop || true; infra/local/stack.sh down || true' EXIT
source infra/local/env.sh

say "Building in Release"
dotnet build Orchestrator.sln -c Release --nologo -v quiet -clp:NoSummary

say "Starting the orchestrator (the benchmark plays product_owner_ai and planning_ai itself)"
infra/local/services.sh start orchestrator

say "Measuring"
ORCH_BENCH_RABBITMQ="$ORCH_RABBITMQ_URL" ORCH_BENCH_POSTGRES="$ORCH_POSTGRES_CONNECTION_STRING" \
ORCH_BENCH_ARTIFACTS="$ORCH_DATA_DIR/artifacts" ORCH_BENCH_SERVICES_DIR="$ORCH_DATA_DIR/services" \
ORCH_BENCH_SERVICES_SCRIPT="$root/infra/local/services.sh" \
ORCH_BENCH_POSTGRES_PID_FILE="$ORCH_DATA_DIR/postgres/data/postmaster.pid" ORCH_BENCH_RABBITMQ_PID_FILE="$ORCH_DATA_DIR/rabbitmq/rabbitmq.pid" \
ORCH_BENCH_OUTPUT="$root/bench/results" \
  dotnet bench/Orchestrator.Benchmarks/bin/Release/net10.0/orchestrator-bench.dll
