#!/usr/bin/env bash
# Makes the pictures README.md shows from the sample pack, so they show what KpiPack makes today rather than what
# it made when someone last took a screenshot. Run from anywhere; needs the .NET SDK, pdftoppm (Debian:
# poppler-utils) and Chromium (Debian: chromium). docs/performance-scaling.png is the benchmark's own
# (tests/KpiPack.Bench).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp samples/children-and-families/{kpipack.json,catalogue.csv,workbook.xlsx} "$work/"
dotnet run --project src/KpiPack.Cli -v q -- build --pack "$work" --month 2019-06 --appendix 1 >/dev/null 2>&1

# Page 1 of the Jun-19 Appendix 1: keys, exceptions and the start of the table, at a size a README can show.
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/appendix-1-2019-06.pdf" docs/appendix-1-jun-19-page-1

# The HTML edition as a desktop browser opens it.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --window-size=1280,900 \
  --screenshot="$PWD/docs/html-edition-desktop.png" "file://$work/appendix-1-2019-06.html" >/dev/null 2>&1
echo "wrote docs/appendix-1-jun-19-page-1.png and docs/html-edition-desktop.png"
