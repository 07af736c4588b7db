#!/usr/bin/env bash
# Makes the pictures README.md shows from the sample pack, so they show what KpiPack makes today rather than what
# it made when someone last took a screenshot. Run from anywhere; needs the .NET SDK, pdftoppm (Debian:
# poppler-utils, which also has pdfinfo and pdftotext) and Chromium (Debian: chromium). docs/performance-scaling.png is the benchmark's own
# (tests/KpiPack.Bench).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp samples/children-and-families/{kpipack.json,catalogue.csv,workbook.xlsx} "$work/"
dotnet run --project src/KpiPack.Cli -v q -- build --pack "$work" --month 2019-06 --appendix 1 >/dev/null 2>&1

# Page 1 of the Jun-19 Appendix 1: keys, exceptions and the start of the table, at a size a README can show.
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/appendix-1-2019-06.pdf" docs/appendix-1-jun-19-page-1

# The first page of the Jun-20 Appendix 1's charts for the exceptions (the page after the exceptions that is headed so).
dotnet run --project src/KpiPack.Cli -v q -- build --pack "$work" --month 2020-06 --appendix 1 >/dev/null 2>&1
pages=$(pdfinfo "$work/appendix-1-2020-06.pdf" | awk '/^Pages:/ {print $2}')
for page in $(seq 1 "$pages"); do
  if pdftotext -f "$page" -l "$page" "$work/appendix-1-2020-06.pdf" - | grep -q "Charts for the exceptions"; then
    pdftoppm -png -r 110 -f "$page" -l "$page" -singlefile "$work/appendix-1-2020-06.pdf" docs/appendix-1-jun-20-charts
    break
  fi
done

# The HTML edition as a desktop browser opens it.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --window-size=1280,900 \
  --screenshot="$PWD/docs/html-edition-desktop.png" "file://$work/appendix-1-2019-06.html" >/dev/null 2>&1

# The indicators' table of the HTML edition on a 1,366 x 768 laptop, scrolled down to the table as the "Skip to the
# figures" reader would be. Chromium's --screenshot draws a blank page for a URL with a #fragment, so the edition
# is opened at #indicators inside a frame of the window's size; without --run-all-compositor-stages-before-draw the sticky
# cells at the bottom edge come out blank.
cat >"$work/laptop.html" <<'HTML'
<!DOCTYPE html><html lang="en-GB"><title>laptop</title><body style="margin:0"><iframe title="HTML edition" src="appendix-1-2019-06.html#indicators" style="border:0;width:1366px;height:768px;display:block"></iframe></body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --window-size=1366,768 --virtual-time-budget=2000 --run-all-compositor-stages-before-draw \
  --screenshot="$PWD/docs/html-edition-1366.png" "file://$work/laptop.html" >/dev/null 2>&1

# The indicators' table on a 390 x 844 phone, opened at #indicators the same way: the ref, the month's figure and its
# change in view (issue 31).
sed 's/1366px/390px/; s/768px/844px/' "$work/laptop.html" >"$work/phone.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --window-size=390,844 --virtual-time-budget=2000 --run-all-compositor-stages-before-draw \
  --screenshot="$PWD/docs/html-edition-390.png" "file://$work/phone.html" >/dev/null 2>&1

# Page 1 of the 2023 board pack (issue 21).
mkdir "$work/board"
cp samples/board-2023/{kpipack.json,catalogue.csv,workbook.xlsx} "$work/board/"
dotnet run --project src/KpiPack.Cli -v q -- build --pack "$work/board" --month 2023-07 >/dev/null 2>&1
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/board/board-data-tables-2023-07.pdf" docs/board-2023-07-page-1
echo "wrote docs/appendix-1-jun-19-page-1.png, docs/appendix-1-jun-20-charts.png, docs/html-edition-desktop.png, docs/html-edition-1366.png, docs/html-edition-390.png and docs/board-2023-07-page-1.png"
