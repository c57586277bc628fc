#!/usr/bin/env bash
# infra/local/node.sh -- makes sure Node.js and npm are there and installs the example Node.js agent's
# locked dependencies (examples/node-agent), which the integration tests run as an outside agent.
set -euo pipefail
SELF=node.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v node >/dev/null 2>&1 || apt_install nodejs
command -v npm >/dev/null 2>&1 || apt_install npm
agent="$ORCH_REPO_ROOT/examples/node-agent"
if [[ ! -d $agent/node_modules/amqplib ]]; then
    log "installing the Node.js agent's dependencies (npm ci in examples/node-agent)"
    (cd "$agent" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "Node.js $(node --version) ready; examples/node-agent installed"
