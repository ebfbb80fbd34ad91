#!/usr/bin/env bash
# Raking: 100,000 respondents on 4 margins (7 + 2 + 3 + 48 = 60 categories), Teilhabe's
# engine against R's survey::rake() (the peer) on the same files in the same run.
#   1. the rake alone, timed inside each program (median of RUNS), same epsilon and maxit;
#   2. the whole command, reading CSV to writing the weights: `teilhabe survey weight`
#      against an Rscript that reads, rakes and writes (median of RUNS, GNU time for memory);
#   3. the largest relative difference between the two programs' weights.
#
#   bench/survey.sh              # N=100000 RUNS=5
#
# Needs: cargo, Rscript with the survey package (Debian: r-cran-survey), GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
RUNS=${RUNS:-5}
EPS=${EPS:-1}
MAXIT=${MAXIT:-50}
TARGET=${CARGO_TARGET_DIR:-target}
case "$TARGET" in /*) ;; *) TARGET="$PWD/$TARGET" ;; esac
Rscript -e 'suppressMessages(library(survey))' 2>/dev/null || { echo "bench/survey.sh needs R's survey package (apt install r-cran-survey)" >&2; exit 1; }
cargo build --release --locked -p teilhabe-cli >&2
cargo build --release --locked -p teilhabe-survey --example rake_timing >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
Rscript bench/survey_data.R "$N" "$work"

echo "== rake alone, median of $RUNS (epsilon $EPS, maxit $MAXIT), $N respondents"
read -r rust_s rust_iter rust_conv < <("$TARGET/release/examples/rake_timing" "$work/responses.csv" "$work/margins.csv" "$EPS" "$MAXIT" "$RUNS" "$work/w_rust.csv")
read -r r_s r_conv < <(Rscript bench/survey_r.R "$work/responses.csv" "$work/margins.csv" "$EPS" "$MAXIT" "$RUNS" "$work/w_r.csv")
printf 'teilhabe rake(): %.4f s (%s sweeps, converged %s)\n' "$rust_s" "$rust_iter" "$rust_conv"
printf 'R survey::rake(): %.4f s (converged %s)\n' "$r_s" "$r_conv"
python3 -c "import sys; print(f'speed-up: {float(sys.argv[2]) / float(sys.argv[1]):.0f}x')" "$rust_s" "$r_s"
python3 - "$work/w_rust.csv" "$work/w_r.csv" <<'PY'
import sys
a = [float(l) for l in open(sys.argv[1]).read().split()[1:]]
b = [float(l) for l in open(sys.argv[2]).read().split()[1:]]
assert len(a) == len(b)
print(f"largest relative difference of the weights: {max(abs(x - y) / abs(y) for x, y in zip(a, b)):.1e}")
PY

echo "== whole command (read CSV, rake, write CSV), median of $RUNS"
cat > "$work/whole.R" <<'R'
suppressMessages(library(survey))
a <- commandArgs(TRUE)
df <- read.csv(a[1], colClasses = "character"); m <- read.csv(a[2])
vars <- unique(m$variable); for (v in vars) df[[v]] <- factor(df[[v]])
pops <- lapply(vars, function(v) { p <- m[m$variable == v, c("category", "target")]; names(p) <- c(v, "Freq"); p })
r <- rake(svydesign(ids = ~1, weights = rep(1, nrow(df)), data = df), lapply(vars, function(v) as.formula(paste0("~", v))),
          pops, control = list(epsilon = as.numeric(a[3]), maxit = as.integer(a[4])))
df$weight <- weights(r); write.csv(df, a[5], row.names = FALSE)
R
measure() { # label command… → median seconds and the largest peak RSS
  local label=$1; shift
  local times=() peak=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$work/t" "$@" >/dev/null 2>&1
    read -r s kib <"$work/t"; times+=("$s"); [ "$kib" -gt "$peak" ] && peak=$kib
  done
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-28s %6.2f s   peak %4d MiB\n' "$label" "$median" $((peak / 1024))
}
measure "teilhabe survey weight" "$TARGET/release/teilhabe" survey weight --responses "$work/responses.csv" --margins "$work/margins.csv" --out "$work/out_rust.csv" --epsilon "$EPS" --max-iter "$MAXIT"
measure "Rscript (read, rake, write)" Rscript "$work/whole.R" "$work/responses.csv" "$work/margins.csv" "$EPS" "$MAXIT" "$work/out_r.csv"
