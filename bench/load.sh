#!/usr/bin/env bash
# Load run: one `teilhabe serve` on the databases bench/scale.sh generated (run it first),
# wrk at 200 connections for 10 minutes over a mix of pages of many counties (start page,
# concept, measure, OParl papers, meetings, monitoring, search), the server's resident set
# sampled every 10 s. Prints errors (non-2xx, socket errors) and the memory curve.
#
#   bench/load.sh                           # DB=postgres DURATION=600 CONNS=200
#   DB=sqlite DURATION=120 bench/load.sh
#   MODE=rendered bench/load.sh            # every request rendered from the database
#
# Needs: wrk, curl, python3; the databases of bench/scale.sh in SCALE_DIR / teilhabe_scale.
. "$(dirname "$0")/lib.sh"
DB=${DB:-postgres}
DURATION=${DURATION:-600}
CONNS=${CONNS:-200}
MODE=${MODE:-kept}
need wrk curl python3
build
scale_ready "$DB"
serve "$MODE" 18095 "$(scale_url "$DB")"
pid=${pids[-1]}
base=http://127.0.0.1:18095

# Every tenth generated body: its start page, concept, three measures, papers, meetings,
# monitoring, and a search.
python3 - "$base" > "$work/paths" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
bodies = sorted(json.load(urllib.request.urlopen(base + "/api/v1/bodies")), key=lambda b: b["id"])
for b in bodies[::10]:
    key = b["key"]
    concepts = json.load(urllib.request.urlopen(f"{base}/api/v1/bodies/{key}/concepts"))
    c = next((c for c in concepts if c["status"] == "adopted"), None)
    print(f"/{key}")
    print(f"/oparl/v1/body/{key}/papers")
    print(f"/{key}/sitzungen")
    print(f"/{key}/monitoring")
    print(f"/{key}/suche?q=Sprachkurs")
    if c:
        print(f"/{key}/konzepte/{c['id']}")
        measures = json.load(urllib.request.urlopen(f"{base}/api/v1/concepts/{c['id']}/measures"))
        for m in measures[:: max(1, len(measures) // 3)][:3]:
            print(f"/{key}/massnahmen/{m['id']}")
PY
cat > "$work/mix.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
echo "$(wc -l < "$work/paths") paths; $DB; wrk -t2 -c$CONNS -d${DURATION}s; $(date -u +%Y-%m-%dT%H:%MZ)" >&2
# Warm up, then sample the resident set while wrk runs.
PATHS="$work/paths" wrk -t2 -c"$CONNS" -d10s -s "$work/mix.lua" "$base" >/dev/null
( while kill -0 "$pid" 2>/dev/null; do
    echo "$(date +%s) $(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
    sleep 10
  done ) > "$work/rss" &
sampler=$!
PATHS="$work/paths" wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -s "$work/mix.lua" "$base" > "$work/wrk.txt"
kill "$sampler" 2>/dev/null || true
cat "$work/wrk.txt"
python3 - "$work/rss" "$work/wrk.txt" <<'PY'
import re, sys
samples = [tuple(map(int, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 2]
t0 = samples[0][0]
mib = [(t - t0, kb / 1024) for t, kb in samples]
out = open(sys.argv[2]).read()
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
sock = re.search(r"Socket errors: (.*)", out)
print()
print(f"non-2xx: {errors.group(1) if errors else 0}; socket errors: {sock.group(1) if sock else 'none'}")
first, last = mib[0][1], mib[-1][1]
print(f"resident set: first {first:.1f} MiB, min {min(m for _, m in mib):.1f}, max {max(m for _, m in mib):.1f}, last {last:.1f} MiB ({len(mib)} samples)")
half = len(mib) // 2
a = sum(m for _, m in mib[1:half]) / max(1, len(mib[1:half]))
b = sum(m for _, m in mib[half:]) / max(1, len(mib[half:]))
print(f"mean of the first half {a:.1f} MiB, of the second half {b:.1f} MiB")
print("minute: " + ", ".join(f"{t // 60}: {m:.0f}" for t, m in mib if t % 60 < 10))
PY
