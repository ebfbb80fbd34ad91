#!/usr/bin/env bash
# Benchmark: the printed concept of about 60 pages, typeset by Teilhabe (typst, PDF/A-2a +
# PDF/UA-1) against LibreOffice converting the same content, exported as HTML, to PDF —
# side by side in one run, each as a whole process: wall time and peak resident memory.
#
#   bench/report.sh [RUNS] [MEASURES]
#
# Needs LibreOffice (Debian: libreoffice-writer-nogui) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
measures=${2:-480}
target=${CARGO_TARGET_DIR:-target}

command -v soffice >/dev/null || { echo "soffice missing: apt-get install libreoffice-writer-nogui" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install time" >&2; exit 1; }

cargo build --release --quiet -p teilhabe-report --example bench_concept
bin="$target/release/examples/bench_concept"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" data "$work" "$measures" >/dev/null
profile="file://$work/lo-profile"
# LibreOffice's first start creates its profile: once, not counted.
soffice -env:UserInstallation="$profile" --headless --convert-to pdf:writer_web_pdf_Export \
  --outdir "$work/lo" "$work/concept.html" >/dev/null 2>&1

measure() { # label, command…
  local label=$1; shift
  for i in $(seq 1 "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1
    echo "$label $(cat "$work/time")"
  done
}
{
  measure teilhabe "$bin" pdf "$work/data.json" "$work/concept.pdf"
  measure libreoffice soffice -env:UserInstallation="$profile" --headless \
    --convert-to pdf:writer_web_pdf_Export --outdir "$work/lo" "$work/concept.html"
} > "$work/results"

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(date -u +%Y-%m-%d)"
echo "document: $measures measures with a QR code each, 16 indicator charts; teilhabe $(pages "$work/concept.pdf") pages, LibreOffice $(pages "$work/lo/concept.pdf") pages"
printf '%-12s %5s %9s %9s %9s %12s\n' tool runs "min s" "median s" "max s" "peak MiB"
for tool in teilhabe libreoffice; do
  awk -v t="$tool" '$1 == t {print $2, $3}' "$work/results" | sort -n | awk -v t="$tool" '
    { s[NR] = $1; if ($2 > m) m = $2 }
    END { printf "%-12s %5d %9.2f %9.2f %9.2f %12.0f\n", t, NR, s[1], s[int((NR + 1) / 2)], s[NR], m / 1024 }'
done
