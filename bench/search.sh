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
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
BENCH_PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
TARGET=${CARGO_TARGET_DIR:-target}
case "$TARGET" in /*) ;; *) TARGET="$PWD/$TARGET" ;; esac
for tool in wrk curl python3 psql pgbench; do
  command -v "$tool" >/dev/null || { echo "bench/search.sh needs $tool" >&2; exit 1; }
done
cargo build --release --locked -p teilhabe-cli >&2
BIN="$TARGET/release/teilhabe"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS teilhabe_bench_search WITH (FORCE)" -c "CREATE DATABASE teilhabe_bench_search" >&2
sqlite="sqlite://$work/bench.db?mode=rwc"
pg="$BENCH_PG/teilhabe_bench_search"
echo "| database | generating and indexing 100,000 contributions |"
echo "|---|---|"
for db in "SQLite:$sqlite" "PostgreSQL:$pg"; do
  "$BIN" --database-url "${db#*:}" demo >/dev/null 2>&1
  echo "| ${db%%:*} | $("$BIN" --database-url "${db#*:}" bench-data --key 03157 --contributions 100000) |"
done
"$BIN" --database-url "$sqlite" serve --addr 127.0.0.1:18093 2>/dev/null & pids+=($!)
"$BIN" --database-url "$pg" serve --addr 127.0.0.1:18094 2>/dev/null & pids+=($!)
for port in 18093 18094; do
  for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
done

# The peer's index: the same documents (title and text) of the same body.
psql -q "$pg" >&2 <<'SQL'
CREATE TABLE peer_docs AS
  SELECT d.id, d.title, d.text, to_tsvector('german', d.title || ' ' || d.text) AS tsv
  FROM search_docs d JOIN bodies b ON b.id = d.body_id WHERE b.key = '03157' AND d.public = 1;
CREATE INDEX peer_docs_tsv ON peer_docs USING gin (tsv);
ANALYZE peer_docs;
SQL

latency() { # url → "p50 p99 rps"
  local out
  out=$(wrk -t1 -c1 -d"$DURATION" --latency "$1")
  python3 - <<PY
import re
out = """$out"""
def ms(label):
    m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
print(f"{ms('50'):.2f} {ms('99'):.2f} {rps:.0f} {non2xx.group(1) if non2xx else 0}")
PY
}

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
echo "wrk -t1 -c1 -d$DURATION --latency (Teilhabe, whole page) and pgbench -c1 -T${DURATION%s} (PostgreSQL FTS, SQL only); $(nproc) cores; $(date -u +%Y-%m-%d)"
echo
echo "| query | hits Teilhabe | SQLite p50 ms | SQLite p99 ms | PostgreSQL p50 ms | PostgreSQL p99 ms | hits PostgreSQL FTS | FTS p50 ms | FTS p99 ms |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for q in "Sprachkurs" "Kinderbetreuung" "Kurs" "Wohnungen Dörfern" "Anerkennungsberatung" "Bekhamdor"; do
  enc=$(python3 -c "import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))" "$q")
  hits=$(curl -fsS "http://127.0.0.1:18093/03157/suche?q=$enc" | grep -o '[0-9]* Treffer' | head -1 | cut -d' ' -f1)
  hits_pg=$(curl -fsS "http://127.0.0.1:18094/03157/suche?q=$enc" | grep -o '[0-9]* Treffer' | head -1 | cut -d' ' -f1)
  [ "$hits" = "$hits_pg" ] || { echo "SQLite found $hits, PostgreSQL $hits_pg for $q" >&2; exit 1; }
  read -r s50 s99 _ sbad < <(latency "http://127.0.0.1:18093/03157/suche?q=$enc")
  read -r p50 p99 _ pbad < <(latency "http://127.0.0.1:18094/03157/suche?q=$enc")
  [ "$sbad$pbad" = 00 ] || { echo "non-2xx answers for $q" >&2; exit 1; }
  read -r f50 f99 _ fhits < <(peer "$q")
  echo "| $q | $hits | $s50 | $s99 | $p50 | $p99 | $fhits | $f50 | $f99 |"
done
psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS teilhabe_bench_search WITH (FORCE)" >&2
