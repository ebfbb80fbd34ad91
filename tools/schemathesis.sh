#!/usr/bin/env bash
# Property-based API testing with Schemathesis (PyPI) against /api/openapi.json of a demo
# server: every operation, with generated valid and invalid input, as the demo's server
# administrator (through an API token) and anonymously. Passes when there is no 5xx, and
# every status code, content type and response body matches the document.
#
#   tools/schemathesis.sh [SECONDS per run, default 300]
#
# It writes to a throwaway demo database in a temporary directory (fuzzing deletes things).
set -euo pipefail
seconds="${1:-300}"
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v st >/dev/null || pip install -q schemathesis
cargo build -q --release -p teilhabe-cli --manifest-path "$root/Cargo.toml"
bin="${CARGO_TARGET_DIR:-$root/target}/release/teilhabe"
work=$(mktemp -d)
cd "$work"
"$bin" demo >/dev/null
token=$("$bin" user token admin --label schemathesis | sed 's/.*: //')
port=18282
"$bin" serve --addr "127.0.0.1:$port" >server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
checks=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
for who in administrator anonymous; do
  auth=()
  [ "$who" = administrator ] && auth=(-H "Authorization: Bearer $token")
  echo "== schemathesis as $who, $seconds s"
  st run "http://127.0.0.1:$port/api/openapi.json" --url "http://127.0.0.1:$port" "${auth[@]}" \
    --checks "$checks" --max-time "$seconds" --workers 2 --continue-on-failure
done
