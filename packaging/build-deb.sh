#!/usr/bin/env bash
# Builds the Debian package from this checkout: target/debian/teilhabe_VERSION-REV_ARCH.deb.
# Extra arguments go to cargo-deb, e.g. `--deb-revision 2` for a rebuild of one version.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo_deb_version=3.8.0
if ! cargo deb --version 2>/dev/null | grep -q "$cargo_deb_version"; then
  cargo install cargo-deb --locked --version "$cargo_deb_version"
fi
cargo deb -p teilhabe-cli --locked "$@"
