#!/usr/bin/env bash
# How long a tiny write waits for the write lock while 8 writer processes import back to back (issue 13, defect 7).
# Builds tests/FactStore.StressChild in Release, seeds a store, starts WRITERS processes importing FACTS-fact runs in a
# loop and one process writing one entity every 50 ms, for SECONDS; prints the tiny writes' count, median, p99 and max
# (each includes the wait for the lock; a tiny write that timed out counts with the time it waited), the imports done,
# and the errors: tiny writes that timed out and writer processes stopped by an error.
# On PostgreSQL when FACTSTORE_PG holds a connection (Host=…;Username=…;Database=…): the store goes in a fresh schema.
# Usage: benchmarks/lock-wait.sh [SECONDS=30] [WRITERS=8] [FACTS=2000]
set -euo pipefail
seconds=${1:-30} writers=${2:-8} facts=${3:-2000}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/tests/FactStore.StressChild" -c Release -v q -nologo >/dev/null
child="$root/tests/FactStore.StressChild/bin/Release/net10.0/FactStore.StressChild.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/facts.db"
if [ -n "${FACTSTORE_PG:-}" ]; then db="$FACTSTORE_PG;Search Path=lockwait_$$_$RANDOM, public"; fi
dotnet "$child" import "$db" 500 seed >/dev/null
pids=()
for i in $(seq "$writers"); do
  dotnet "$child" imports "$db" "$seconds" "$facts" >"$work/writer$i.out" 2>"$work/writer$i.err" &
  pids+=($!)
done
sleep 1
dotnet "$child" tiny-writes "$db" "$seconds" >"$work/tiny.out" 2>"$work/tiny.err" || true
for pid in "${pids[@]}"; do wait "$pid" || true; done
imports=$(cat "$work"/writer*.out | awk '{s+=$2} END {print s+0}')
errors=$(cat "$work"/*.err | grep -c '^[A-Za-z.]*Exception' || true)
tr ' ' '\n' <"$work/tiny.out" | tail -n +2 | sort -n | awk -v imports="$imports" -v errors="$errors" -v w="$writers" -v f="$facts" '
  { v[NR] = $1 }
  END {
    if (NR == 0) { print "no tiny write finished"; exit }
    p99 = v[int(NR * 0.99 + 0.999)]; if (p99 == "") p99 = v[NR]
    printf "%d writers importing %d facts a run: %d imports; %d tiny writes: median %.0f ms, p99 %.0f ms, max %.0f ms; %d errors\n",
      w, f, imports, NR, v[int((NR + 1) / 2)], p99, v[NR], errors
  }'
cat "$work"/*.err | grep -m 3 '^[A-Za-z.]*Exception' || true
