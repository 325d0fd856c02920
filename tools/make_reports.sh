#!/usr/bin/env bash
# Regenerate reports/ from the seed pair: the report in every format, the facts of each article,
# and (when chromium and Playwright are here) a screenshot of the HTML report for the README.
# tests/test_reports.py checks that the text files are up to date.
set -euo pipefail
cd "$(dirname "$0")/.."
a=seeds/theweek-met-firearms.txt b=seeds/guardian-met-firearms.txt
export COLUMNS=100 NO_COLOR=1
python3 -m factcheck compare "$a" "$b" --output reports/seeds.txt
python3 -m factcheck compare "$a" "$b" --format json --output reports/seeds.json
python3 -m factcheck compare "$a" "$b" --format markdown --output reports/seeds.md
python3 -m factcheck compare "$a" "$b" --format html --output reports/seeds.html
python3 -m factcheck compare "$a" "$b" --format github --output reports/seeds.github.txt
python3 -m factcheck facts "$a" --format json --output reports/theweek-facts.json
python3 -m factcheck facts "$b" --format json --output reports/guardian-facts.json
python3 -m factcheck check "$a" "$b" --output reports/seeds-check.txt
python3 -m factcheck check "$a" "$b" --format json --output reports/seeds-check.json
python3 -m factcheck check "$a" "$b" --format html --output reports/seeds-check.html
if command -v chromium >/dev/null 2>&1 && python3 -c "import playwright" 2>/dev/null; then
    python3 tools/screenshot.py reports/seeds.html reports/seeds-html.png
fi
