#!/usr/bin/env bash
# Soak: one writer process importing small runs and eight reader processes querying, for SECONDS (default 60); no
# error may reach any of them. The same test runs in the suite for 10 s (ReadersAndWriterTests).
# Usage: tests/soak/readers-and-writer.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build tests/FactStore.Cli.Tests -v q -nologo
FACTSTORE_SOAK_SECONDS="${1:-60}" dotnet test tests/FactStore.Cli.Tests --no-build \
  --filter "FullyQualifiedName~ReadersAndWriterTests" --logger "console;verbosity=detailed"
