#!/usr/bin/env bash
# Body #1 against body #N on the databases bench/scale.sh generated (it must have run first):
# does a page cost more because many bodies share the database? Per page (the county's start
# page, the concept page, a measure page, the first OParl page of its papers) and mode (as
# kept, as served; rendered from the database each time), ROUNDS rounds of wrk at CONNS connections,
# #1 and #N alternating and taking turns at going first (ABBA), a pause before each run.
# Besides requests/s, each run counts the CPU time the server and PostgreSQL spent (from
# /proc), so a row also says what one request costs in CPU, which the order of runs and
# the scheduling of wrk on two cores disturb far less than requests/s.
#
#   bench/bodies.sh                       # DBS="sqlite postgres" ROUNDS=6 DURATION=5s CONNS=64
#   DBS=postgres ROUNDS=4 bench/bodies.sh
#
# Needs: cargo, wrk, curl, python3, psql; the databases of bench/scale.sh (SCALE_DIR, and
# teilhabe_scale at BENCH_PG).
DURATION=${DURATION:-5s}
ROUNDS=${ROUNDS:-6}
. "$(dirname "$0")/lib.sh"
CONNS=${CONNS:-64}
DBS=${DBS:-sqlite postgres}
need wrk curl python3 psql
build
for db in $DBS; do scale_ready "$db"; done
server=

# CPU time in clock ticks of the server and of every PostgreSQL process (its backends do the
# queries), one "pid ticks" line each; a run counts what each process spent between the two
# readings (a process that ended meanwhile is not counted, one that started counts whole).
ticks() {
  python3 - "$server" "$1" <<'PY'
import os, sys
def cpu(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(f[11]) + int(f[12])
    except (OSError, IndexError):
        return None
pids = [sys.argv[1]]
if sys.argv[2] == "postgres":
    for pid in os.listdir("/proc"):
        try:
            if pid.isdigit() and open(f"/proc/{pid}/comm").read().strip() == "postgres":
                pids.append(pid)
        except OSError:
            pass
for pid in pids:
    t = cpu(pid)
    if t is not None:
        print(pid, t)
PY
}

run() { # db url → "requests/s cpu-µs-per-request"
  local before after out
  sleep 2
  ticks "$1" > "$work/before"
  out=$(wrk -t2 -c"$CONNS" -d"$DURATION" "$2")
  ticks "$1" > "$work/after"
  python3 - "$work/before" "$work/after" "$(getconf CLK_TCK)" <<PY
import re, sys
out = """$out"""
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
n = int(re.search(r"(\d+) requests in", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
assert not bad, "non-2xx answers: " + bad.group(1)
read = lambda p: dict(tuple(map(int, l.split())) for l in open(p) if l.strip())
before, after = read(sys.argv[1]), read(sys.argv[2])
cpu = sum(t - before.get(pid, 0) for pid, t in after.items()) / int(sys.argv[3])
print(f"{rps:.0f} {1e6 * cpu / n:.1f}")
PY
}

echo "$(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, wrk -t2 -c$CONNS -d$DURATION, $ROUNDS rounds #1/#N alternating (ABBA), code $(git rev-parse --short HEAD)"
echo
echo "| database, page, mode | #1 requests/s (median; min–max) | #N requests/s | ratio | #1 CPU µs/request (median) | #N CPU µs/request | CPU ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for db in $DBS; do
  for mode in kept rendered; do
    serve "$mode" 18190 "$(scale_url "$db")"
    server=${pids[-1]}
    # The pages of the first and the last generated body, as bench/scale.sh picks them.
    python3 - http://127.0.0.1:18190 > "$work/paths" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
bodies = json.load(urllib.request.urlopen(base + "/api/v1/bodies"))
generated = [b for b in bodies if ".example" in (b.get("website") or "")] or bodies
generated.sort(key=lambda b: b["id"])
for b in (generated[0], generated[-1]):
    key = b["key"]
    concepts = json.load(urllib.request.urlopen(f"{base}/api/v1/bodies/{key}/concepts"))
    c = next(c for c in concepts if c["status"] == "adopted")
    measures = json.load(urllib.request.urlopen(f"{base}/api/v1/concepts/{c['id']}/measures"))
    m = measures[len(measures) // 2]
    print(f"/{key} /{key}/konzepte/{c['id']} /{key}/massnahmen/{m['id']} /oparl/v1/body/{key}/papers")
PY
    read -r -a first < <(sed -n 1p "$work/paths")
    read -r -a last < <(sed -n 2p "$work/paths")
    names=(start concept measure oparl)
    for i in 0 1 2 3; do
      a="http://127.0.0.1:18190${first[$i]}"
      b="http://127.0.0.1:18190${last[$i]}"
      curl -fsS -o /dev/null "$a"; curl -fsS -o /dev/null "$b"
      : > "$work/a"; : > "$work/b"
      for r in $(seq 1 "$ROUNDS"); do
        if [ $((r % 4)) = 1 ] || [ $((r % 4)) = 0 ]; then
          run "$db" "$a" >> "$work/a"; run "$db" "$b" >> "$work/b"
        else
          run "$db" "$b" >> "$work/b"; run "$db" "$a" >> "$work/a"
        fi
      done
      python3 - "$db, ${names[$i]}, $mode" "$work/a" "$work/b" <<'PY'
import statistics, sys
def load(path):
    rows = [tuple(map(float, l.split())) for l in open(path) if l.strip()]
    return [r[0] for r in rows], [r[1] for r in rows]
ra, ca = load(sys.argv[2])
rb, cb = load(sys.argv[3])
ma, mb = statistics.median(ra), statistics.median(rb)
pa, pb = statistics.median(ca), statistics.median(cb)
print(f"| {sys.argv[1]} | {ma:,.0f} ({min(ra):,.0f}–{max(ra):,.0f}) | {mb:,.0f} ({min(rb):,.0f}–{max(rb):,.0f}) "
      f"| {max(ma, mb) / min(ma, mb):.2f} ({'#1' if ma > mb else '#N'} faster) | {pa:,.1f} | {pb:,.1f} "
      f"| {max(pa, pb) / min(pa, pb):.2f} ({'#1' if pa < pb else '#N'} cheaper) |")
PY
    done
    kill "$server"; wait "$server" 2>/dev/null || true; server=
  done
done
