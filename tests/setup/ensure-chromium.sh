#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own download is not used) and need
# Devanagari fonts; poppler's pdftotext reads the printed brief back. This only checks: a test
# command must not change the system.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium" ] || need+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
echo "The browser tests need ${need[*]}; install with: sudo apt-get install -y ${need[*]}" >&2
exit 1
