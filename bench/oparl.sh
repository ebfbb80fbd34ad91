#!/usr/bin/env bash
# OParl paging at scale: a generated body with 100,000 papers and one with 10,000, on SQLite
# and PostgreSQL. Measures (1) the time to crawl a body's whole paper list page by page
# (limit 100) — it should grow linearly with the number of papers — and (2) the latency of
# the first and the last page of the 100,000 (wrk, one connection) — keyset paging should
# make them cost the same. The servers render every request (`--page-cache-mb 0`), or the
# second request of a page would be the kept copy and say nothing about paging.
#
#   bench/oparl.sh            # DURATION=10s per wrk run
#
# Needs: cargo, wrk, curl, python3, and a PostgreSQL at BENCH_PG (default
# postgres://postgres@127.0.0.1:5432) where it may create a database.
. "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-10s}
need wrk curl python3 psql
build

pg_fresh teilhabe_bench_oparl
sqlite="sqlite://$work/bench.db?mode=rwc"
pg="$BENCH_PG/teilhabe_bench_oparl"
for db in "$sqlite" "$pg"; do
  "$BIN" --database-url "$db" bench-data --key 09999 --papers 100000 >&2
  "$BIN" --database-url "$db" bench-data --key 09998 --papers 10000 >&2
done
# Rendered: the comparison is what paging costs in the database, which a kept page hides.
serve rendered 18091 "$sqlite"
serve rendered 18092 "$pg"

crawl() { # port key → "seconds pages papers last_page_url"
  python3 - "$1" "$2" <<'PY'
import json, sys, time, urllib.request
port, key = sys.argv[1], sys.argv[2]
url = f"http://127.0.0.1:{port}/oparl/v1/body/{key}/papers?limit=100"
pages = papers = 0
last = url
start = time.perf_counter()
while url:
    page = json.load(urllib.request.urlopen(url))
    pages += 1
    papers += len(page["data"])
    last = url
    url = page["links"].get("next")
print(f"{time.perf_counter() - start:.2f} {pages} {papers} {last}")
PY
}

echo "wrk -t1 -c1 -d$DURATION --latency, median of $ROUNDS; crawl with limit=100; servers rendering every request (--page-cache-mb 0); $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); code $(git rev-parse --short HEAD)"
echo
echo "| database | papers | crawl s | pages | papers seen | crawl s per 10,000 papers |"
echo "|---|---:|---:|---:|---:|---:|"
declare -A last
for db in SQLite:18091 PostgreSQL:18092; do
  name=${db%%:*}; port=${db##*:}
  for key in 09998 09999; do
    read -r secs pages seen lasturl < <(crawl "$port" "$key")
    [ "$key" = 09999 ] && last[$name]=$lasturl
    python3 -c "print(f'| $name | {$seen:,} | $secs | $pages | {$seen:,} | {$secs / $seen * 10000:.2f} |')"
  done
done
echo
echo "| database | page | p50 ms | p99 ms | requests/s |"
echo "|---|---|---:|---:|---:|"
for db in SQLite:18091 PostgreSQL:18092; do
  name=${db%%:*}; port=${db##*:}
  read -r p50 p99 rps _ < <(figures 1 1 "http://127.0.0.1:$port/oparl/v1/body/09999/papers?limit=100")
  echo "| $name | first (papers 1–100) | $p50 | $p99 | $rps |"
  read -r p50 p99 rps _ < <(figures 1 1 "${last[$name]}")
  echo "| $name | last (papers 99,901–100,000) | $p50 | $p99 | $rps |"
done

# (3) `import oparl` of the 100,000-paper body from the SQLite server into a fresh SQLite
# and a fresh PostgreSQL database, beside a crawl of the same lists (organizations,
# persons, meetings, papers, …) that only fetches and parses: the floor for any importer.
crawl_all() { # port key → seconds
  python3 - "$1" "$2" <<'PY'
import json, sys, time, urllib.request
port, key = sys.argv[1], sys.argv[2]
start = time.perf_counter()
body = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/oparl/v1/body/{key}"))
for field in ["organization", "person", "meeting", "paper", "agendaItem", "consultation",
              "file", "locationList", "legislativeTermList", "membership"]:
    url = body.get(field)
    while url:
        page = json.load(urllib.request.urlopen(url))
        url = page["links"].get("next")
print(f"{time.perf_counter() - start:.2f}")
PY
}
pg_fresh teilhabe_bench_import
echo
echo "| what | seconds |"
echo "|---|---:|"
echo "| crawl only (python, fetch + parse every list page) | $(crawl_all 18091 09999) |"
for target in "SQLite:sqlite://$work/import.db" "PostgreSQL:$BENCH_PG/teilhabe_bench_import"; do
  name=${target%%:*}; url=${target#*:}
  start=$(date +%s.%N)
  "$BIN" --database-url "$url" import oparl -q --body 09999 http://127.0.0.1:18091/oparl/v1/system >"$work/import.log"
  end=$(date +%s.%N)
  grep -q "Vorlagen *100000 neu" "$work/import.log" || { cat "$work/import.log" >&2; exit 1; }
  python3 -c "print(f'| teilhabe import oparl into $name (100,000 papers new) | {$end - $start:.2f} |')"
  start=$(date +%s.%N)
  "$BIN" --database-url "$url" import oparl -q --body 09999 http://127.0.0.1:18091/oparl/v1/system >"$work/import.log"
  end=$(date +%s.%N)
  grep -q "Vorlagen *0 neu *0 geändert *100000 unverändert" "$work/import.log" || { cat "$work/import.log" >&2; exit 1; }
  python3 -c "print(f'| second run into $name (all 100,000 fetched again, none changed) | {$end - $start:.2f} |')"
done
pg_drop teilhabe_bench_import
pg_drop teilhabe_bench_oparl
