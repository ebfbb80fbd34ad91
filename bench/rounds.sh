#!/usr/bin/env bash
# Reporting rounds at scale: N counties at full size (default 400, each ~300 measures in
# force, led by ten departments with a contact address each), then one reporting round per
# county started through the coordinator form's own code (`teilhabe bench-data --rounds`:
# the round, its links and every invitation into the outbox in one transaction), its
# deadline a week ago so every report is late. Measured:
#
# 1. Filling the outbox: the time of each round's start (p50, p99) and of all of them,
#    beside the limit in the same run: the database copying the very rows the rounds wrote
#    (outbox and links) into empty tables of the same shape in one transaction.
# 2. The coordinator's work queue (`/admin/`, rendered for every request: signed-in pages
#    are never kept) and the round's page of county #1 and #N, signed in as the county's
#    coordinator: wrk at one connection (what she waits) and at CONNS, beside nginx serving
#    the same HTML as a static file (the limit on this machine).
# 3. Sending: a server given an SMTP server (aiosmtpd, a real one) empties the outbox, beside
#    Python's smtplib sending as many messages of the same size to the same server.
#
#   bench/rounds.sh                               # BODIES=400 DURATION=10s ROUNDS=3 CONNS=64
#   BODIES=20 DURATION=3s ROUNDS=1 bench/rounds.sh   # a quick look
#
# The generated databases (counties only, no official statistics) are kept in ROUNDS_DIR
# (default /var/tmp/teilhabe-rounds) and the PostgreSQL database teilhabe_rounds, and reused
# when they hold the same BODIES (FRESH=1 generates them again); every run deletes the
# rounds, links and mails of the run before and starts the rounds again. DBS="postgres"
# measures one backend only.
#
# Needs: cargo, wrk, nginx (Debian `nginx-light`), curl, python3, psql, and a PostgreSQL at
# BENCH_PG (default postgres://postgres@127.0.0.1:5432) where it may create a database.
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
. "$(dirname "$0")/lib.sh"
CONNS=${CONNS:-64}
DBS=${DBS:-sqlite postgres}
ROUNDS_DIR=${ROUNDS_DIR:-/var/tmp/teilhabe-rounds}
need wrk nginx curl python3 psql
build
aiosmtpd="$TARGET/tmp/aiosmtpd-1.4.6"
[ -d "$aiosmtpd/aiosmtpd" ] || python3 -m pip install --quiet --disable-pip-version-check \
  --no-warn-script-location --target "$aiosmtpd" aiosmtpd==1.4.6 >&2

db_url() { # backend → the URL of its generated database
  case "$1" in
    sqlite) echo "sqlite://$ROUNDS_DIR/teilhabe.db" ;;
    postgres) echo "$BENCH_PG/teilhabe_rounds" ;;
    *) echo "backend '$1': sqlite or postgres" >&2; exit 1 ;;
  esac
}

generate() { # backend → BODIES counties, generated unless already there
  generate_once "$1" "$ROUNDS_DIR" teilhabe_rounds "$(db_url "$1")" "$BODIES" --bodies "$BODIES"
}

sql() { # backend statement… → runs each statement in one transaction, prints the last result
  case "$1" in
    postgres)
      local url
      url=$(db_url postgres)
      shift
      printf '%s;\n' "BEGIN" "$@" "COMMIT" | psql "$url" -qAt -v ON_ERROR_STOP=1
      ;;
    sqlite)
      shift
      python3 - "$ROUNDS_DIR/teilhabe.db" "$@" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA busy_timeout = 5000")
db.execute("BEGIN")
rows = []
for statement in sys.argv[2:]:
    rows = db.execute(statement).fetchall()
db.execute("COMMIT")
for r in rows:
    print("|".join(str(v) for v in r))
PY
      ;;
  esac
}

# The limit of filling the outbox: the database alone writing the same rows (outbox and
# links, as the rounds left them) into empty tables of the same shape, with their indexes,
# in one transaction → seconds.
copy_limit() { # backend
  local started
  sql "$1" "DROP TABLE IF EXISTS bench_outbox" "DROP TABLE IF EXISTS bench_links" >/dev/null
  case "$1" in
    postgres)
      sql postgres "CREATE TABLE bench_outbox (LIKE outbox INCLUDING ALL)" \
        "CREATE TABLE bench_links (LIKE round_links INCLUDING ALL)" >/dev/null
      started=$(date +%s.%N)
      sql postgres "INSERT INTO bench_outbox SELECT * FROM outbox" \
        "INSERT INTO bench_links SELECT * FROM round_links" >/dev/null
      ;;
    sqlite)
      # The same columns and indexes as the originals (their CREATE statements renamed).
      python3 - "$ROUNDS_DIR/teilhabe.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
for table, copy in (("outbox", "bench_outbox"), ("round_links", "bench_links")):
    for (statement,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC", (table,)
    ).fetchall():
        statement = statement.replace(f"TABLE {table}", f"TABLE {copy}").replace(f"ON {table}", f"ON {copy}")
        statement = statement.replace("INDEX ", "INDEX bench_", 1) if statement.startswith("CREATE INDEX") or statement.startswith("CREATE UNIQUE INDEX") else statement
        db.execute(statement)
PY
      started=$(date +%s.%N)
      sql sqlite "INSERT INTO bench_outbox SELECT * FROM outbox" \
        "INSERT INTO bench_links SELECT * FROM round_links" >/dev/null
      ;;
  esac
  python3 -c "import time; print(f'{time.time() - $started:.2f}')"
  sql "$1" "DROP TABLE bench_outbox" "DROP TABLE bench_links" >/dev/null
}

login() { # base-url login password → the session cookie ("name=value")
  curl -fsS -o /dev/null -c "$work/cookies" --data-urlencode "login=$2" --data-urlencode "password=$3" \
    --data-urlencode "weiter=/admin/" "$1/anmelden"
  # Netscape format; HttpOnly cookies (the session's) are written with a "#HttpOnly_" prefix.
  sed -n 's/^#HttpOnly_//p; /^[^#]/p' "$work/cookies" | awk 'NF >= 7 { print $6 "=" $7 }' | head -1
}

wrk_row() { # label url connections cookie limit-rps → one table row; "RPS n" on stderr
  local p50 p99 rps bad sock rows=() i share="100 %" size
  for i in $(seq 1 "$ROUNDS"); do
    [ "$ROUNDS" = 1 ] || sleep 2
    rows+=("$(wrk -t"$(($3 > 1 ? 2 : 1))" -c"$3" -d"$DURATION" --latency -H "Cookie: $4" "$2" | wrk_parse)")
  done
  read -r p50 p99 rps bad sock < <(printf '%s\n' "${rows[@]}" | sort -k3,3n | sed -n "$(((ROUNDS + 1) / 2))p")
  [ -n "$5" ] && share=$(python3 -c "print(f'{100 * $rps / $5:.1f} %')")
  [ "$sock" = 0 ] || bad="$bad ($sock socket errors)"
  size=$(curl -fsS -H "Cookie: $4" "$2" | wc -c)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$3" "$size" "$p50" "$p99" "$rps" "$share" "$bad"
  echo "RPS $rps" >&2
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), code $(git rev-parse --short HEAD), $(nproc) cores; $BODIES counties; wrk -d$DURATION, median of $ROUNDS runs"
port=18190
for db in $DBS; do
  generate "$db"
  url=$(db_url "$db")
  sql "$db" "DELETE FROM round_links" "DELETE FROM outbox" \
    "UPDATE progress_reports SET round_id = NULL WHERE round_id IS NOT NULL" \
    "DELETE FROM reporting_rounds" >/dev/null
  echo
  echo "### $db"
  echo
  "$BIN" --database-url "$url" bench-data --rounds | tee "$work/rounds.$db"
  mails=$(sql "$db" "SELECT COUNT(*) FROM outbox")
  links=$(sql "$db" "SELECT COUNT(*) FROM round_links")
  kb=$(sql "$db" "SELECT CAST(SUM(LENGTH(subject) + LENGTH(text_body) + LENGTH(html_body)) / 1024 AS BIGINT) FROM outbox")
  echo "In the outbox: $mails mails ($kb KiB of subject and bodies), $links links."
  echo "Limit: the database copying those rows into empty tables of the same shape: $(copy_limit "$db") s."

  # The work queue and the round's page of the first and the last county, signed in.
  port=$((port + 1))
  serve kept "$port" "$url"
  base="http://127.0.0.1:$port"
  mapfile -t counties < <(sql "$db" "SELECT b.key || ' ' || r.id FROM bodies b JOIN reporting_rounds r ON r.body_id = b.id ORDER BY b.id" | sed -n '1p;$p')
  rm -rf "$work/www"
  mkdir -p "$work/www"
  declare -A cookie=()
  n=0
  for county in "${counties[@]}"; do
    read -r key round <<<"$county"
    n=$((n + 1))
    label="#1"
    [ "$n" = 1 ] || label="#$BODIES"
    login_name="bench-$key"
    printf 'bench-passwort-%s\n' "$key" | "$BIN" --database-url "$url" user add "$login_name" \
      --name "Koordination $key" --email "koordination@kreis-$key.example" --role coordinator --body "$key" \
      --password-stdin >/dev/null 2>&1 ||
      printf 'bench-passwort-%s\n' "$key" | "$BIN" --database-url "$url" user passwd "$login_name" --password-stdin >/dev/null
    cookie[$label]=$(login "$base" "$login_name" "bench-passwort-$key")
    echo "$label $key $round" >>"$work/counties.$db"
    curl -fsS -H "Cookie: ${cookie[$label]}" "$base/admin/" >"$work/www/queue$n.html"
    grep -q "Arbeitsvorrat\|Berichtsabfrage" "$work/www/queue$n.html" ||
      { echo "$db: the coordinator of $key was not signed in (see $work/www/queue$n.html)" >&2; exit 1; }
    curl -fsS -H "Cookie: ${cookie[$label]}" "$base/admin/rounds/$round" >"$work/www/round$n.html"
  done
  nginx_conf=
  nginx_start $((port + 50))
  echo
  echo "| page | connections | bytes | p50 ms | p99 ms | requests/s | of nginx | non-2xx |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for conns in 1 "$CONNS"; do
    while read -r label key round; do
      n=1
      [ "$label" = "#1" ] || n=2
      for page in queue round; do
        path=/admin/
        [ "$page" = round ] && path="/admin/rounds/$round"
        name="work queue $label"
        [ "$page" = round ] && name="round page $label"
        wrk_row "$name, nginx static file (limit)" "http://127.0.0.1:$((port + 50))/$page$n.html" "$conns" "x=y" "" 2>"$work/rps"
        limit=$(sed -n 's/^RPS //p' "$work/rps")
        wrk_row "$name, Teilhabe on $db" "$base$path" "$conns" "${cookie[$label]}" "$limit" 2>/dev/null
      done
    done <"$work/counties.$db"
  done
  nginx -c "$nginx_conf" -s stop
  sleep 1

  # 3. Sending: a server with SMTP hands the waiting mails to a real SMTP server (aiosmtpd,
  # delivering to a Maildir, as in the tests), beside the limit: Python's smtplib sending
  # as many messages of the mean size over one connection to the same server.
  smtp=$((port + 60))
  rm -rf "$work/Maildir"
  PYTHONPATH="$aiosmtpd" python3 crates/mail/src/smtp_server.py --port "$smtp" --maildir "$work/Maildir" >"$work/smtp.out" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do grep -q ready "$work/smtp.out" 2>/dev/null && break; sleep 0.1; done
  waiting="SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
  queued=$(sql "$db" "$waiting")
  started=$(date +%s.%N)
  serve kept $((port + 70)) "$url" --smtp-host 127.0.0.1 --smtp-port "$smtp" --smtp-security none \
    --mail-from "Integrationskoordination <integration@bench.example>"
  while [ "$(sql "$db" "$waiting")" != 0 ]; do sleep 0.2; done
  took=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
  sent=$(sql "$db" "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL")
  failed=$(sql "$db" "SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL")
  mean=$(sql "$db" "SELECT CAST(AVG(LENGTH(subject) + LENGTH(text_body) + LENGTH(html_body)) AS BIGINT) FROM outbox")
  limit=$(python3 - "$smtp" "$sent" "$mean" <<'PY'
import smtplib, sys, time
from email.message import EmailMessage
port, n, size = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
started = time.time()
with smtplib.SMTP("127.0.0.1", port) as s:
    for i in range(n):
        m = EmailMessage()
        m["From"] = "integration@bench.example"
        m["To"] = f"fb{i % 10}@kreis-{i}.example"
        m["Subject"] = "Sachstandsabfrage"
        m.set_content("x" * (size // 2))
        m.add_alternative("<p>" + "x" * (size // 2) + "</p>", subtype="html")
        s.send_message(m)
print(f"{time.time() - started:.1f}")
PY
)
  echo
  echo "Sending: $queued mails waiting (invitations, and the reminders and digests the server's scheduler entered since), $sent sent and $failed failed in $took s from the server's start, $(python3 -c "print(round($sent / $took))") mails/s; limit: smtplib sent $sent messages of $mean bytes to the same server in $limit s, $(python3 -c "print(round($sent / $limit))") mails/s."
done
