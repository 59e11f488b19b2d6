#!/usr/bin/env bash
# The main job on the bundled fixtures: the dataset of every seed and dated
# corpus page; of the seeds and English corpus pages, one changelog a
# document, the merged changelog of the global English docs, where the
# newest pages disagree, and the history dataset and report of the global
# English docs. With --check: write nothing, exit 1 when any of them is
# stale.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=(node dist/cli/bin.js)
english=(fixtures/seeds/*.txt fixtures/corpus/*_en_*.md)
documents=(global/en/locations global/en/locations-providers china/en/locations)

if [ "${1:-}" = --check ]; then
  "${cli[@]}" dataset fixtures/seeds/*.txt fixtures/corpus/2*.md --out dataset --check
  emit() { diff -q - "$1" > /dev/null || { echo "er-locations: $1 is stale: run \`npm start\`" >&2; exit 1; }; }
else
  "${cli[@]}" dataset fixtures/seeds/*.txt fixtures/corpus/2*.md --out dataset
  emit() { cat > "$1"; }
fi

for document in "${documents[@]}"; do
  "${cli[@]}" changelog "${english[@]}" --document "$document" | emit "history/${document//\//-}.md"
done
"${cli[@]}" changelog "${english[@]}" --merge --document global/en | emit history/global-en-merged.md
"${cli[@]}" compare "${english[@]}" | emit history/disagreements.txt
# The history dataset of the global English docs (history/global-en/); "$@" is --check or nothing.
"${cli[@]}" history "${english[@]}" --document global/en --out history/global-en "$@"
# The report of the global English docs (history/report/index.html); "$@" is --check or nothing.
"${cli[@]}" report "${english[@]}" --document global/en --out history/report "$@"
