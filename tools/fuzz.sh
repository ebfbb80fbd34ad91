#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets) with cargo fuzz for SECONDS each (default
# 600), one after the other, starting from seeds made of the real official statistics
# files, the survey fixtures, the OParl examples and a demo export. A crash stops the run
# and leaves the input under fuzz/artifacts/<target>/; the figures go to fuzz/logs/.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]
#
# cargo fuzz needs a nightly compiler; without one the stable compiler is run with
# RUSTC_BOOTSTRAP=1, which allows the sanitizer flags.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
shared=${SHARED:-$(cd .. && pwd)/shared}
fuzz_target_dir=${FUZZ_TARGET_DIR:-/var/tmp/teilhabe-fuzz-target}

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    fuzz=(cargo +nightly fuzz)
else
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
fi

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(statistics_import indicator_formula survey_answers oparl_import dump_import form_input comment_form upload_check search_text)

seed() { # seed TARGET NAME < content
    mkdir -p "fuzz/corpus/$1"
    cat > "fuzz/corpus/$1/$2"
}
corpus=fuzz/corpus
if [ ! -d "$corpus/statistics_import" ]; then
    for f in "$shared"/data/genesis/classic/*.csv "$shared"/data/genesis/ffcsv/*.csv "$shared"/data/genesis/rest/*.json; do
        head -c 6000 "$f" | seed statistics_import "$(basename "$f")"
    done
    printf 'Schlüssel;Zeitraum;Merkmal;Wert\n03157;2023;BEVSTD;137045\n03157006;2023;BEVSTD;50000\n' | seed statistics_import long.csv
    for f in crates/survey/tests/fixtures/*/*.csv; do
        head -c 6000 "$f" | seed survey_answers "$(basename "$(dirname "$f")")-$(basename "$f")"
    done
    printf 'q1;q2;sprache;designgewicht\n1;2|3;ar;1,5\nja;;de;\n' | seed survey_answers labels.csv
    ex="$shared/oparl/examples"
    { printf '{"body":'; cat "$ex/Body-01.json"; printf ',"organization":['; cat "$ex/Organization-01.json";
      printf '],"person":['; cat "$ex/Person-01.json"; printf '],"meeting":['; cat "$ex/Meeting-01.json";
      printf '],"paper":['; cat "$ex/Paper-01.json"; printf '],"file":['; cat "$ex/File-01.json";
      printf '],"locationList":['; cat "$ex/Location-01.json"; printf ']}'; } | seed oparl_import examples.json
    printf '=BEVSTD[GES=GESW]' | seed indicator_formula margin
    printf 'AUSL / BEVSTD * 100' | seed indicator_formula share
    printf '137.045,5' | seed indicator_formula cell
    printf 'title=Sprachkurs&status=planned&period_start=01.02.2024&budget.year=2024&budget.amount=12.500,50&public=1' | seed form_input measure
    printf '{"name":"Erika","email":"e@example.org","participants":[{"group":1,"count":3}]}' | seed form_input json
    printf 'bericht.pdf\n%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n' | seed upload_check pdf
    printf 'foto.png\n\x89PNG\r\n\x1a\n\0\0\0\rIHDR' | seed upload_check png
    printf 'Sprachkurs Abend\nMehr Sprachkurse am Abend f\xc3\xbcr Berufst\xc3\xa4tige.\xc2\xa0Ein Sprachkursangebot.' | seed search_text german
    printf 'кур\n\xd8\xaf\xd9\x88\xd8\xb1\xd8\xa9 \xe3\x80\x80 \xd0\xba\xd1\x83\xd1\x80\xd1\x81' | seed search_text scripts
    db=$(mktemp -d)
    if cargo run -q -p teilhabe-cli -- --database-url "sqlite://$db/demo.db" demo >/dev/null 2>&1 &&
       cargo run -q -p teilhabe-cli -- --database-url "sqlite://$db/demo.db" export --body 15083 --out "$db/boerde.json" >/dev/null 2>&1; then
        seed dump_import boerde.json < "$db/boerde.json"
    fi
    rm -rf "$db"
fi

if [ ! -d "$corpus/comment_form" ]; then
    printf 'target=measure%%3A12&text=Bitte+auch+Kurse+am+Abend+anbieten.&email=Leser%%40Example.org&website=' | seed comment_form measure
    printf 'target=version&text=%%D9%%86%%D8%%B1%%D8%%AC%%D9%%88+%%D8%%AA%%D9%%88%%D9%%81%%D9%%8A%%D8%%B1+%%D8%%AF%%D9%%88%%D8%%B1%%D8%%A7%%D8%%AA+%%D9%%85%%D8%%B3%%D8%%A7%%D8%%A6%%D9%%8A%%D8%%A9' | seed comment_form arabic
    printf 'target=goal%%3A7&text=https%%3A%%2F%%2Fa.example+www.b.example&website=https%%3A%%2F%%2Fspam.example' | seed comment_form bot
    printf 'action=reject&reason=Nicht+Gegenstand+des+Konzepts&into=4&kind=need&field_ids=3' | seed comment_form moderation
fi

mkdir -p fuzz/logs
for t in "${targets[@]}"; do
    mkdir -p "$corpus/$t"
    case $t in
        dump_import|oparl_import) len=65536 ;;
        *) len=8192 ;;
    esac
    echo "== $t: $secs s"
    # A run that outlives its time by far is stuck: stopped, and reported as a failure.
    CARGO_TARGET_DIR=$fuzz_target_dir timeout --signal=INT $((secs * 2 + 300)) "${fuzz[@]}" run --fuzz-dir fuzz -O "$t" "$corpus/$t" -- \
        -max_total_time="$secs" -max_len="$len" -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 \
        > "fuzz/logs/$t.log" 2>&1 || { echo "$t: CRASH, see fuzz/logs/$t.log and fuzz/artifacts/$t/"; tail -40 "fuzz/logs/$t.log"; exit 1; }
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)' "fuzz/logs/$t.log" | tr '\n' ' '
    grep -E '^#[0-9]+.*(DONE|pulse)' "fuzz/logs/$t.log" | tail -1
    echo
done
