#!/usr/bin/env bash
# infra/local/postgres.sh up|down|status|purge
#
# A private PostgreSQL cluster for development and tests, under "$ORCH_DATA_DIR/postgres":
#   data/          the cluster (PGDATA)
#   run/           its unix socket
#   postgres.log   the server log
# It listens on 127.0.0.1:$ORCH_POSTGRES_PORT only. As root the server runs as the
# 'postgres' system user (or 'orchestrator-pg', created when 'postgres' does not exist),
# because initdb/postgres refuse to run as root; otherwise it runs as the invoking user.
# Knobs: see env.sh/README.md.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

SELF=postgres.sh
HERE="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source=env.sh
source "$HERE/env.sh"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

START_TIMEOUT=${ORCH_START_TIMEOUT:-60}
LINK=$ORCH_DATA_DIR/postgres
# As root, when the service user cannot reach $LINK, the cluster lives here instead and
# $LINK is a symlink to it.
RELOCATE_ROOT=/var/tmp/orchestrator-pg

usage() {
    cat <<EOF
usage: $SELF up|down|status|purge
  up      install PostgreSQL if missing, init + start the private cluster, create the
          role and database (idempotent)
  down    stop the cluster (pg_ctl stop -m fast; success when it is not running)
  status  print running/stopped; exit 0 when running, 3 when stopped
  purge   down, then delete the cluster's files
EOF
}

validate() {
    check_port_value ORCH_POSTGRES_PORT "$ORCH_POSTGRES_PORT"
    [[ -n $ORCH_POSTGRES_USER && -n $ORCH_POSTGRES_PASSWORD && -n $ORCH_POSTGRES_DB ]] ||
        die "ORCH_POSTGRES_USER, ORCH_POSTGRES_PASSWORD and ORCH_POSTGRES_DB must not be empty"
    [[ $START_TIMEOUT =~ ^[0-9]+$ ]] || die "ORCH_START_TIMEOUT=$START_TIMEOUT is not a number of seconds"
}

# --- binaries --------------------------------------------------------------------------
BINDIR=
find_bindir() {
    local d candidates=()
    [[ -n ${ORCH_POSTGRES_BINDIR:-} ]] && candidates+=("$ORCH_POSTGRES_BINDIR")
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir 2>/dev/null || true)
        [[ -n $d ]] && candidates+=("$d")
    fi
    # Debian/Ubuntu layout, newest major first. (pg_config comes from libpq-dev and may
    # name a version whose server is not installed.)
    while IFS= read -r d; do candidates+=("$d"); done < <(
        compgen -G '/usr/lib/postgresql/*/bin' | sort -t/ -k4,4 -rn || true
    )
    for d in "${candidates[@]}"; do
        if [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres && -x $d/psql ]]; then
            BINDIR=$d
            return 0
        fi
    done
    return 1
}

ensure_installed() {
    find_bindir && return 0
    apt_install postgresql
    find_bindir || die "postgresql was installed but initdb/pg_ctl were not found under /usr/lib/postgresql/*/bin; set ORCH_POSTGRES_BINDIR"
    # The Debian package creates and starts its own cluster ('main', usually on 5432). We
    # leave it alone; ours is a separate cluster on ORCH_POSTGRES_PORT.
}

# --- who runs the server -----------------------------------------------------------------
RUN_USER=
pick_run_user() {
    if ! is_root; then
        RUN_USER=$(id -un)
        return 0
    fi
    if id -u postgres >/dev/null 2>&1; then
        RUN_USER=postgres
    else
        RUN_USER=orchestrator-pg
        if ! id -u "$RUN_USER" >/dev/null 2>&1; then
            log "creating system user $RUN_USER to run PostgreSQL (it refuses to run as root)"
            useradd --system --no-create-home --home-dir /nonexistent \
                --shell /usr/sbin/nologin "$RUN_USER" ||
                die "could not create user $RUN_USER; create a non-root user for PostgreSQL and re-run"
        fi
    fi
}

# as_pg CMD...: run CMD as the server's user, from a directory it can enter.
as_pg() {
    if is_root; then
        (cd / && runuser -u "$RUN_USER" -- "$@")
    else
        (cd / && "$@")
    fi
}

# --- where the cluster lives ---------------------------------------------------------------
BASE='' DATA='' SOCK_DIR='' LOG_FILE=''
set_paths() {
    BASE=$1
    DATA=$BASE/data
    SOCK_DIR=$BASE/run
    LOG_FILE=$BASE/postgres.log
}

# locate: sets the paths of an existing cluster (following a relocation symlink).
locate() {
    if [[ -L $LINK ]]; then
        set_paths "$(readlink -f -- "$LINK")"
    else
        set_paths "$LINK"
    fi
}

# usable_base DIR: the server user can reach DIR's parent and the socket path fits.
usable_base() {
    local dir=$1 sock
    sock="$dir/run/.s.PGSQL.$ORCH_POSTGRES_PORT"
    ((${#sock} <= 100)) || return 1 # unix socket paths are limited to 107 bytes
    if is_root; then
        runuser -u "$RUN_USER" -- test -x "$(dirname -- "$dir")" 2>/dev/null || return 1
    fi
}

# dedicated_data_dir: ORCH_DATA_DIR is ours (owned by us, holds nothing but our stack).
dedicated_data_dir() {
    local entry
    [[ -O $ORCH_DATA_DIR ]] || return 1
    for entry in "$ORCH_DATA_DIR"/* "$ORCH_DATA_DIR"/.[!.]*; do
        [[ -e $entry || -L $entry ]] || continue
        case ${entry##*/} in rabbitmq | postgres | .rabbitmq.lock | .postgres.lock) ;; *) return 1 ;; esac
    done
}

# prepare_base: creates the cluster directory (or its relocated home) owned by RUN_USER.
prepare_base() {
    mkdir -p -- "$ORCH_DATA_DIR"
    locate
    if [[ ! -e $LINK ]] && ! usable_base "$LINK" && is_root && dedicated_data_dir &&
        runuser -u "$RUN_USER" -- test -x "$(dirname -- "$ORCH_DATA_DIR")" 2>/dev/null; then
        # Typically a `mktemp -d` directory (mode 700): let the server user traverse it
        # (search only, no listing); everything inside keeps its own permissions.
        chmod o+x -- "$ORCH_DATA_DIR"
        log "note: made $ORCH_DATA_DIR traversable (o+x) so that $RUN_USER can reach the cluster"
    fi
    if [[ ! -e $LINK ]] && ! usable_base "$LINK"; then
        local key root=$RELOCATE_ROOT
        is_root || root=$RELOCATE_ROOT-$(id -u)
        key=$(printf '%s' "$LINK" | sha256sum | cut -c1-12)
        mkdir -p -- "$root"
        if is_root; then chmod 755 "$root"; else chmod 700 "$root"; fi
        set_paths "$root/$key"
        usable_base "$BASE" || die "cannot find a directory for the cluster that $RUN_USER can reach; set ORCH_DATA_DIR to one"
        ln -sfn -- "$BASE" "$LINK"
        log "note: $RUN_USER cannot reach $ORCH_DATA_DIR (or the socket path is too long), so the cluster lives in $BASE ($LINK links to it; '$SELF purge' deletes both)"
    fi
    mkdir -p -- "$BASE" "$SOCK_DIR"
    chmod 700 "$BASE"
    if is_root; then
        chown -- "$RUN_USER:" "$BASE" "$SOCK_DIR"
        runuser -u "$RUN_USER" -- test -w "$BASE" ||
            die "$RUN_USER cannot write to $BASE; set ORCH_DATA_DIR to a directory it can reach"
    fi
}

# --- server state ------------------------------------------------------------------------
# running: pg_ctl status says the postmaster for our data dir is alive.
running() {
    [[ -f $DATA/PG_VERSION ]] || return 1
    as_pg "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

# running_port: the port the running server was started with (postmaster.pid line 4).
running_port() { sed -n 4p "$DATA/postmaster.pid" 2>/dev/null || true; }

init_cluster() {
    local major
    if [[ -f $DATA/PG_VERSION ]]; then
        major=$(<"$DATA/PG_VERSION")
        [[ $BINDIR == */"$major"/bin || $("$BINDIR/pg_ctl" --version) == *" $major."* ]] ||
            die "the cluster in $DATA was created by PostgreSQL $major but $BINDIR is another version; set ORCH_POSTGRES_BINDIR=/usr/lib/postgresql/$major/bin or run '$SELF purge'"
        return 0
    fi
    if [[ -d $DATA ]] && [[ -n $(ls -A -- "$DATA") ]]; then
        die "$DATA exists but holds no cluster (an interrupted initdb?); run '$SELF purge' and retry"
    fi
    log "creating the cluster in $DATA"
    as_pg "$BINDIR/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256 >"$BASE/initdb.log" 2>&1 || {
        tail -n 20 "$BASE/initdb.log" >&2
        die "initdb failed (full output in $BASE/initdb.log)"
    }
    # Our settings go in their own file, rewritten on every up (so port changes apply).
    printf "\n# Added by %s\ninclude_if_exists = 'orchestrator.conf'\n" "$SELF" |
        as_pg tee -a "$DATA/postgresql.conf" >/dev/null
}

write_conf() {
    as_pg tee "$DATA/orchestrator.conf" >/dev/null <<EOF
# Written by $SELF on every 'up'; edit infra/local/postgres.sh instead.
port = $ORCH_POSTGRES_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$SOCK_DIR'
max_connections = 300
shared_buffers = 128MB
password_encryption = 'scram-sha-256'
EOF
}

start_server() {
    local started
    log "starting PostgreSQL on 127.0.0.1:$ORCH_POSTGRES_PORT (data: $DATA)"
    started=$(now_s)
    if ! as_pg "$BINDIR/pg_ctl" -D "$DATA" -l "$LOG_FILE" -w -t "$START_TIMEOUT" start >/dev/null 2>&1; then
        printf '%s: --- last lines of %s ---\n' "$SELF" "$LOG_FILE" >&2
        tail -n 25 "$LOG_FILE" >&2 || true
        die "PostgreSQL did not start within ${START_TIMEOUT}s (log: $LOG_FILE)"
    fi
    log "PostgreSQL is up ($(($(now_s) - started))s)"
}

# psql_super ARGS...: psql as the bootstrap superuser over our unix socket.
psql_super() {
    as_pg "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK_DIR" -p "$(running_port)" \
        -U postgres -d postgres "$@"
}

provision() {
    # Idempotent: create when missing, then make role/database match the knobs.
    psql_super -v "u=$ORCH_POSTGRES_USER" -v "pw=$ORCH_POSTGRES_PASSWORD" -v "db=$ORCH_POSTGRES_DB" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'u')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'u', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'u')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'u') \gexec
SQL
    # The runtime role: data access only, as in infra/postgres (the orchestrator migrates as the owner above).
    psql_super -v "u=$ORCH_POSTGRES_USER" -v "app=$ORCH_POSTGRES_APP_USER" -v "pw=$ORCH_POSTGRES_APP_PASSWORD" \
        -v "db=$ORCH_POSTGRES_DB" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I LOGIN NOCREATEDB PASSWORD %L', :'app', :'pw') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'db', :'app') \gexec
\connect :"db"
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', :'u', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', :'u', :'app') \gexec
SQL
    log "role '$ORCH_POSTGRES_USER' (owner), runtime role '$ORCH_POSTGRES_APP_USER' and database '$ORCH_POSTGRES_DB' are in place"
}

print_conn() {
    log "connection string: $ORCH_POSTGRES_CONNECTION_STRING"
    log "psql:              psql \"$ORCH_POSTGRES_URL\""
}

cmd_up() {
    validate
    ensure_installed
    pick_run_user
    prepare_base
    init_cluster
    if running; then
        local port
        port=$(running_port)
        [[ $port == "$ORCH_POSTGRES_PORT" ]] ||
            die "the cluster in $DATA is already running on port $port, not $ORCH_POSTGRES_PORT; run '$SELF down' first"
        log "PostgreSQL is already running on 127.0.0.1:$port"
        write_conf
    else
        require_free_port ORCH_POSTGRES_PORT "$ORCH_POSTGRES_PORT"
        write_conf
        start_server
    fi
    provision
    print_conn
}

cmd_down() {
    validate
    locate
    if [[ ! -f $DATA/PG_VERSION ]] || ! find_bindir; then
        log "PostgreSQL is not running (no cluster in $DATA)"
        return 0
    fi
    pick_run_user
    if ! running; then
        log "PostgreSQL is not running"
        return 0
    fi
    log "stopping PostgreSQL (data: $DATA)"
    as_pg "$BINDIR/pg_ctl" -D "$DATA" -m fast -w -t "$START_TIMEOUT" stop >/dev/null ||
        die "pg_ctl stop failed (log: $LOG_FILE)"
    log "PostgreSQL stopped"
}

cmd_status() {
    validate
    locate
    if [[ -f $DATA/PG_VERSION ]] && find_bindir && pick_run_user && running; then
        ORCH_POSTGRES_PORT=$(running_port)
        # shellcheck source=env.sh
        source "$HERE/env.sh" # the connection string of the running server
        log "running (127.0.0.1:$(running_port), pid $(sed -n 1p "$DATA/postmaster.pid"), data $DATA)"
        print_conn
        return 0
    fi
    log "stopped (data $DATA)"
    return 3
}

cmd_purge() {
    cmd_down
    locate
    if [[ -L $LINK ]]; then
        rm -rf -- "$BASE"
        rm -f -- "$LINK"
        log "deleted $BASE and $LINK"
    elif [[ -e $LINK ]]; then
        rm -rf -- "$LINK"
        log "deleted $LINK"
    fi
}

case ${1:-} in
    up | down | purge) serialize "$ORCH_DATA_DIR/.postgres.lock" "$HERE/$SELF" "$@" ;;
esac
case ${1:-} in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    purge) cmd_purge ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
