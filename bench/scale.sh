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
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
. "$(dirname "$0")/lib.sh"
CONNS=${CONNS:-64}
DBS=${DBS:-sqlite postgres}
need wrk nginx curl python3 psql
build

port=18090
declare -A base rendered
for db in $DBS; do
  scale_generate "$db"
  port=$((port + 1))
  serve kept "$port" "$(scale_url "$db")"
  base[$db]="http://127.0.0.1:$port"
  serve rendered "$((port + 10))" "$(scale_url "$db")"
  rendered[$db]="http://127.0.0.1:$((port + 10))"
done
size_sqlite=$(du -sh "$SCALE_DIR"/teilhabe.db 2>/dev/null | cut -f1 || true)
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
mkdir -p "$work/www"
paths "${base[$first]}" > "$work/paths.$first"
while read -r page n path; do
  [ "$n" = "#1" ] || continue
  curl -fsS "${base[$first]}$path" > "$work/www/$page.html"
done < "$work/paths.$first"
nginx_start 18099

declare -A nginx_rps
run() { # label url connections page → one table row; "RPS n" on stderr
  local p50 p99 rps bad sock limit=${nginx_rps[$4]:-} share="100 %"
  read -r p50 p99 rps bad sock < <(figures 2 "$3" "$2")
  [ -n "$limit" ] && share=$(python3 -c "print(f'{100 * $rps / $limit:.1f} %')")
  [ "$sock" = 0 ] || bad="$bad ($sock socket errors)"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(bytes "$2")" "$p50" "$p99" "$rps" "$share" "$bad"
  echo "RPS $rps" >&2
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), code $(git rev-parse --short HEAD), $(nproc) cores, wrk -t2 -c$CONNS -d$DURATION, median of $ROUNDS runs; $BODIES bodies, statistics $VARIABLES variables × $YEARS years; database size SQLite ${size_sqlite:-–}, PostgreSQL ${size_pg:-–}"
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
