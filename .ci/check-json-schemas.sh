#!/usr/bin/env bash
# Checks docs/schemas against real output: builds the factstore command (unless --no-build), fills a store in a temp
# folder (the seed articles and annotations, the Wikidata fixture Q2112, a retraction and a redaction), runs every
# command that has --json and `export --format jsonl` on it, and validates each output with ajv (installed from npm into
# the temp folder). Also fails when a schema is not what .ci/json-schemas/generate.js writes.
# Needs dotnet, node and npm (and the network for `npm install`).
# Usage: .ci/check-json-schemas.sh [--no-build]    --no-build: src/FactStore.Cli is already built in Release.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
here="$repo/.ci/json-schemas"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/out"
mkdir -p "$out"

command -v node > /dev/null || { echo "node is missing: the JSON Schemas cannot be checked (install Node.js 18 or later, with npm)."; exit 1; }
command -v npm > /dev/null || { echo "npm is missing: ajv cannot be installed to check the JSON Schemas (install npm with Node.js)."; exit 1; }

echo "-- the schemas are what generate.js writes"
node "$here/generate.js" --check

echo "-- installing ajv@8 and ajv-formats@3 (npm)"
(cd "$work" && npm install --no-audit --no-fund --loglevel=error ajv@8 ajv-formats@3 > "$work/npm.log" 2>&1) \
  || { tail -5 "$work/npm.log"; echo "npm install ajv@8 ajv-formats@3 failed."; exit 1; }

if [ "${1:-}" != "--no-build" ]; then
  echo "-- building src/FactStore.Cli (Release)"
  dotnet build "$repo/src/FactStore.Cli" -c Release -v q -nologo > "$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
fi
cli=$(ls "$repo"/src/FactStore.Cli/bin/Release/*/FactStore.Cli.dll 2>/dev/null | head -1)
[ -n "$cli" ] || { echo "No Release build of src/FactStore.Cli."; exit 1; }
db="$work/facts.db"
fs() { dotnet "$cli" "$@" --db "$db"; }
# Runs a command with --json into $out/NAME.CASE.json; a failing command fails the check.
run() {
  local file=$1; shift
  fs "$@" > "$out/$file" 2> "$work/stderr" || { cat "$work/stderr"; echo "failed: factstore $*"; exit 1; }
}
# A value of the first match of a JavaScript expression over a JSON file: pick FILE 'd => d[0].id'.
pick() { node -e "const d=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')); const v=($2)(d); if (v == null) process.exit(1); console.log(v)" "$out/$1"; }

echo "-- a store: the seeds, a Wikidata item, a retraction and a redaction"
run import.articles.json import plain-text-article "$repo"/seeds/*.txt --json
run import.annotations.json import annotations-jsonl "$repo/seeds/annotations.jsonl" --json
run import.wikidata.json import wikidata "$repo/tests/FactStore.Tests/Importers/Wikidata/Fixtures/Q2112.json" --json
run import.again.json import annotations-jsonl "$repo/seeds/annotations.jsonl" --json
printf 'not json\n' > "$work/bad.jsonl"
run import.skipped.json import jsonl "$work/bad.jsonl" --skip-bad --dry-run --json
run facts.all.json facts --json
run facts.tokaev.json facts --subject Tokaev --json
run facts.bielefeld.json facts --subject Q2112 --all-ranks --json
retracted=$(pick facts.tokaev.json 'd => d[d.length - 1].id')
redacted=$(pick facts.bielefeld.json 'd => d.flatMap(f => f.stances).find(s => s.source.byReference).source.id')
printf '{"type":"retraction","targetId":"%s","reason":"Checking the schemas."}\n{"type":"redaction","targetId":"%s","reason":"Checking the schemas."}\n' \
  "$retracted" "$redacted" > "$work/admin.jsonl"
run import.admin.json import jsonl "$work/admin.jsonl" --json

echo "-- every command with --json"
run facts.after.json facts --all-ranks --json
run stances.all.json stances --json
run stances.evseev.json stances --holder Evseev --json
run search.brotherhood.json search Brotherhood --json
run search.csto.json search CSTO --json
run search.bielefeld.json search Bielefeld --json
run entity.tokaev.json entity Tokaev --json
run entity.bielefeld.json entity Q2112 --json
run entities.all.json entities --json
run predicates.all.json predicates --json
run contested.all.json contested --json
contested=$(pick contested.all.json 'd => d[0].fact.id')
fact=$(pick facts.tokaev.json 'd => d[0].id')
stance=$(pick facts.tokaev.json 'd => d[0].stances[0].id')
entity=$(pick facts.tokaev.json 'd => d[0].subject.id')
source=$(pick facts.tokaev.json 'd => d[0].stances[0].source.id')
run consensus.contested.json consensus "$contested" --json
run consensus.retracted.json consensus "$retracted" --json
run timeline.tokaev.json timeline Tokaev --json
run history.fact.json history "$fact" --json
run history.retracted.json history "$retracted" --json
run history.stance.json history "$stance" --json
run history.source.json history "$source" --json
run history.redacted.json history "$redacted" --json
run history.entity.json history "$entity" --json
run source.article.json source "$source" --json
run source.redacted.json source "$redacted" --json
run cite.fact-csl.json cite "$fact" --json
run cite.fact-annotation.json cite "$fact" --format web-annotation --json
run cite.stance-csl.json cite "$stance" --json
run cite.stance-annotation.json cite "$stance" --format web-annotation --json
run sheet.fact.json sheet "$fact" --json
run sheet.entity.json sheet Tokaev --json
run stats.all.json stats --json
# verify exits 1 with findings; a clean store is expected here.
run verify.all.json verify --json
run jsonl.export.jsonl export --format jsonl
run jsonl.provenance.jsonl export --format jsonl --provenance

echo "-- validating with ajv"
NODE_PATH="$work/node_modules" node "$here/validate.js" "$repo/docs/schemas" "$out"
