#!/usr/bin/env bash
# The county beside its peers: the ranking page of one indicator over every Kreis in
# Germany (`/03157/monitoring/schutz_anerkannt_je_1000/vergleich`: protection seekers with a
# recognised status per 1,000 inhabitants, two variables from two tables — BEV030 of the
# full 12531 file in ../shared, 116,738 cells of 393 Kreise, and the population of all 400
# Kreise from the demo — ranked in three groups, a chart and the complete table each), on
# SQLite and PostgreSQL, rendered from the database on every request and kept (as served),
# against nginx serving the very same HTML bytes as a static file. Beside it the demo's
# concept page, rendered, as the existing page target. Tool: wrk.
#
#   bench/peers.sh                  # DURATION=15s CONNS="1 8" MODES="rendered kept"
#
# Needs: cargo, wrk, nginx (Debian `nginx-light`), curl, python3, and a PostgreSQL at
# BENCH_PG (default postgres://postgres@127.0.0.1:5432) where it may create a database.
. "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-15s}
CONNS=${CONNS:-1 8}
MODES=${MODES:-rendered kept}
FILE=${FILE:-../shared/data/genesis/bench/12531-0043_flat.csv}
need wrk nginx curl python3 psql
build

pg_fresh teilhabe_peers
sqlite="sqlite://$work/demo.db?mode=rwc"
pg="$BENCH_PG/teilhabe_peers"
for url in "$sqlite" "$pg"; do
  "$BIN" --database-url "$url" demo >/dev/null
  "$BIN" --database-url "$url" import genesis "$FILE" | grep -q "116738 Werte" ||
    { echo "the 12531 file did not import" >&2; exit 1; }
done
declare -A port=([SQLite,rendered]=18091 [PostgreSQL,rendered]=18092 [SQLite,kept]=18094 [PostgreSQL,kept]=18095)
for mode in $MODES; do
  serve "$mode" "${port[SQLite,$mode]}" "$sqlite"
  serve "$mode" "${port[PostgreSQL,$mode]}" "$pg"
done
path=/03157/monitoring/schutz_anerkannt_je_1000/vergleich
first=${MODES%% *}
ranked=$(curl -fsS "http://127.0.0.1:${port[SQLite,$first]}/api/v1/bodies/03157/indicators/schutz_anerkannt_je_1000/peers" |
  python3 -c 'import json,sys; g=[x for x in json.load(sys.stdin)["groups"] if x["group"]=="germany"][0]; print(g["ranked"], g["rank"])')
mkdir -p "$work/www"
curl -fsS "http://127.0.0.1:${port[SQLite,$first]}$path" > "$work/www/peers.html"
concept=$(curl -fsS "http://127.0.0.1:${port[SQLite,$first]}/api/v1/bodies/03157/concepts" |
  python3 -c 'import json,sys; print("/03157/konzepte/%d" % next(c["id"] for c in json.load(sys.stdin) if c["version_label"] == "2022"))')
nginx_start 18093

row() { # connections label url
  local p50 p99 rps bad sock
  read -r p50 p99 rps bad sock < <(figures 1 "$1" "$3")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$2" "$1" "$(bytes "$3")" "$p50" "$p99" "$rps" "$bad"
}

echo "wrk -t1 -d$DURATION --latency, connections: $CONNS, median of $ROUNDS; modes: $MODES; $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); code $(git rev-parse --short HEAD)"
echo "Germany group: $ranked (Kreise ranked, Peine's rank)"
echo
echo "| target | connections | bytes | p50 ms | p99 ms | requests/s | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for c in $CONNS; do
  for mode in $MODES; do
    for db in SQLite PostgreSQL; do
      row "$c" "peer ranking, Teilhabe on $db, $mode" "http://127.0.0.1:${port[$db,$mode]}$path"
    done
  done
  row "$c" "peer ranking, nginx static file (limit)" "http://127.0.0.1:18093/peers.html"
  row "$c" "concept page, Teilhabe on SQLite, rendered (existing target)" "http://127.0.0.1:${port[SQLite,rendered]}$concept"
done
pg_drop teilhabe_peers
