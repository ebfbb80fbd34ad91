#!/usr/bin/env bash
# Full-text search at scale: the demo plus 100,000 generated contributions (Landkreis Peine,
# 03157), on SQLite and on PostgreSQL. wrk fetches the search page (/03157/suche?q=…, HTML,
# the first 20 hits with snippets) at one connection, for six queries from common to rare,
# as the public. The peer, in the same run: PostgreSQL's own German full-text search
# (to_tsvector('german', …) with a GIN index, ts_rank, the first 20 and the total) over the
# same texts, the SQL alone through pgbench — no HTTP, no page; it matches whole stemmed
# words only, so it finds fewer (no compounds).
#
#   bench/search.sh            # DURATION=10s per wrk and pgbench run
#
# Needs: cargo, wrk, curl, python3, psql, pgbench, and a PostgreSQL at BENCH_PG (default
# postgres://postgres@127.0.0.1:5432) where it may create a database.
. "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-10s}
need wrk curl python3 psql pgbench
build

pg_fresh teilhabe_bench_search
sqlite="sqlite://$work/bench.db?mode=rwc"
pg="$BENCH_PG/teilhabe_bench_search"
echo "| database | generating and indexing 100,000 contributions |"
echo "|---|---|"
for db in "SQLite:$sqlite" "PostgreSQL:$pg"; do
  "$BIN" --database-url "${db#*:}" demo >/dev/null 2>&1
  echo "| ${db%%:*} | $("$BIN" --database-url "${db#*:}" bench-data --key 03157 --contributions 100000) |"
done
# Kept or not makes no difference here: a search answer is never kept (a query is free text).
serve kept 18093 "$sqlite"
serve kept 18094 "$pg"

# The peer's index: the same documents (title and text) of the same body.
psql -q "$pg" >&2 <<'SQL'
CREATE TABLE peer_docs AS
  SELECT d.id, d.title, d.text, to_tsvector('german', d.title || ' ' || d.text) AS tsv
  FROM search_docs d JOIN bodies b ON b.id = d.body_id WHERE b.key = '03157' AND d.public = 1;
CREATE INDEX peer_docs_tsv ON peer_docs USING gin (tsv);
ANALYZE peer_docs;
SQL

peer() { # query words → "p50 p99 tps hits"
  local q="$1"
  printf "SELECT d.id, ts_rank(d.tsv, q) AS r, count(*) OVER () FROM peer_docs d, plainto_tsquery('german', '%s') q WHERE d.tsv @@ q ORDER BY r DESC LIMIT 20;\n" "$q" >"$work/peer.sql"
  rm -f "$work"/pgbench_log.*
  (cd "$work" && pgbench -n -c1 -T "${DURATION%s}" -f peer.sql -l --log-prefix=pgbench_log "$pg" >/dev/null 2>&1)
  local hits
  hits=$(psql -tAq "$pg" -c "SELECT count(*) FROM peer_docs d, plainto_tsquery('german', '$q') q WHERE d.tsv @@ q")
  python3 - "$work" "$hits" <<'PY'
import glob, sys
lat = sorted(int(line.split()[2]) / 1000 for f in glob.glob(sys.argv[1] + "/pgbench_log.*") for line in open(f))
p = lambda x: lat[min(len(lat) - 1, int(len(lat) * x))]
print(f"{p(0.5):.2f} {p(0.99):.2f} {len(lat) / float(sum(lat) / 1000):.0f} {sys.argv[2]}")
PY
}

echo
echo "wrk -t1 -c1 -d$DURATION --latency (Teilhabe, whole page) and pgbench -c1 -T${DURATION%s} (PostgreSQL FTS, SQL only); $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); code $(git rev-parse --short HEAD)"
echo
echo "| query | hits Teilhabe | SQLite p50 ms | SQLite p99 ms | PostgreSQL p50 ms | PostgreSQL p99 ms | hits PostgreSQL FTS | FTS p50 ms | FTS p99 ms |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for q in "Sprachkurs" "Kinderbetreuung" "Kurs" "Wohnungen Dörfern" "Anerkennungsberatung" "Bekhamdor"; do
  enc=$(python3 -c "import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))" "$q")
  hits=$(curl -fsS "http://127.0.0.1:18093/03157/suche?q=$enc" | grep -o '[0-9]* Treffer' | head -1 | cut -d' ' -f1)
  hits_pg=$(curl -fsS "http://127.0.0.1:18094/03157/suche?q=$enc" | grep -o '[0-9]* Treffer' | head -1 | cut -d' ' -f1)
  [ "$hits" = "$hits_pg" ] || { echo "SQLite found $hits, PostgreSQL $hits_pg for $q" >&2; exit 1; }
  read -r s50 s99 _ sbad _ < <(figures 1 1 "http://127.0.0.1:18093/03157/suche?q=$enc")
  read -r p50 p99 _ pbad _ < <(figures 1 1 "http://127.0.0.1:18094/03157/suche?q=$enc")
  [ "$sbad$pbad" = 00 ] || { echo "non-2xx answers for $q" >&2; exit 1; }
  read -r f50 f99 _ fhits < <(peer "$q")
  echo "| $q | $hits | $s50 | $s99 | $p50 | $p99 | $fhits | $f50 | $f99 |"
done
pg_drop teilhabe_bench_search
