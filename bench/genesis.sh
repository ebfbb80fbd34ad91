#!/usr/bin/env bash
# Statistics import: `teilhabe import genesis` of the 33 MB flat file (116,738 rows) into a
# fresh SQLite database, side by side with pandas `read_csv` only parsing the same file
# (the peer), alternating, RUNS times each; plus the peak memory of the import, the
# reader alone (no database), and PostgreSQL.
#
#   bench/genesis.sh              # RUNS=7
#
# Needs: cargo, python3 with pandas, GNU time (/usr/bin/time), a PostgreSQL at BENCH_PG
# (default postgres://postgres@127.0.0.1:5432) where it may create a database.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
BENCH_PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
SHARED=${TEILHABE_SHARED_DIR:-../shared}
FILE="$SHARED/data/genesis/bench/12531-0043_flat.csv"
TARGET=${CARGO_TARGET_DIR:-target}
case "$TARGET" in /*) ;; *) TARGET="$PWD/$TARGET" ;; esac
python3 -c "import pandas" 2>/dev/null || { echo "bench/genesis.sh needs pandas (pip install pandas)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench/genesis.sh needs GNU time (/usr/bin/time)" >&2; exit 1; }
cargo build --release --locked -p teilhabe-cli -p teilhabe-stats --examples >&2
cargo build --release --locked -p teilhabe-cli >&2
BIN="$TARGET/release/teilhabe"
READ="$TARGET/release/examples/read"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pandas_once() {
  python3 - "$FILE" <<'PY'
import sys, time
import pandas as pd
t = time.perf_counter()
df = pd.read_csv(sys.argv[1], sep=";")
print(f"{time.perf_counter() - t:.3f} {len(df)}")
PY
}

import_once() { # database-url → "seconds peak_kib" (wall time to the millisecond, GNU time
  # reports only hundredths; the process is timed from outside, start-up included)
  python3 - "$BIN" "$1" "$FILE" "$work/time" >"$work/secs" <<'PY'
import subprocess, sys, time
bin, url, path, out = sys.argv[1:]
t = time.perf_counter()
r = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out, bin, "--database-url", url,
                    "import", "genesis", path], capture_output=True, text=True)
secs = time.perf_counter() - t
if "116738 Werte" not in r.stdout:
    sys.exit(r.stdout + r.stderr)
print(f"{secs:.3f}")
PY
  echo "$(cat "$work/secs") $(cat "$work/time")"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: >"$work/pandas"; : >"$work/sqlite"; : >"$work/rss"; : >"$work/reader"
for i in $(seq 1 "$RUNS"); do
  read -r secs rows < <(pandas_once)
  [ "$rows" = 116738 ] || { echo "pandas read $rows rows" >&2; exit 1; }
  echo "$secs" >>"$work/pandas"
  rm -f "$work"/bench.db*
  "$BIN" --database-url "sqlite://$work/bench.db" migrate >/dev/null
  read -r secs kib < <(import_once "sqlite://$work/bench.db")
  echo "$secs" >>"$work/sqlite"; echo "$kib" >>"$work/rss"
  "$READ" "$FILE" | sed -E 's/.*\[([0-9.]+) s\]/\1/' >>"$work/reader"
done
psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS teilhabe_bench_genesis WITH (FORCE)" -c "CREATE DATABASE teilhabe_bench_genesis" >&2
"$BIN" --database-url "$BENCH_PG/teilhabe_bench_genesis" migrate >/dev/null
: >"$work/pg"; : >"$work/pgrss"
for i in $(seq 1 "$RUNS"); do
  read -r secs kib < <(import_once "$BENCH_PG/teilhabe_bench_genesis")  # re-import replaces
  echo "$secs" >>"$work/pg"; echo "$kib" >>"$work/pgrss"
done
psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS teilhabe_bench_genesis WITH (FORCE)" >&2

row() { # label file unit
  echo "| $1 | $(median <"$2") | $(sort -n "$2" | head -1) | $(sort -n "$2" | tail -1) |"
}
echo "$RUNS runs each, alternating; $(nproc) cores; $(date -u +%Y-%m-%d); file $(du -m "$FILE" | cut -f1) MB, 116,738 rows"
echo
echo "| what | median s | min s | max s |"
echo "|---|---:|---:|---:|"
row "pandas read_csv (parse only, the peer)" "$work/pandas"
row "teilhabe import genesis into SQLite (whole command, fresh database)" "$work/sqlite"
row "teilhabe's reader alone (no database)" "$work/reader"
row "teilhabe import genesis into PostgreSQL (re-import, replaces)" "$work/pg"
echo
echo "Peak memory of the import: SQLite median $(( $(median <"$work/rss") / 1024 )) MiB (max $(( $(sort -n "$work/rss" | tail -1) / 1024 )) MiB), PostgreSQL median $(( $(median <"$work/pgrss") / 1024 )) MiB."
