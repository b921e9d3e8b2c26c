# Functions behind ./confidant. Sourced, not run. Each step prints what it does; each is idempotent.
# shellcheck shell=bash

LAUNCHER_DIR="$CONFIDANT_ROOT/ear/src/main/launcher"
EAR_TARGET="$CONFIDANT_ROOT/ear/target"
INSTANCE_TEMPLATE="$CONFIDANT_ROOT/ear/src/main/server/secure-instance.cli.template"

# ---------------------------------------------------------------------------------------------- output ---

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() {
  printf '\033[31mconfidant: %s\033[0m\n' "$*" >&2
  exit 1
}

# Waits for a condition, printing a dot every few seconds so a long wait never looks like a hang.
wait_for() {
  local what=$1 timeout=$2
  shift 2
  local started=$SECONDS
  until "$@" > /dev/null 2>&1; do
    if ((SECONDS - started > timeout)); then
      printf '\n'
      return 1
    fi
    printf '.'
    sleep 2
  done
  printf ' %s ready after %ss\n' "$what" $((SECONDS - started))
}

# -------------------------------------------------------------------------------------------- settings ---

load_settings() {
  local config=${CONFIDANT_CONFIG:-$CONFIDANT_ROOT/confidant.conf}
  if [[ -f "$config" ]]; then
    set -a
    # shellcheck disable=SC1090
    source "$config"
    set +a
  fi
  export CONFIDANT_HOME=${CONFIDANT_HOME:-$CONFIDANT_ROOT/.confidant}
  export CONFIDANT_SECRETS_DIR=${CONFIDANT_SECRETS_DIR:-$CONFIDANT_HOME/secrets}
  export CONFIDANT_PORT_OFFSET=${CONFIDANT_PORT_OFFSET:-0}
  HTTPS_PORT=$((8443 + CONFIDANT_PORT_OFFSET))
  MANAGEMENT_PORT=$((9990 + CONFIDANT_PORT_OFFSET))
  export CONFIDANT_PUBLIC_URL=${CONFIDANT_PUBLIC_URL:-https://localhost:$HTTPS_PORT}
  export CONFIDANT_TLS_KEYSTORE=${CONFIDANT_TLS_KEYSTORE:-$CONFIDANT_SECRETS_DIR/tls.p12}

  # PostgreSQL: managed here unless CONFIDANT_DB_HOST names an external server.
  if [[ -n "${CONFIDANT_DB_HOST:-}" ]]; then MANAGED_DB=false; else MANAGED_DB=true; fi
  export CONFIDANT_DB_HOST=${CONFIDANT_DB_HOST:-127.0.0.1}
  export CONFIDANT_DB_PORT=${CONFIDANT_DB_PORT:-5433}
  export CONFIDANT_DB_NAME=${CONFIDANT_DB_NAME:-confidant}
  export CONFIDANT_DB_USER=${CONFIDANT_DB_USER:-confidant}

  # Keycloak: managed here unless CONFIDANT_KEYCLOAK_URL names an external server.
  if [[ -n "${CONFIDANT_KEYCLOAK_URL:-}" ]]; then MANAGED_KEYCLOAK=false; else MANAGED_KEYCLOAK=true; fi
  KEYCLOAK_PORT=${CONFIDANT_KEYCLOAK_PORT:-8180}
  export CONFIDANT_KEYCLOAK_URL=${CONFIDANT_KEYCLOAK_URL:-http://localhost:$KEYCLOAK_PORT}
  export CONFIDANT_OIDC_PROVIDER_URL=${CONFIDANT_OIDC_PROVIDER_URL:-$CONFIDANT_KEYCLOAK_URL/realms/confidant}

  # SIP (Kamailio, docs/sip.md): started here when enabled; ports on loopback unless CONFIDANT_SIP_ADDR says otherwise.
  export CONFIDANT_SIP_ENABLED=${CONFIDANT_SIP_ENABLED:-false}
  export CONFIDANT_SIP_ADDR=${CONFIDANT_SIP_ADDR:-127.0.0.1}
  export CONFIDANT_SIP_PORT=${CONFIDANT_SIP_PORT:-$((5070 + CONFIDANT_PORT_OFFSET))}
  export CONFIDANT_SIP_RPC_PORT=${CONFIDANT_SIP_RPC_PORT:-$((5071 + CONFIDANT_PORT_OFFSET))}
  export CONFIDANT_SIP_EVAPI=${CONFIDANT_SIP_EVAPI:-127.0.0.1:$((5072 + CONFIDANT_PORT_OFFSET))}

  PGDATA_DIR="$CONFIDANT_HOME/postgres"
  KEYCLOAK_HOME="$CONFIDANT_HOME/keycloak"
  INSTANCE_DIR="$CONFIDANT_HOME/wildfly"
  WILDFLY_HOME="$EAR_TARGET/wildfly"
  RUN_DIR="$CONFIDANT_HOME/run"
  KAMAILIO_DIR="$CONFIDANT_HOME/kamailio"
  mkdir -p "$CONFIDANT_HOME" "$RUN_DIR"
}

# ----------------------------------------------------------------------------------------- prerequisites ---

require_java() {
  command -v java > /dev/null || die "a JDK 17 or newer is needed: install openjdk-17-jdk (Debian/Ubuntu) and retry"
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  ((${major%%.*} >= 17)) || die "Java $major found; Confidant needs 17 or newer"
}

as_root() { if ((EUID == 0)); then "$@"; else die "needs root to run: $* (or install it yourself and retry)"; fi; }

apt_install() {
  step "Installing $* with apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" > "$CONFIDANT_HOME/apt.log" 2>&1 ||
    { as_root apt-get update -q > /dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >> "$CONFIDANT_HOME/apt.log" 2>&1; } ||
    die "apt-get install $* failed; see $CONFIDANT_HOME/apt.log"
}

postgres_bin() { find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2> /dev/null | sort -V | tail -n 1; }

require_postgres_binaries() {
  [[ -n "$(postgres_bin)" ]] && return
  ((EUID == 0)) || die "PostgreSQL is not installed. Run: sudo apt-get install postgresql   (or set CONFIDANT_DB_HOST to use an existing server)"
  apt_install postgresql
  [[ -n "$(postgres_bin)" ]] || die "PostgreSQL installed but no server binaries found under /usr/lib/postgresql"
}

# PostgreSQL refuses to run as root: when we are root, its processes run as the 'postgres' system user.
as_pg() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }

# ---------------------------------------------------------------------------------------------- secrets ---

random_secret() { head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "${1:-32}"; }

# Reads a secret from the secrets directory, creating it (random) on first use.
secret() {
  local file="$CONFIDANT_SECRETS_DIR/$1"
  if [[ ! -s "$file" ]]; then
    (umask 077 && random_secret "${2:-32}" > "$file")
  fi
  cat "$file"
}

prepare_secrets_dir() {
  (umask 077 && mkdir -p "$CONFIDANT_SECRETS_DIR")
  chmod 700 "$CONFIDANT_SECRETS_DIR"
}

DEMO_USERS=(demo.agent demo.agent2 demo.supervisor demo.admin demo.auditor)

totp_variable() { local user=${1#demo.}; echo "CONFIDANT_DEMO_TOTP_${user^^}"; }

# Environment for Keycloak's realm import placeholders (${CONFIDANT_...} in the realm and demo user files).
export_realm_secrets() {
  CONFIDANT_OIDC_CLIENT_SECRET=$(secret oidc-client-secret)
  CONFIDANT_TELEPHONY_CLIENT_SECRET=$(secret telephony-client-secret)
  # The server reads this one from its file (secrets directory) to import login events: view-events only.
  CONFIDANT_AUDIT_EVENTS_CLIENT_SECRET=$(secret audit-events-client-secret)
  export CONFIDANT_OIDC_CLIENT_SECRET CONFIDANT_TELEPHONY_CLIENT_SECRET CONFIDANT_AUDIT_EVENTS_CLIENT_SECRET
  if [[ "${CONFIDANT_DEMO_DATA:-false}" == true ]]; then
    CONFIDANT_DEMO_PASSWORD=$(secret demo-password 16)
    export CONFIDANT_DEMO_PASSWORD
    local user
    for user in "${DEMO_USERS[@]}"; do
      export "$(totp_variable "$user")=$(secret "totp-$user" 20)"
    done
  fi
}

# ------------------------------------------------------------------------------------------------ build ---

build_is_current() {
  local ear="$EAR_TARGET/confidant.ear"
  [[ -f "$ear" && -f "$WILDFLY_HOME/.confidant-build" ]] || return 1
  [[ -z "$(find "$CONFIDANT_ROOT" -path "$CONFIDANT_HOME" -prune -o -path '*/target' -prune -o -path '*/.git' -prune \
    -o -type f \( -path '*/src/*' -o -name pom.xml \) -newer "$ear" -print -quit)" ]]
}

build() {
  if build_is_current; then
    step "Build is up to date"
    return
  fi
  step "Building (Maven; the first build downloads WildFly, Keycloak and dependencies: several minutes)"
  (cd "$CONFIDANT_ROOT" && ./mvnw -B -q -DskipTests -Dcheckstyle.skip package) || die "build failed (see the Maven output above)"
  info "EAR: $EAR_TARGET/confidant.ear"
}

# ------------------------------------------------------------------------------------------- PostgreSQL ---

postgres_running() { [[ -f "$PGDATA_DIR/postmaster.pid" ]] && as_pg "$(postgres_bin)/pg_ctl" -D "$PGDATA_DIR" status > /dev/null 2>&1; }

psql_admin() { as_pg "$(postgres_bin)/psql" -h "$PGDATA_DIR" -p "$CONFIDANT_DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

init_postgres() {
  [[ -f "$PGDATA_DIR/PG_VERSION" ]] && return
  step "Creating a PostgreSQL cluster in $PGDATA_DIR"
  mkdir -p "$PGDATA_DIR"
  ((EUID == 0)) && chown postgres: "$PGDATA_DIR"
  chmod 700 "$PGDATA_DIR"
  as_pg "$(postgres_bin)/initdb" -D "$PGDATA_DIR" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 > "$CONFIDANT_HOME/initdb.log" 2>&1 ||
    die "initdb failed; see $CONFIDANT_HOME/initdb.log"
  # Local connections only over a socket in the (private) data directory, TCP on loopback only; XA needs
  # prepared transactions.
  as_pg tee -a "$PGDATA_DIR/postgresql.conf" > /dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $CONFIDANT_DB_PORT
unix_socket_directories = '$PGDATA_DIR'
max_prepared_transactions = 64
max_connections = 120
password_encryption = 'scram-sha-256'
CONF
  if ((EUID != 0)); then
    sed -i "s/^local\(.*\)peer/local\1trust/" "$PGDATA_DIR/pg_hba.conf"
  fi
}

start_postgres() {
  [[ "$MANAGED_DB" == true ]] || return 0
  require_postgres_binaries
  init_postgres
  if postgres_running; then
    info "PostgreSQL already running on port $CONFIDANT_DB_PORT"
  else
    step "Starting PostgreSQL on 127.0.0.1:$CONFIDANT_DB_PORT"
    as_pg "$(postgres_bin)/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w -t 60 start > /dev/null ||
      die "PostgreSQL did not start; see $PGDATA_DIR/server.log"
  fi
  ensure_database
}

# The application's role and database, with the role's password from the secrets directory.
ensure_database() {
  local password
  password=$(secret db-password)
  psql_admin <<SQL
SELECT 'CREATE ROLE $CONFIDANT_DB_USER LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$CONFIDANT_DB_USER')\gexec
ALTER ROLE $CONFIDANT_DB_USER WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$password';
SELECT 'CREATE DATABASE $CONFIDANT_DB_NAME OWNER $CONFIDANT_DB_USER' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$CONFIDANT_DB_NAME')\gexec
SQL
}

superuser_sql() {
  [[ "$MANAGED_DB" == true ]] || die "superuser SQL is only for the database this launcher manages"
  as_pg "$(postgres_bin)/psql" -h "$PGDATA_DIR" -p "$CONFIDANT_DB_PORT" -U postgres -d "$CONFIDANT_DB_NAME" \
    -v ON_ERROR_STOP=1 -qAt
}

stop_postgres() {
  [[ "$MANAGED_DB" == true ]] || return 0
  if postgres_running; then
    step "Stopping PostgreSQL"
    as_pg "$(postgres_bin)/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop > /dev/null
  fi
}

# --------------------------------------------------------------------------------------------- Keycloak ---

keycloak_zip() { find "$EAR_TARGET/dist" -name 'keycloak-quarkus-dist-*.zip' 2> /dev/null | head -n 1; }

keycloak_ready() { curl -fs -o /dev/null --max-time 2 "$CONFIDANT_OIDC_PROVIDER_URL/.well-known/openid-configuration"; }

install_keycloak() {
  local zip version
  zip=$(keycloak_zip)
  [[ -n "$zip" ]] || die "Keycloak distribution missing from $EAR_TARGET/dist: run the build first"
  version=$(basename "$zip" .zip)
  [[ -f "$KEYCLOAK_HOME/.version" && "$(cat "$KEYCLOAK_HOME/.version")" == "$version" ]] && return
  step "Unpacking $version"
  rm -rf "$KEYCLOAK_HOME" "$KEYCLOAK_HOME.tmp"
  mkdir -p "$KEYCLOAK_HOME.tmp"
  (cd "$KEYCLOAK_HOME.tmp" && unzip -q "$zip" && local top && top=$(ls) && mv "$top"/* . && rmdir "$top")
  mv "$KEYCLOAK_HOME.tmp" "$KEYCLOAK_HOME"
  echo "$version" > "$KEYCLOAK_HOME/.version"
}

# The realm (and, for a demo, its demo users) as Keycloak imports them at start; existing realms are kept.
stage_realm_import() {
  local import="$KEYCLOAK_HOME/data/import"
  rm -rf "$import"
  mkdir -p "$import"
  cp "$CONFIDANT_ROOT/security-realm/src/main/keycloak/confidant-realm.json" "$import/"
  if [[ "${CONFIDANT_DEMO_DATA:-false}" == true ]]; then
    cp "$CONFIDANT_ROOT/security-realm/src/demo/keycloak/confidant-users-0.json" "$import/"
  fi
}

start_keycloak() {
  [[ "$MANAGED_KEYCLOAK" == true ]] || return 0
  if keycloak_ready; then
    info "Keycloak already running at $CONFIDANT_KEYCLOAK_URL"
    return
  fi
  install_keycloak
  stage_realm_import
  export_realm_secrets
  step "Starting Keycloak on port $KEYCLOAK_PORT (the first start builds it: about a minute)"
  (
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin
    KC_BOOTSTRAP_ADMIN_PASSWORD=$(secret keycloak-admin-password)
    export KC_BOOTSTRAP_ADMIN_PASSWORD
    cd "$KEYCLOAK_HOME"
    nohup bin/kc.sh start-dev --http-port "$KEYCLOAK_PORT" --http-host 127.0.0.1 --import-realm \
      --health-enabled=true > "$KEYCLOAK_HOME/keycloak.log" 2>&1 &
    echo $! > "$RUN_DIR/keycloak.pid"
  )
  wait_for Keycloak 240 keycloak_ready || die "Keycloak did not start; see $KEYCLOAK_HOME/keycloak.log"
}

stop_keycloak() { stop_pid keycloak; }

# -------------------------------------------------------------------------------------------- Kamailio ---

KAMAILIO_PACKAGES=(kamailio kamailio-extra-modules)

require_kamailio() {
  [[ -x /usr/sbin/kamailio && -f /usr/lib/x86_64-linux-gnu/kamailio/modules/evapi.so ]] && return
  ((EUID == 0)) || die "Kamailio is not installed. Run: sudo apt-get install ${KAMAILIO_PACKAGES[*]}   (or set CONFIDANT_SIP_ENABLED=false)"
  apt_install "${KAMAILIO_PACKAGES[@]}"
}

kamailio_running() { [[ -f "$RUN_DIR/kamailio.pid" ]] && kill -0 "$(cat "$RUN_DIR/kamailio.pid")" 2> /dev/null; }

start_kamailio() {
  [[ "$CONFIDANT_SIP_ENABLED" == true ]] || return 0
  require_kamailio
  if kamailio_running; then
    info "Kamailio already running"
    return
  fi
  step "Starting Kamailio (SIP on $CONFIDANT_SIP_ADDR:$CONFIDANT_SIP_PORT UDP/TCP, link on $CONFIDANT_SIP_EVAPI)"
  nohup "$CONFIDANT_ROOT/telephony/kamailio/start.sh" "$KAMAILIO_DIR" > "$CONFIDANT_HOME/kamailio.log" 2>&1 &
  echo $! > "$RUN_DIR/kamailio.pid"
  sleep 1
  kamailio_running || die "Kamailio did not start; see $CONFIDANT_HOME/kamailio.log"
}

stop_kamailio() { stop_pid kamailio; }

# ---------------------------------------------------------------------------------------------- WildFly ---

# A token of the server's secret-key credential store: ${ENC::confidant:<token>} decrypts only with that key.
encrypt() {
  local clear=$1 output
  output=$(printf '%s\n%s\n' "$clear" "$clear" | "$WILDFLY_HOME/bin/elytron-tool.sh" credential-store \
    --location="$CONFIDANT_SECRETS_DIR/confidant-keys.cs" --type PropertiesCredentialStore --encrypt key 2>&1)
  sed -n "s/.*encrypted to token '\([^']*\)'.*/\1/p" <<< "$output"
}

ensure_credential_store() {
  local store="$CONFIDANT_SECRETS_DIR/confidant-keys.cs"
  [[ -s "$store" ]] && return
  step "Creating the server's credential store (secret key for encrypted configuration values)"
  (umask 077 && "$WILDFLY_HOME/bin/elytron-tool.sh" credential-store --create --location="$store" \
    --type PropertiesCredentialStore --generate-secret-key key > /dev/null)
  chmod 600 "$store"
}

ensure_tls_keystore() {
  [[ -s "$CONFIDANT_TLS_KEYSTORE" ]] && return
  step "Generating a self-signed TLS certificate for localhost (replace it for production: docs/operations.md)"
  (umask 077 && TLS_PASSWORD=$(secret tls-keystore-password) keytool -genkeypair -alias confidant -keyalg EC -groupname secp256r1 -validity 825 \
    -dname "CN=localhost, O=Confidant demo" -ext "SAN=dns:localhost,ip:127.0.0.1" \
    -keystore "$CONFIDANT_TLS_KEYSTORE" -storetype PKCS12 -storepass:env TLS_PASSWORD > /dev/null 2>&1) \
    <<< "" || die "keytool could not create $CONFIDANT_TLS_KEYSTORE"
}

# Copies the built configuration into this installation's server directory and adds its secrets, encrypted.
prepare_instance() {
  [[ -f "$WILDFLY_HOME/.confidant-build" ]] || die "server not built: run the build first"
  prepare_secrets_dir
  ensure_credential_store
  ensure_tls_keystore
  secret db-password > /dev/null
  secret vault-password 44 > /dev/null
  secret oidc-client-secret > /dev/null
  local stamp
  stamp=$(cat "$WILDFLY_HOME/.confidant-build" "$INSTANCE_TEMPLATE" "$CONFIDANT_SECRETS_DIR/db-password" \
    "$CONFIDANT_SECRETS_DIR/oidc-client-secret" "$CONFIDANT_SECRETS_DIR/tls-keystore-password" | sha256sum | cut -c1-64)
  if [[ -f "$INSTANCE_DIR/.instance" && "$(cat "$INSTANCE_DIR/.instance")" == "$stamp" ]]; then
    info "Server instance up to date: $INSTANCE_DIR"
    return
  fi
  step "Preparing the server instance in $INSTANCE_DIR (configuration and encrypted secrets)"
  mkdir -p "$INSTANCE_DIR"/{deployments,data,log,tmp}
  rm -rf "$INSTANCE_DIR/configuration"
  cp -a "$WILDFLY_HOME/standalone/configuration" "$INSTANCE_DIR/configuration"
  local script="$RUN_DIR/secure-instance.cli"
  (umask 077 && sed -e "s|@DB_PASSWORD@|$(encrypt "$(secret db-password)")|" \
    -e "s|@TLS_PASSWORD@|$(encrypt "$(secret tls-keystore-password)")|g" \
    -e "s|@OIDC_CLIENT_SECRET@|$(encrypt "$(secret oidc-client-secret)")|" \
    "$INSTANCE_TEMPLATE" > "$script")
  JAVA_OPTS="-Djboss.server.base.dir=$INSTANCE_DIR" "$WILDFLY_HOME/bin/jboss-cli.sh" --file="$script" \
    > "$RUN_DIR/secure-instance.log" 2>&1 || die "securing the instance failed; see $RUN_DIR/secure-instance.log"
  rm -f "$script"
  rm -rf "$INSTANCE_DIR/configuration/standalone_xml_history"
  echo "$stamp" > "$INSTANCE_DIR/.instance"
}

server_ready() { curl -fsk -o /dev/null --max-time 5 "$CONFIDANT_PUBLIC_URL/api/v1/health/ready"; }

# Ready, or a failed deployment (which no amount of waiting mends).
deployment_settled() { server_ready || [[ -f "$INSTANCE_DIR/deployments/confidant.ear.failed" ]]; }

start_wildfly() {
  if [[ -f "$RUN_DIR/wildfly.pid" ]] && kill -0 "$(cat "$RUN_DIR/wildfly.pid")" 2> /dev/null; then
    info "WildFly already running"
  else
    step "Starting WildFly (management on 127.0.0.1:$MANAGEMENT_PORT)"
    (
      export JAVA_OPTS="-Xms512m -Xmx1536m -XX:+UseG1GC -Djava.net.preferIPv4Stack=true ${CONFIDANT_JAVA_OPTS:-}"
      # The demo's phone system: simulated calls start with the server (docs/operations.md, Simulator).
      export CONFIDANT_SIMULATOR_AUTOSTART=${CONFIDANT_SIMULATOR_AUTOSTART:-$CONFIDANT_DEMO_DATA}
      nohup "$WILDFLY_HOME/bin/standalone.sh" -c standalone-full.xml -Djboss.server.base.dir="$INSTANCE_DIR" \
        > "$INSTANCE_DIR/log/console.log" 2>&1 &
      echo $! > "$RUN_DIR/wildfly.pid"
    )
  fi
}

deploy() {
  local target="$INSTANCE_DIR/deployments/confidant.ear"
  if [[ -f "$target" ]] && cmp -s "$EAR_TARGET/confidant.ear" "$target"; then
    info "confidant.ear already deployed"
  else
    step "Deploying confidant.ear"
    rm -f "$target".{failed,deployed,undeployed}
    cp "$EAR_TARGET/confidant.ear" "$target.tmp" && mv "$target.tmp" "$target"
  fi
  printf '    waiting for the deployment and its dependencies'
  wait_for "Confidant" 300 deployment_settled && server_ready || {
    [[ -f "$target.failed" ]] && cat "$target.failed" >&2
    die "Confidant is not ready; see $INSTANCE_DIR/log/server.log and $CONFIDANT_PUBLIC_URL/api/v1/health/ready"
  }
}

stop_wildfly() { stop_pid wildfly; }

stop_pid() {
  local name=$1 pidfile="$RUN_DIR/$1.pid"
  [[ -f "$pidfile" ]] || return 0
  local pid
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2> /dev/null; then
    step "Stopping $name"
    # The launch scripts start the JVM as a child: stop the whole process group.
    pkill -TERM -P "$pid" 2> /dev/null || true
    kill -TERM "$pid" 2> /dev/null || true
    local waited=0
    while kill -0 "$pid" 2> /dev/null && ((waited < 60)); do
      sleep 1
      waited=$((waited + 1))
    done
    kill -0 "$pid" 2> /dev/null && kill -KILL "$pid" 2> /dev/null
  fi
  rm -f "$pidfile"
}

# ------------------------------------------------------------------------------------------- commands ---

run_product() {
  local mode=$1 started=$SECONDS
  if [[ "$mode" == demo ]]; then export CONFIDANT_DEMO_DATA=true; else export CONFIDANT_DEMO_DATA=${CONFIDANT_DEMO_DATA:-false}; fi
  load_settings
  require_java
  build
  prepare_secrets_dir
  start_postgres
  start_keycloak
  start_kamailio
  prepare_instance
  start_wildfly
  deploy
  print_summary "$mode" $((SECONDS - started))
}

# Every test run starts from an empty database and a freshly imported realm, so tests see what a new site sees.
test_services_up() {
  load_settings
  prepare_secrets_dir
  stop_keycloak
  rm -rf "$KEYCLOAK_HOME/data/h2"
  start_postgres
  step "Recreating the test database"
  psql_admin -c "DROP DATABASE IF EXISTS $CONFIDANT_DB_NAME WITH (FORCE)" > /dev/null
  ensure_database
  start_keycloak
  stop_kamailio
  start_kamailio
  prepare_instance
}

test_services_down() {
  load_settings
  stop_kamailio
  stop_keycloak
  stop_postgres
}

stop_all() {
  load_settings
  stop_wildfly
  stop_kamailio
  stop_keycloak
  stop_postgres
  step "Stopped"
}

show_status() {
  load_settings
  if server_ready; then info "Confidant: ready ($CONFIDANT_PUBLIC_URL/console/)"; else info "Confidant: not ready"; fi
  if keycloak_ready; then info "Keycloak: up ($CONFIDANT_KEYCLOAK_URL)"; else info "Keycloak: down"; fi
  if kamailio_running; then info "Kamailio: up (SIP $CONFIDANT_SIP_ADDR:$CONFIDANT_SIP_PORT)"; else info "Kamailio: not running"; fi
  if [[ "$MANAGED_DB" != true ]]; then info "PostgreSQL: external ($CONFIDANT_DB_HOST:$CONFIDANT_DB_PORT)"
  elif [[ -n "$(postgres_bin)" ]] && postgres_running; then info "PostgreSQL: up (127.0.0.1:$CONFIDANT_DB_PORT)"
  else info "PostgreSQL: down"; fi
  curl -sk --max-time 5 "$CONFIDANT_PUBLIC_URL/api/v1/health/ready" 2> /dev/null | sed 's/^/    /' || true
  echo
}

print_totp() {
  load_settings
  local file="$CONFIDANT_SECRETS_DIR/totp-$1"
  [[ -s "$file" ]] || die "no demo TOTP secret for '$1' (demo users: ${DEMO_USERS[*]})"
  java "$LAUNCHER_DIR/Totp.java" < "$file"
}

print_summary() {
  local mode=$1 seconds=$2
  step "Confidant is ready (${seconds}s)"
  cat <<EOF

    Console           $CONFIDANT_PUBLIC_URL/console/
    REST API          $CONFIDANT_PUBLIC_URL/api/v1/  (bearer tokens from Keycloak)
    Readiness         $CONFIDANT_PUBLIC_URL/api/v1/health/ready
    Keycloak          $CONFIDANT_KEYCLOAK_URL/  (admin password in $CONFIDANT_SECRETS_DIR/keycloak-admin-password)
    The certificate is self-signed: accept it in the browser, or install your own (docs/operations.md).
EOF
  if [[ "${CONFIDANT_SIMULATOR_AUTOSTART:-${CONFIDANT_DEMO_DATA:-false}}" == true ]]; then
    printf '    %-17s %s\n' "Phone system" "simulated: a call every 5 s ($CONFIDANT_PUBLIC_URL/api/v1/simulator/runs/current)"
  fi
  echo
  [[ "$mode" == demo ]] || return 0
  local password user secret_file base32_secret
  password=$(cat "$CONFIDANT_SECRETS_DIR/demo-password")
  printf '    Demo logins (demo only; password for all: %s)\n' "$password"
  printf '    %-17s %-11s %-34s %s\n' user role "TOTP secret (base32)" "code now"
  for user in "${DEMO_USERS[@]}"; do
    secret_file="$CONFIDANT_SECRETS_DIR/totp-$user"
    base32_secret=$(tr -d '\n' < "$secret_file" | base32 -w0 | tr -d '=')
    printf '    %-17s %-11s %-34s %s\n' "$user" "$(demo_role "$user")" "$base32_secret" \
      "$(java "$LAUNCHER_DIR/Totp.java" < "$secret_file")"
  done
  cat <<EOF

    Add a secret to any authenticator app (TOTP, SHA-1, 6 digits, 30 s), or get a code with
    ./confidant totp <user>. Stop everything with ./confidant stop.
EOF
}

demo_role() {
  case $1 in
    demo.agent*) echo agent ;;
    demo.supervisor) echo supervisor ;;
    demo.admin) echo admin ;;
    demo.auditor) echo auditor ;;
  esac
}
