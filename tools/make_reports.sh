#!/usr/bin/env bash
# Regenerate reports/ from the seed pair.
set -euo pipefail
cd "$(dirname "$0")/.."
a=seeds/theweek-met-firearms.txt b=seeds/guardian-met-firearms.txt
python3 -m factcheck compare "$a" "$b" --output reports/seeds.txt
python3 -m factcheck compare "$a" "$b" --format json --output reports/seeds.json
python3 -m factcheck compare "$a" "$b" --format markdown --output reports/seeds.md
python3 -m factcheck facts "$a" --format json --output reports/theweek-facts.json
python3 -m factcheck facts "$b" --format json --output reports/guardian-facts.json
