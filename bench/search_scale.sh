#!/usr/bin/env bash
# Search alone on the 400-county database of bench/scale.sh (generated here if missing): wrk
# at CONNS connections against the search page (`/{key}/suche?q=…`, HTML, the first 20 hits
# with snippets) of every tenth county in turn — the searches of bench/load.sh's mix, alone.
# A search answer is never kept (a query is free text), so the mode is moot: every request
# is a search in the database's index of every county's documents. Besides requests/s, the
# CPU the server (and on PostgreSQL its backends) spent per search, from /proc.
#
#   bench/search_scale.sh                 # DBS=sqlite CONNS=16 DURATION=10s ROUNDS=3 Q=Sprachkurs
#   DBS="sqlite postgres" bench/search_scale.sh
#
# Needs: cargo, wrk, curl, python3, psql; generates the scale databases as bench/scale.sh
# does (BODIES, VARIABLES, YEARS, SCALE_DIR) where they are not there yet.
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
. "$(dirname "$0")/lib.sh"
CONNS=${CONNS:-16}
DBS=${DBS:-sqlite}
Q=${Q:-Sprachkurs}
need wrk curl python3 psql
build

cpu() { # backend → clock ticks spent so far by the server (and PostgreSQL's processes)
  python3 - "${pids[-1]}" "$1" <<'PY'
import os, sys
def ticks(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(f[11]) + int(f[12])
    except (OSError, IndexError):
        return 0
pids = [sys.argv[1]]
if sys.argv[2] == "postgres":
    pids += [p for p in os.listdir("/proc") if p.isdigit() and os.path.exists(f"/proc/{p}/comm")
             and open(f"/proc/{p}/comm").read().strip() == "postgres"]
print(sum(ticks(p) for p in pids))
PY
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), code $(git rev-parse --short HEAD), $(nproc) cores, wrk -t2 -c$CONNS -d$DURATION, median of $ROUNDS runs; query \"$Q\""
echo
echo "| database | documents | counties searched | requests/s | p50 ms | p99 ms | CPU ms per search | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
port=18190
for db in $DBS; do
  scale_generate "$db"
  port=$((port + 1))
  serve kept "$port" "$(scale_url "$db")"
  base="http://127.0.0.1:$port"
  # Every tenth county's search, requested in turn by a wrk script.
  python3 - "$base" "$Q" > "$work/search.lua" <<'PY'
import json, sys, urllib.parse, urllib.request
base, q = sys.argv[1], sys.argv[2]
bodies = sorted(json.load(urllib.request.urlopen(base + "/api/v1/bodies")), key=lambda b: b["id"])
paths = [f"/{b['key']}/suche?q={urllib.parse.quote_plus(q)}" for b in bodies[::10]]
print("paths = {" + ", ".join(json.dumps(p) for p in paths) + "}")
print("n = 0\nrequest = function()\n  n = n % #paths + 1\n  return wrk.format(nil, paths[n])\nend")
PY
  counties=$(grep -o '"/' "$work/search.lua" | wc -l)
  case "$db" in
    sqlite) docs=$(python3 -c "import sqlite3; print(sqlite3.connect('$SCALE_DIR/teilhabe.db').execute('SELECT count(*) FROM search_docs').fetchone()[0])") ;;
    postgres) docs=$(psql -Atq "$(scale_url postgres)" -c "SELECT count(*) FROM search_docs") ;;
  esac
  rows=()
  for _ in $(seq 1 "$ROUNDS"); do
    sleep 2
    before=$(cpu "$db")
    out=$(wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s "$work/search.lua" "$base")
    after=$(cpu "$db")
    n=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
    read -r p50 p99 rps bad sock < <(wrk_parse <<<"$out")
    rows+=("$rps $p50 $p99 $(python3 -c "print(f'{1000 * ($after - $before) / $(getconf CLK_TCK) / $n:.2f}')") $bad")
  done
  read -r rps p50 p99 ms bad < <(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(((ROUNDS + 1) / 2))p")
  echo "| $db | $docs | $counties | $rps | $p50 | $p99 | $ms | $bad |"
done
