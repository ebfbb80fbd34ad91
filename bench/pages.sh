#!/usr/bin/env bash
# Page latency of the Peine 2022 concept page and a measure page, on SQLite and on
# PostgreSQL, against nginx serving the very same HTML as static files (the limit of
# what an HTTP server can do on this machine). Tool: wrk (Debian package `wrk`).
#
#   bench/pages.sh                  # 15 s per run, at 1 and at 8 connections
#   DURATION=30s CONNS="1 16" bench/pages.sh
#
# Needs: cargo, wrk, nginx (Debian `nginx-light`), curl, python3, and a PostgreSQL at
# BENCH_PG (default postgres://postgres@127.0.0.1:5432) where it may create a database.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
CONNS=${CONNS:-1 8}
BENCH_PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
TARGET=${CARGO_TARGET_DIR:-target}

for tool in wrk nginx curl python3 psql; do
  command -v "$tool" >/dev/null || { echo "bench/pages.sh needs $tool (apt-get install wrk nginx-light)" >&2; exit 1; }
done
cargo build --release --locked -p teilhabe-cli >&2
case "$TARGET" in /*) ;; *) TARGET="$PWD/$TARGET" ;; esac
BIN="$TARGET/release/teilhabe"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS teilhabe_bench WITH (FORCE)" -c "CREATE DATABASE teilhabe_bench" >&2
(cd "$work" && exec "$BIN" serve --demo --addr 127.0.0.1:18081 2>/dev/null) & pids+=($!)
"$BIN" --database-url "$BENCH_PG/teilhabe_bench" serve --demo --addr 127.0.0.1:18082 2>/dev/null & pids+=($!)
for port in 18081 18082; do
  for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
done

paths() { # prints the concept path and a measure path of Peine 2022 on the server at $1
  python3 - "$1" <<'PY'
import json, sys, urllib.request
base = "http://127.0.0.1:" + sys.argv[1]
concepts = json.load(urllib.request.urlopen(base + "/api/v1/bodies/03157/concepts"))
c = next(c for c in concepts if c["version_label"] == "2022")
measures = json.load(urllib.request.urlopen(base + "/api/v1/concepts/%d/measures" % c["id"]))
print("/03157/konzepte/%d" % c["id"], "/03157/massnahmen/%d" % measures[len(measures) // 2]["id"])
PY
}
read -r sq_concept sq_measure < <(paths 18081)
read -r pg_concept pg_measure < <(paths 18082)

chmod 755 "$work"
mkdir -p "$work/www"
curl -fsS "http://127.0.0.1:18081$sq_concept" > "$work/www/concept.html"
curl -fsS "http://127.0.0.1:18081$sq_measure" > "$work/www/measure.html"
chmod 644 "$work"/www/*.html
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server { listen 127.0.0.1:18083; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf"

run() { # connections label url → one table row
  local out
  out=$(wrk -t1 -c"$1" -d"$DURATION" --latency "$3")
  python3 - "$2" "$(curl -fsS "$3" | wc -c)" "$1" <<PY
import re, sys
out = """$out"""
def ms(label):
    m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print(f"| {sys.argv[1]} | {sys.argv[3]} | {int(sys.argv[2]):,} | {ms('50'):.2f} | {ms('99'):.2f} | {rps:,.0f} | {errors.group(1) if errors else 0} |")
PY
}

echo "wrk -t1 -d$DURATION --latency, connections: $CONNS; $(nproc) cores; $(date -u +%Y-%m-%d)"
echo
echo "| target | connections | bytes | p50 ms | p99 ms | requests/s | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for c in $CONNS; do
  run "$c" "concept page, Teilhabe on SQLite" "http://127.0.0.1:18081$sq_concept"
  run "$c" "concept page, Teilhabe on PostgreSQL" "http://127.0.0.1:18082$pg_concept"
  run "$c" "concept page, nginx static file (limit)" "http://127.0.0.1:18083/concept.html"
  run "$c" "measure page, Teilhabe on SQLite" "http://127.0.0.1:18081$sq_measure"
  run "$c" "measure page, Teilhabe on PostgreSQL" "http://127.0.0.1:18082$pg_measure"
  run "$c" "measure page, nginx static file (limit)" "http://127.0.0.1:18083/measure.html"
done
psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS teilhabe_bench WITH (FORCE)" >&2
