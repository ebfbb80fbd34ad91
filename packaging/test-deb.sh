#!/usr/bin/env bash
# Installs, runs, upgrades, removes and purges the Debian package on this (Debian) machine,
# as root, checking at each step what an operator relies on. Without systemd as PID 1 (a
# container, a CI machine) the service is run as the installed unit says — its user, its
# environment, its working directory, its ExecStart — rather than by systemctl.
#
#   packaging/test-deb.sh OLD.deb NEW.deb
set -euo pipefail
old=$(realpath "$1") new=$(realpath "$2")
port=18090
unit=/usr/lib/systemd/system/teilhabe.service
say() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# Runs a teilhabe command as the unit's user with the unit's environment.
as_service() {
  local envs
  envs=$(sed -n 's/^Environment=//p' "$unit")
  (cd "$(sed -n 's/^WorkingDirectory=//p' "$unit")" &&
    runuser -u "$(sed -n 's/^User=//p' "$unit")" -- env $envs "$@")
}

serve() {
  local exec
  exec=$(sed -n 's/^ExecStart=//p' "$unit")
  ! pgrep -u teilhabe >/dev/null || fail "a server of the package is still running"
  as_service $exec --addr "127.0.0.1:$port" > /tmp/teilhabe-deb-serve.log 2>&1 &
  server=$!
  for _ in $(seq 1 150); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  cat /tmp/teilhabe-deb-serve.log; fail "no answer on /healthz"
}

# SIGTERM to the service's process (not the shell around it), as systemctl stop sends it,
# and wait until it has ended: it must end by itself, within the unit's TimeoutStopSec.
stop() {
  local pid
  pid=$(pgrep -u teilhabe -f '^/usr/bin/teilhabe serve') || fail "the server is not running"
  kill -TERM "$pid"
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || { wait "$server" || true; echo "stopped after SIGTERM"; return 0; }
    sleep 0.2
  done
  fail "the server did not end within 30 s of SIGTERM"
}

say "install $(basename "$old")"
dpkg -i "$old" >/dev/null
getent passwd teilhabe >/dev/null || fail "no user teilhabe"
[ "$(stat -c '%U %a' /var/lib/teilhabe)" = "teilhabe 750" ] || fail "/var/lib/teilhabe: $(stat -c '%U %a' /var/lib/teilhabe)"
[ "$(stat -c '%U:%G %a' /etc/teilhabe/teilhabe.toml)" = "root:teilhabe 640" ] || fail "configuration permissions"
systemd-analyze verify "$unit"
echo "exposure: $(systemd-analyze security --offline=yes "$unit" 2>/dev/null | tail -n1)"
as_service teilhabe demo
serve
echo "healthz: $(curl -fsS http://127.0.0.1:$port/healthz), readyz: $(curl -fsS http://127.0.0.1:$port/readyz)"
echo "runs as: $(ps -o user=,args= -p "$(pgrep -u teilhabe -f '^/usr/bin/teilhabe serve')")"
stop
as_service teilhabe export --body 03157 --out /var/lib/teilhabe/before.json >/dev/null

say "upgrade to $(basename "$new")"
dpkg -i "$new" >/dev/null
serve
curl -fsS "http://127.0.0.1:$port/03157" | grep -q "Landkreis Peine" || fail "Peine's page after the upgrade"
echo "version now: $(dpkg-query -W -f '${Version}' teilhabe)"
stop
as_service teilhabe export --body 03157 --out /var/lib/teilhabe/after.json >/dev/null
cmp /var/lib/teilhabe/before.json /var/lib/teilhabe/after.json || fail "the dump changed across the upgrade"
echo "dump of 03157 before = after ($(stat -c %s /var/lib/teilhabe/after.json) bytes)"

say "remove"
dpkg -r teilhabe >/dev/null
[ ! -e /usr/bin/teilhabe ] || fail "binary still there"
[ -f /var/lib/teilhabe/teilhabe.db ] || fail "remove deleted the database"
getent passwd teilhabe >/dev/null || fail "remove deleted the user"
echo "kept: $(du -sh /var/lib/teilhabe | cut -f1) in /var/lib/teilhabe"

say "purge"
dpkg -P teilhabe >/dev/null
[ ! -e /var/lib/teilhabe ] || fail "purge kept /var/lib/teilhabe"
[ ! -e /etc/teilhabe ] || fail "purge kept /etc/teilhabe"
! getent passwd teilhabe >/dev/null || fail "purge kept the user"
echo "all gone"
say "package test passed"
