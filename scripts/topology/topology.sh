#!/usr/bin/env bash
# The production topology on one machine, on 127.0.0.1 only: PostgreSQL primary and streaming
# replica (scratch data directories), Redis (the local server, its own database number), two
# gunicorn app servers, nginx in front of them with TLS, one task worker and the scheduler.
#
#   scripts/topology/topology.sh start            # build data, start everything (make topology)
#   scripts/topology/topology.sh stop             # stop everything, delete the scratch folder
#   scripts/topology/topology.sh status
#   scripts/topology/topology.sh kill NAME        # kill -9 one process: app1 app2 worker scheduler
#   scripts/topology/topology.sh start-one NAME   # start it again
#
# Everything lives in $KNS_TOPOLOGY_DIR (default /tmp/kns-topology); its env file holds the
# addresses and the settings the processes run with (production settings).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${KNS_TOPOLOGY_DIR:-/tmp/kns-topology}"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
PRIMARY_PORT="${KNS_TOPOLOGY_PRIMARY_PORT:-55432}"
REPLICA_PORT="${KNS_TOPOLOGY_REPLICA_PORT:-55433}"
APP1_PORT="${KNS_TOPOLOGY_APP1_PORT:-18001}"
APP2_PORT="${KNS_TOPOLOGY_APP2_PORT:-18002}"
HTTPS_PORT="${KNS_TOPOLOGY_HTTPS_PORT:-18443}"
HTTP_PORT="${KNS_TOPOLOGY_HTTP_PORT:-18080}"
REDIS_URL="${KNS_TOPOLOGY_REDIS_URL:-redis://127.0.0.1:6379/7}"
SCALE_OFFICERS="${KNS_TOPOLOGY_OFFICERS:-6000}"
PY="$ROOT/.venv/bin/python"

say() { printf '[topology] %s\n' "$*"; }

# PostgreSQL refuses to run as root: its commands run as the postgres user then.
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

env_file() { echo "$DIR/kns.env"; }

load_env() {
  set -a
  # shellcheck disable=SC1090
  . "$(env_file)"
  set +a
}

write_env() {
  cat >"$(env_file)" <<ENV
DJANGO_SETTINGS_MODULE=config.settings.production
SECRET_KEY=topology-only-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
ALLOWED_HOSTS=127.0.0.1,localhost
CSRF_TRUSTED_ORIGINS=https://127.0.0.1:$HTTPS_PORT
SITE_URL=https://127.0.0.1:$HTTPS_PORT
DATABASE_URL=postgres://postgres@127.0.0.1:$PRIMARY_PORT/kns
DATABASE_REPLICA_URL=postgres://postgres@127.0.0.1:$REPLICA_PORT/kns
DATABASE_CONN_MAX_AGE=60
REPLICA_PIN_SECONDS=3
REDIS_URL=$REDIS_URL
TASKS_BACKEND=django_tasks_db.DatabaseBackend
STORAGE_BACKEND=filesystem
MEDIA_ROOT=$DIR/media
PRIVATE_MEDIA_ROOT=$DIR/private
SERVE_MEDIA=false
EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
CERTIFICATE_SIGNING_KEY=$DIR/keys/certificate-signing.key
CERTIFICATE_SIGNING_CERT=$DIR/keys/certificate-signing.crt
REPORTS_EXPORT_INLINE_ROWS=1000
# The test signs managers in with a password alone: two-factor stays required of administrators
# and trainers here (the two-factor flow has tests of its own).
MFA_REQUIRED_ROLES=Administrator,Trainer
SECURE_HSTS_SECONDS=0
SECURE_HSTS_PRELOAD=false
LOG_LEVEL=WARNING
KNS_TOPOLOGY_DIR=$DIR
KNS_TOPOLOGY_URL=https://127.0.0.1:$HTTPS_PORT
KNS_TOPOLOGY_APP1=http://127.0.0.1:$APP1_PORT
KNS_TOPOLOGY_APP2=http://127.0.0.1:$APP2_PORT
KNS_TOPOLOGY_CA=$DIR/tls/cert.pem
KNS_TOPOLOGY_PRIMARY=postgres://postgres@127.0.0.1:$PRIMARY_PORT/kns
KNS_TOPOLOGY_REPLICA=postgres://postgres@127.0.0.1:$REPLICA_PORT/kns
ENV
}

pidfile() { echo "$DIR/run/$1.pid"; }

alive() {
  local file
  file="$(pidfile "$1")"
  [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null
}

# Each process is started in a session of its own, so it and its children stop together.
spawn() {
  local name="$1"
  shift
  setsid "$@" >>"$DIR/log/$name.log" 2>&1 < /dev/null &
  echo $! >"$(pidfile "$name")"
}

wait_http() {
  local url="$1" tries=0
  until curl -s -o /dev/null --max-time 2 -H "X-Forwarded-Proto: https" "$url"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 120 ]; then say "no answer from $url"; return 1; fi
    sleep 0.5
  done
}

start_one() {
  load_env
  cd "$ROOT"
  case "$1" in
    app1|app2)
      local port="$APP1_PORT"
      [ "$1" = "app2" ] && port="$APP2_PORT"
      spawn "$1" "$ROOT/.venv/bin/gunicorn" config.wsgi --bind "127.0.0.1:$port" \
        --workers 2 --timeout 60 --graceful-timeout 10 --max-requests 2000 \
        --forwarded-allow-ips 127.0.0.1
      wait_http "http://127.0.0.1:$port/healthz"
      ;;
    worker)
      spawn worker "$PY" manage.py run_worker --queue-name '*' --interval 0.5 --no-startup-delay
      ;;
    scheduler)
      spawn scheduler "$PY" manage.py run_scheduler
      ;;
    nginx)
      start_nginx
      return 0
      ;;
    *) say "unknown process $1"; return 2 ;;
  esac
  say "$1 started (pid $(cat "$(pidfile "$1")"))"
}

kill_one() {
  if alive "$1"; then
    kill -9 -- "-$(cat "$(pidfile "$1")")" 2>/dev/null || true
    say "$1 killed"
  fi
  rm -f "$(pidfile "$1")"
}

stop_one() {
  if alive "$1"; then
    local pid
    pid="$(cat "$(pidfile "$1")")"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$(pidfile "$1")"
}

start_postgres() {
  [ -x "$PGBIN/initdb" ] || { say "PostgreSQL server tools missing at $PGBIN"; exit 1; }
  as_pg "$PGBIN/initdb" -D "$DIR/pg-primary" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$DIR/log/initdb.log"
  cat >>"$DIR/pg-primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$DIR/run'
wal_level = replica
max_wal_senders = 5
hot_standby = on
fsync = off
shared_buffers = 64MB
CONF
  as_pg "$PGBIN/pg_ctl" -D "$DIR/pg-primary" -l "$DIR/log/pg-primary.log" -w start >/dev/null
  as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres kns
  # The replica: a base backup of the primary that follows its WAL stream (-R writes the
  # standby settings).
  as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres \
    -D "$DIR/pg-replica" -R -X stream -c fast
  sed -i "s/^port = $PRIMARY_PORT/port = $REPLICA_PORT/" "$DIR/pg-replica/postgresql.conf"
  as_pg "$PGBIN/pg_ctl" -D "$DIR/pg-replica" -l "$DIR/log/pg-replica.log" -w start >/dev/null
  say "PostgreSQL primary on $PRIMARY_PORT, streaming replica on $REPLICA_PORT"
}

start_nginx() {
  command -v nginx >/dev/null || {
    say "installing Debian's nginx"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  }
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$DIR/tls/key.pem" -out "$DIR/tls/cert.pem" 2>/dev/null
  # The deployment's own site file, pointed at this machine's scratch folder and ports.
  sed -e "s#127.0.0.1:8001#127.0.0.1:$APP1_PORT#; s#127.0.0.1:8002#127.0.0.1:$APP2_PORT#" \
    -e "s#listen 443 ssl http2;#listen 127.0.0.1:$HTTPS_PORT ssl http2;#; s#listen 80;#listen 127.0.0.1:$HTTP_PORT;#" \
    -e "s#/etc/ssl/kns/fullchain.pem#$DIR/tls/cert.pem#; s#/etc/ssl/kns/privkey.pem#$DIR/tls/key.pem#" \
    -e "s#/srv/kns/app/#$ROOT/#; s#/srv/kns/media/#$DIR/media/#g; s#/var/log/nginx/#$DIR/log/#" \
    -e "s#server_name daotao.example.vn;#server_name 127.0.0.1 localhost;#" \
    -e "s#kns_ssl:10m#kns_topology_ssl:1m#" \
    "$ROOT/deploy/nginx/kns.conf" >"$DIR/nginx/kns.conf"
  cat >"$DIR/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $DIR/run/nginx.pid;
error_log $DIR/log/nginx.error.log warn;
$( [ "$(id -u)" = "0" ] && echo "user root;" )
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path $DIR/nginx/body;
    proxy_temp_path $DIR/nginx/proxy;
    fastcgi_temp_path $DIR/nginx/fastcgi;
    uwsgi_temp_path $DIR/nginx/uwsgi;
    scgi_temp_path $DIR/nginx/scgi;
    include $DIR/nginx/kns.conf;
}
CONF
  nginx -t -q -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx"
  nginx -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx"
  say "nginx on https://127.0.0.1:$HTTPS_PORT (TLS, self-signed for this run)"
}

prepare_data() {
  load_env
  cd "$ROOT"
  "$PY" manage.py migrate --noinput -v0
  "$PY" manage.py collectstatic --noinput -v0
  # Demo and scale data are loaded under the development settings (production refuses them),
  # into the same primary database.
  DJANGO_SETTINGS_MODULE=config.settings.dev "$PY" manage.py create_signing_key --if-missing -v0
  DJANGO_SETTINGS_MODULE=config.settings.dev "$PY" manage.py seed_demo -v0
  DJANGO_SETTINGS_MODULE=config.settings.dev "$PY" manage.py seed_scale \
    --officers "$SCALE_OFFICERS" --courses 12 -v0
  DJANGO_SETTINGS_MODULE=config.settings.dev "$PY" scripts/topology/prepare.py
  say "database migrated, demo and $SCALE_OFFICERS scale officers loaded"
}

start() {
  if [ -f "$(env_file)" ]; then say "already set up in $DIR (stop it first)"; exit 1; fi
  mkdir -p "$DIR"/{run,log,tls,nginx,media,private,keys}
  if [ "$(id -u)" = "0" ]; then chown postgres "$DIR" "$DIR/run" "$DIR/log"; fi
  [ -x "$PY" ] || make -C "$ROOT" install
  write_env
  start_postgres
  prepare_data
  start_one app1
  start_one app2
  start_one worker
  start_one scheduler
  start_nginx
  say "ready: $(env_file)"
}

stop() {
  [ -d "$DIR" ] || { say "nothing to stop"; return 0; }
  for name in scheduler worker app1 app2; do stop_one "$name"; done
  if [ -f "$DIR/run/nginx.pid" ]; then
    nginx -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx" -s stop 2>/dev/null || true
  fi
  for cluster in pg-replica pg-primary; do
    if [ -d "$DIR/$cluster" ]; then
      as_pg "$PGBIN/pg_ctl" -D "$DIR/$cluster" -m immediate stop >/dev/null 2>&1 || true
    fi
  done
  if [ -f "$(env_file)" ]; then
    (load_env && "$ROOT/.venv/bin/python" -c "import redis,os; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()") || true
  fi
  rm -rf "$DIR"
  say "stopped"
}

status() {
  for name in app1 app2 worker scheduler nginx; do
    if alive "$name"; then say "$name running"; else say "$name stopped"; fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill) kill_one "$2" ;;
  start-one) start_one "$2" ;;
  *) echo "usage: $0 start|stop|status|kill NAME|start-one NAME" >&2; exit 2 ;;
esac
