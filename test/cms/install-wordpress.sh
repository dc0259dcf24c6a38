#!/usr/bin/env bash
# WordPress's own formatting functions for test/cms/: PHP's command line, and the files of
# Debian's wordpress package unpacked into node_modules/.cache (not installed: the
# package would bring a web server and a database the tests do not need).
set -euo pipefail
cd "$(dirname "$0")/../.."
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v php >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends php-cli
fi
target=node_modules/.cache/wordpress
[ -d "$target/usr/share/wordpress/wp-includes" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download wordpress 2>/dev/null || (as_root apt-get update -qq && apt-get download wordpress))
mkdir -p "$target"
dpkg-deb -x "$work"/wordpress_*.deb "$target"
