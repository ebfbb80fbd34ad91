#!/usr/bin/env bash
# Page latency of the Peine 2022 concept page and a measure page of the demo, on SQLite and on
# PostgreSQL, in both modes — rendered from the database on every request
# (`--page-cache-mb 0`) and kept (as served) — against nginx serving the very same HTML as
# static files (the limit of what an HTTP server can do on this machine). Tool: wrk.
#
#   bench/pages.sh                  # DURATION=15s CONNS="1 8" MODES="rendered kept"
#   MODES=rendered DURATION=30s CONNS="1 16" bench/pages.sh
#
# Needs: cargo, wrk, nginx (Debian `nginx-light`), curl, python3, and a PostgreSQL at
# BENCH_PG (default postgres://postgres@127.0.0.1:5432) where it may create a database.
. "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-15s}
CONNS=${CONNS:-1 8}
MODES=${MODES:-rendered kept}
need wrk nginx curl python3 psql
build

pg_fresh teilhabe_bench
sqlite="sqlite://$work/demo.db?mode=rwc"
pg="$BENCH_PG/teilhabe_bench"
"$BIN" --database-url "$sqlite" demo >/dev/null
"$BIN" --database-url "$pg" demo >/dev/null
declare -A port=([SQLite,rendered]=18081 [PostgreSQL,rendered]=18082 [SQLite,kept]=18084 [PostgreSQL,kept]=18085)
for mode in $MODES; do
  serve "$mode" "${port[SQLite,$mode]}" "$sqlite"
  serve "$mode" "${port[PostgreSQL,$mode]}" "$pg"
done

paths() { # port → the concept path and a measure path of Peine 2022
  python3 - "$1" <<'PY'
import json, sys, urllib.request
base = "http://127.0.0.1:" + sys.argv[1]
concepts = json.load(urllib.request.urlopen(base + "/api/v1/bodies/03157/concepts"))
c = next(c for c in concepts if c["version_label"] == "2022")
measures = json.load(urllib.request.urlopen(base + "/api/v1/concepts/%d/measures" % c["id"]))
print("/03157/konzepte/%d" % c["id"], "/03157/massnahmen/%d" % measures[len(measures) // 2]["id"])
PY
}
first=${MODES%% *}
declare -A concept measure
read -r concept[SQLite] measure[SQLite] < <(paths "${port[SQLite,$first]}")
read -r concept[PostgreSQL] measure[PostgreSQL] < <(paths "${port[PostgreSQL,$first]}")

mkdir -p "$work/www"
curl -fsS "http://127.0.0.1:${port[SQLite,$first]}${concept[SQLite]}" > "$work/www/concept.html"
curl -fsS "http://127.0.0.1:${port[SQLite,$first]}${measure[SQLite]}" > "$work/www/measure.html"
nginx_start 18083

row() { # connections label url
  local p50 p99 rps bad sock
  read -r p50 p99 rps bad sock < <(figures 1 "$1" "$3")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$2" "$1" "$(bytes "$3")" "$p50" "$p99" "$rps" "$bad"
}

echo "wrk -t1 -d$DURATION --latency, connections: $CONNS, median of $ROUNDS; modes: $MODES; $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); code $(git rev-parse --short HEAD)"
echo
echo "| target | connections | bytes | p50 ms | p99 ms | requests/s | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for c in $CONNS; do
  for page in concept measure; do
    for mode in $MODES; do
      for db in SQLite PostgreSQL; do
        declare -n path=$page
        row "$c" "$page page, Teilhabe on $db, $mode" "http://127.0.0.1:${port[$db,$mode]}${path[$db]}"
        unset -n path
      done
    done
    row "$c" "$page page, nginx static file (limit)" "http://127.0.0.1:18083/$page.html"
  done
done
pg_drop teilhabe_bench
