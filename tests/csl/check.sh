#!/usr/bin/env bash
# Checks that a real CSL processor accepts FactStore's CSL-JSON: a test writes the CSL-JSON of the seed stances'
# sources and of samples of every type and date precision (CslJsonTests), then citeproc-js renders them with the APA
# style and en-US locale vendored here (styles/, locales/), failing on any error (see check.js).
# Needs dotnet, node and npm; the network only for `npm ci` (citeproc-js, pinned in package-lock.json).
# Usage: tests/csl/check.sh [--no-build]    --no-build: the test project is already built (as in .ci/run).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

build=()
[ "${1:-}" = "--no-build" ] && build=(--no-build)

echo "-- writing CSL-JSON (CslJsonTests)"
FACTSTORE_CSL_OUT="$out" dotnet test "$repo/tests/FactStore.Tests" "${build[@]}" --nologo -v q \
  --filter "FullyQualifiedName~FactStore.Tests.Citations.CslJsonTests.WriteAsync_SeedSourcesAndSamples"
for file in seeds.json samples.json; do
  [ -s "$out/$file" ] || { echo "The test did not write $out/$file."; exit 1; }
done

echo "-- installing citeproc-js (npm ci)"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

echo "-- rendering with citeproc-js"
node "$here/check.js" "$out/seeds.json" "$out/samples.json"
