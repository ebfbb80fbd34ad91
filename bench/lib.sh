# What every benchmark script shares, sourced first (`. "$(dirname "$0")/lib.sh"`): the
# release build, a scratch folder cleaned up on exit, servers started in a stated mode,
# wrk's figures (median of ROUNDS runs), PostgreSQL databases, nginx as the limit, and the
# generated scale databases. Not run by itself.
#
# The mode of a server is part of every figure (issue 34): `teilhabe serve` keeps public
# pages in memory until anything changes, so a page measured twice is measured kept unless
# the server runs with `--page-cache-mb 0`.
#   kept      as served: public pages kept in memory (the default)
#   rendered  every request rendered from the database (`--page-cache-mb 0`)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
SCALE_DIR=${SCALE_DIR:-/var/tmp/teilhabe-scale}
BODIES=${BODIES:-400}
VARIABLES=${VARIABLES:-60}
YEARS=${YEARS:-25}
ROUNDS=${ROUNDS:-1}
TARGET=${CARGO_TARGET_DIR:-target}
case "$TARGET" in /*) ;; *) TARGET="$PWD/$TARGET" ;; esac
BIN="$TARGET/release/teilhabe"
work=$(mktemp -d)
pids=()
nginx_conf=
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$nginx_conf" ] && nginx -c "$nginx_conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

need() { # tool… → exits naming the first tool this machine lacks
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$(basename "$0") needs $tool (apt-get install wrk nginx-light postgresql-client)" >&2; exit 1; }
  done
}

build() { # [cargo build arguments…] → the release build of the command line (and more)
  cargo build --release --locked -p teilhabe-cli "$@" >&2
}

pg_fresh() { # name → an empty PostgreSQL database of that name
  psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >&2
}

pg_drop() { # name
  psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >&2
}

cache_args() { # mode → the server's page-cache argument for it
  case "$1" in
    kept) ;;
    rendered) echo "--page-cache-mb 0" ;;
    *) echo "mode '$1': kept or rendered" >&2; exit 1 ;;
  esac
}

wait_up() { # base URL → returns once it answers /healthz (30 s at most)
  for _ in $(seq 1 300); do curl -fsS "$1/healthz" >/dev/null 2>&1 && return; sleep 0.1; done
  echo "$1 did not answer" >&2
  exit 1
}

serve() { # mode port database-url [serve arguments…] → a server on 127.0.0.1:port, up
  local mode=$1 port=$2 url=$3
  shift 3
  # shellcheck disable=SC2046
  "$BIN" --database-url "$url" serve $(cache_args "$mode") --addr "127.0.0.1:$port" "$@" \
    2>"$work/serve-$port.log" & pids+=($!)
  wait_up "http://127.0.0.1:$port"
}

# wrk's output → "p50_ms p99_ms requests_per_s non_2xx socket_errors"
read -r -d '' WRK_PY <<'PY' || true
import re, sys
out = sys.stdin.read()
def ms(label):
    m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
p50, p99 = ms("50"), ms("99")
print(f"{p50:.2f} {p99:.2f} {rps:.0f} {bad.group(1) if bad else 0} {sum(map(int, sock.groups())) if sock else 0}")
PY
wrk_parse() {
  python3 -c "$WRK_PY"
}

figures() { # threads connections url → "p50 p99 rps non2xx socket_errors" of the median run
  # ROUNDS runs of DURATION, 2 s apart, the one with the median requests/s reported: a shared
  # 2-core machine varies by 10-20 % from one run to the next.
  local rows=() i
  for i in $(seq 1 "$ROUNDS"); do
    [ "$ROUNDS" = 1 ] || sleep 2
    rows+=("$(wrk -t"$1" -c"$2" -d"$DURATION" --latency "$3" | wrk_parse)")
  done
  printf '%s\n' "${rows[@]}" | sort -k3,3n | sed -n "$(((ROUNDS + 1) / 2))p"
}

bytes() { # url → the size of its answer
  curl -fsS "$1" | wc -c
}

nginx_start() { # port → nginx serving $work/www as static files, the limit on this machine
  chmod 755 "$work"
  chmod -R a+rX "$work/www"
  nginx_conf="$work/nginx.conf"
  cat > "$nginx_conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=64;
  keepalive_requests 1000000;
  types { text/html html; }
  server { listen 127.0.0.1:$1; root $work/www; }
}
CONF
  nginx -c "$nginx_conf"
}

scale_url() { # backend (sqlite, postgres) → the URL of the generated scale database
  case "$1" in
    sqlite) echo "sqlite://$SCALE_DIR/teilhabe.db" ;;
    postgres) echo "$BENCH_PG/teilhabe_scale" ;;
    *) echo "backend '$1': sqlite or postgres" >&2; exit 1 ;;
  esac
}

generate_once() { # backend dir pgdb url key bench-data-args… → generates once per key
  # Runs `bench-data ARGS` into a fresh database of the backend (SQLite under DIR, the
  # PostgreSQL database PGDB) unless DIR's marker says it already holds KEY; FRESH=1 always
  # generates again.
  local backend=$1 dir=$2 pgdb=$3 url=$4 key=$5 marker="$2/$1.done"
  shift 5
  mkdir -p "$dir"
  if [ -z "${FRESH:-}" ] && [ "$(cat "$marker" 2>/dev/null)" = "$key" ]; then
    echo "$backend: reusing the generated database ($key)" >&2
    return
  fi
  rm -f "$marker"
  case "$backend" in
    sqlite) rm -f "$dir"/teilhabe.db* ;;
    postgres) pg_fresh "$pgdb" ;;
  esac
  echo "$backend: generating (bench-data $*)" >&2
  /usr/bin/time -f "$backend: generated in %e s, peak %M KiB" \
    "$BIN" --database-url "$url" bench-data "$@" >"$dir/$backend.generated.txt"
  cat "$dir/$backend.generated.txt" >&2
  echo "$key" >"$marker"
}

scale_generate() { # backend → BODIES counties and the statistics, generated unless already there
  generate_once "$1" "$SCALE_DIR" teilhabe_scale "$(scale_url "$1")" "$BODIES $VARIABLES $YEARS" \
    --bodies "$BODIES" --statistics "$VARIABLES" --years "$YEARS"
}

scale_ready() { # backend → exits unless bench/scale.sh generated it
  [ -f "$SCALE_DIR/$1.done" ] || { echo "no generated $1 database in $SCALE_DIR: run bench/scale.sh (or bench/search_scale.sh) first" >&2; exit 1; }
}
