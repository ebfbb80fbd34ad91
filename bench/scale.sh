#!/usr/bin/env bash
# Scale: N counties at full size on one database (default 400, all Kreise of the directory,
# each with ~300 measures, eight years of quarterly reports, papers, meetings, participation,
# a survey; plus the official statistics of every region: 60 variables × 25 years). Then
# wrk at 64 connections against four pages of body #1 and of body #N — the portal start
# page of the county, the concept page, a measure page and the first OParl page of its
# papers — on SQLite and on PostgreSQL, beside nginx serving the same HTML as static files
# (the limit on this machine). Each backend runs twice: as served (public pages kept until
# anything changes) and with `--page-cache-mb 0` (every request rendered from the database),
# which shows what a page costs and whether that grows with the number of bodies.
#
#   bench/scale.sh                          # BODIES=400 DURATION=10s ROUNDS=3 CONNS=64
#   BODIES=20 VARIABLES=6 YEARS=5 bench/scale.sh   # a quick look
#
# The generated databases are kept in SCALE_DIR (default /var/tmp/teilhabe-scale) and in
# the PostgreSQL database teilhabe_scale, and reused when they hold the same BODIES;
# FRESH=1 generates them again. DBS="postgres" measures one backend only.
#
# Needs: cargo, wrk, nginx (Debian `nginx-light`), curl, python3, psql, and a PostgreSQL at
# BENCH_PG (default postgres://postgres@127.0.0.1:5432) where it may create a database.
set -euo pipefail
cd "$(dirname "$0")/.."
BODIES=${BODIES:-400}
VARIABLES=${VARIABLES:-60}
YEARS=${YEARS:-25}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
CONNS=${CONNS:-64}
DBS=${DBS:-sqlite postgres}
SCALE_DIR=${SCALE_DIR:-/var/tmp/teilhabe-scale}
BENCH_PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
TARGET=${CARGO_TARGET_DIR:-target}

for tool in wrk nginx curl python3 psql; do
  command -v "$tool" >/dev/null || { echo "bench/scale.sh needs $tool (apt-get install wrk nginx-light)" >&2; exit 1; }
done
cargo build --release --locked -p teilhabe-cli >&2
case "$TARGET" in /*) ;; *) TARGET="$PWD/$TARGET" ;; esac
BIN="$TARGET/release/teilhabe"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$SCALE_DIR"

url_of() { # backend → database URL
  case "$1" in
    sqlite) echo "sqlite://$SCALE_DIR/teilhabe.db" ;;
    postgres) echo "$BENCH_PG/teilhabe_scale" ;;
  esac
}

generate() { # backend
  local url marker="$SCALE_DIR/$1.done"
  url=$(url_of "$1")
  if [ -z "${FRESH:-}" ] && [ "$(cat "$marker" 2>/dev/null)" = "$BODIES $VARIABLES $YEARS" ]; then
    echo "$1: reusing the generated database ($BODIES bodies)" >&2
    return
  fi
  rm -f "$marker"
  case "$1" in
    sqlite) rm -f "$SCALE_DIR"/teilhabe.db* ;;
    postgres) psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS teilhabe_scale WITH (FORCE)" -c "CREATE DATABASE teilhabe_scale" >&2 ;;
  esac
  echo "$1: generating $BODIES bodies and the statistics ($VARIABLES variables × $YEARS years)" >&2
  /usr/bin/time -f "$1: generated in %e s, peak %M KiB" \
    "$BIN" --database-url "$url" bench-data --bodies "$BODIES" --statistics "$VARIABLES" --years "$YEARS" >"$SCALE_DIR/$1.generated.txt"
  cat "$SCALE_DIR/$1.generated.txt" >&2
  echo "$BODIES $VARIABLES $YEARS" >"$marker"
}

port=18090
declare -A base rendered
for db in $DBS; do
  generate "$db"
  port=$((port + 1))
  "$BIN" --database-url "$(url_of "$db")" serve --addr "127.0.0.1:$port" 2>"$work/$db.log" & pids+=($!)
  base[$db]="http://127.0.0.1:$port"
  "$BIN" --database-url "$(url_of "$db")" serve --page-cache-mb 0 --addr "127.0.0.1:$((port + 10))" 2>"$work/$db-rendered.log" & pids+=($!)
  rendered[$db]="http://127.0.0.1:$((port + 10))"
  for url in "${base[$db]}" "${rendered[$db]}"; do
    for _ in $(seq 1 300); do curl -fsS "$url/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  done
done
case "$(url_of sqlite)" in sqlite://*) size_sqlite=$(du -sh "$SCALE_DIR"/teilhabe.db 2>/dev/null | cut -f1 || true) ;; esac
size_pg=$(psql "$BENCH_PG/teilhabe_scale" -Atc "SELECT pg_size_pretty(pg_database_size('teilhabe_scale'))" 2>/dev/null || true)

paths() { # base URL → "label path" lines for body #1 and body #N (first and last generated)
  python3 - "$1" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
bodies = json.load(urllib.request.urlopen(base + "/api/v1/bodies"))
generated = [b for b in bodies if b.get("website", "") and ".example" in (b.get("website") or "")] or bodies
generated.sort(key=lambda b: b["id"])
for n, b in (("1", generated[0]), (str(len(generated)), generated[-1])):
    key = b["key"]
    concepts = json.load(urllib.request.urlopen(f"{base}/api/v1/bodies/{key}/concepts"))
    c = next(c for c in concepts if c["status"] == "adopted")
    measures = json.load(urllib.request.urlopen(f"{base}/api/v1/concepts/{c['id']}/measures"))
    m = measures[len(measures) // 2]
    print(f"start #{n} /{key}")
    print(f"concept #{n} /{key}/konzepte/{c['id']}")
    print(f"measure #{n} /{key}/massnahmen/{m['id']}")
    print(f"oparl #{n} /oparl/v1/body/{key}/papers")
PY
}

first=${DBS%% *}
chmod 755 "$work"
mkdir -p "$work/www"
paths "${base[$first]}" > "$work/paths.$first"
while read -r page n path; do
  [ "$n" = "#1" ] || continue
  curl -fsS "${base[$first]}$path" > "$work/www/$page.html"
done < "$work/paths.$first"
chmod 644 "$work"/www/*.html
cat > "$work/nginx.conf" <<CONF
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
  server { listen 127.0.0.1:18099; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf"

declare -A nginx_rps
run() { # label url connections page → one table row
  # ROUNDS runs, the one with the median requests/s reported: a shared 2-core machine
  # varies by 10-20 % from one run to the next.
  local out outs=() i
  for i in $(seq 1 "$ROUNDS"); do
    sleep 2 # the previous run's last requests and the database's work settle
    outs+=("$(wrk -t2 -c"$3" -d"$DURATION" --latency "$2")")
  done
  out=$(for i in "${!outs[@]}"; do
    echo "$(sed -n 's/^Requests\/sec:[[:space:]]*//p' <<<"${outs[$i]}") $i"
  done | sort -n | sed -n "$(((ROUNDS + 1) / 2))p")
  out=${outs[${out##* }]}
  python3 - "$1" "$(curl -fsS "$2" | wc -c)" "$3" "${nginx_rps[$4]:-}" <<PY
import re, sys
out = """$out"""
def ms(label):
    m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
sock = re.search(r"Socket errors: (.*)", out)
limit = sys.argv[4]
share = f"{100 * rps / float(limit):.1f} %" if limit else "100 %"
print(f"| {sys.argv[1]} | {int(sys.argv[2]):,} | {ms('50'):.2f} | {ms('99'):.2f} | {rps:,.0f} | {share} | {errors.group(1) if errors else 0}{' (' + sock.group(1) + ')' if sock else ''} |")
print(f"RPS {rps}", file=sys.stderr)
PY
}

echo "$(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c$CONNS -d$DURATION, median of $ROUNDS runs; $BODIES bodies, statistics $VARIABLES variables × $YEARS years; database size SQLite ${size_sqlite:-–}, PostgreSQL ${size_pg:-–}"
echo
echo "| page | bytes | p50 ms | p99 ms | requests/s | of nginx | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for page in start concept measure oparl; do
  row=$(run "$page #1, nginx static file (limit)" "http://127.0.0.1:18099/$page.html" "$CONNS" "" 2>"$work/rps")
  nginx_rps[$page]=$(sed -n 's/^RPS //p' "$work/rps")
  echo "$row"
  for db in $DBS; do
    [ -f "$work/paths.$db" ] || paths "${base[$db]}" > "$work/paths.$db"
    while read -r p n path; do
      [ "$p" = "$page" ] || continue
      run "$page $n, Teilhabe on $db" "${base[$db]}$path" "$CONNS" "$page" 2>/dev/null
      run "$page $n, Teilhabe on $db, rendered each time" "${rendered[$db]}$path" "$CONNS" "$page" 2>/dev/null
    done < "$work/paths.$db"
  done
done
