#!/usr/bin/env bash
# A private PostgreSQL server for the tests: `start DIR` creates a cluster in DIR (once), starts it on a free
# loopback port with its socket in DIR, creates the database voicepay_test and prints the shell `export` lines
# the tests read (scripts/test.sh evals them); `stop DIR` stops it. Idempotent: a running server is reused.
# Installs nothing: the postgresql package comes from scripts/install-deps.sh --test.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
  for v in 15 16 17 14 13; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then bindir=/usr/lib/postgresql/$v/bin; break; fi
  done
fi
if [ -z "$bindir" ]; then
  echo "postgres.sh: no PostgreSQL server binaries (apt-get install postgresql); the PostgreSQL tests will skip" >&2
  exit 0
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# The server refuses to run as root: as root, run it as the postgres user.
as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# The cluster lives in DIR unless the server's user cannot reach it (a build folder under a private home):
# then in a folder of its own under /tmp, which DIR points to.
cluster_home() {
  if [ -f "$dir/cluster" ]; then
    cat "$dir/cluster"
    return
  fi
  local home="$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
    if ! runuser -u postgres -- test -w "$dir"; then
      home=$(mktemp -d /tmp/voicepay-pg.XXXXXX)
      chown postgres: "$home"
    fi
  fi
  echo "$home" > "$dir/cluster"
  echo "$home"
}

home=$(cluster_home)
data="$home/data"
if [ ! -d "$home" ]; then
  # The folder the cluster lived in has gone (a cleaned /tmp): start afresh there.
  mkdir -p "$home"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$home"; fi
fi

running() {
  [ -f "$data/postmaster.pid" ] && as_server "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1
}

case "$cmd" in
stop)
  if running; then
    as_server "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  fi
  exit 0
  ;;
start) ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac

if [ ! -f "$data/PG_VERSION" ]; then
  rm -rf "$data"
  as_server "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-sync --no-instructions >"$home/initdb.log" 2>&1 \
    || { cat "$home/initdb.log" >&2; exit 1; }
fi

# A test certificate authority and a server certificate for loopback (CN localhost, SAN localhost and
# 127.0.0.1), so that a test can connect with sslmode=verify-full. Made once per cluster.
if [ ! -f "$home/server.key" ]; then
  (
    cd "$home"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=VoicePay test CA" \
      -keyout ca.key -out ca.pem >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr >/dev/null 2>&1
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 3650 \
      -extfile server.ext -out server.pem >/dev/null 2>&1
    rm -f server.csr server.ext ca.key
    chmod 600 server.key
    chmod 644 ca.pem server.pem
    if [ "$(id -u)" -eq 0 ]; then chown postgres: server.key server.pem ca.pem; fi
  )
fi
tls_options="-c ssl=on -c ssl_cert_file=$home/server.pem -c ssl_key_file=$home/server.key"

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A server started before it had its certificate is started again with it.
if running && [ -f "$home/port" ] \
  && [ "$(as_server "$bindir/psql" -h "$home" -p "$(cat "$home/port")" -U postgres -d postgres -qtA -c 'SHOW ssl' 2>/dev/null)" != "on" ]; then
  as_server "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null
fi

if ! running; then
  started=0
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    port_free "$port" || continue
    if as_server "$bindir/pg_ctl" -D "$data" -l "$home/server.log" -w -t 30 \
      -o "-p $port -k $home $tls_options -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null 2>&1; then
      echo "$port" > "$home/port"
      started=1
      break
    fi
  done
  if [ "$started" -ne 1 ]; then
    echo "postgres.sh: the server did not start; see $home/server.log" >&2
    tail -n 20 "$home/server.log" >&2 || true
    exit 1
  fi
fi
port=$(cat "$home/port")

psql_admin() { as_server "$bindir/psql" -h "$home" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'voicepay_test'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE voicepay_test" >/dev/null
fi

echo "export VOICEPAY_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/voicepay_test"
echo "export VOICEPAY_TEST_PG_HOST=127.0.0.1"
echo "export VOICEPAY_TEST_PG_PORT=$port"
echo "export VOICEPAY_TEST_PG_SOCKET_DIR=$home"
echo "export VOICEPAY_TEST_PG_CA=$home/ca.pem"
