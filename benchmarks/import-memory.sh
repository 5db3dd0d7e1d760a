#!/usr/bin/env bash
# Peak memory of a large import through the CLI (issue 11: "a 1 GB input imports under 200 MB peak RSS").
#
#   benchmarks/import-memory.sh [SIZE_MB] [--format wikidata|jsonl] [--keep]
#
# Builds the CLI in Release, generates an input of about SIZE_MB (default 1024) in a temporary folder, imports it
# into a fresh database under /usr/bin/time -v and reports peak RSS, wall time, records per second and the database
# size. The temporary folder is deleted at the end (unless --keep). Set TMPDIR to put it on another disk.
#
# wikidata (the default): one Wikidata dump of distinct entities, each a copy of ../shared/data/wikidata/Q2112.json
# (Bielefeld) with its id ("Q2112" and the statement ids' "Q2112$" prefix) replaced, one compact entity per line
# between [ and ], as a Wikidata JSON dump is laid out.
# jsonl: canonical FactStore JSON Lines, made by importing such a dump of about 5/8 SIZE_MB into a scratch store
# (not measured) and exporting it with `factstore export --format jsonl` (about 1.6 bytes out per byte in).
set -euo pipefail

size_mb=1024
format=wikidata
keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keep) keep=1; shift ;;
    --format) format="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) size_mb="$1"; shift ;;
  esac
done
case "$format" in
  wikidata|jsonl) ;;
  *) echo "--format must be wikidata or jsonl, not '$format'" >&2; exit 2 ;;
esac

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="${FACTSTORE_WIKIDATA_SAMPLE:-$repo/../shared/data/wikidata/Q2112.json}"
[[ -f "$sample" ]] || sample=/work/shared/data/wikidata/Q2112.json

[[ -x /usr/bin/time ]] || { echo "/usr/bin/time (GNU time) is needed for the peak RSS" >&2; exit 2; }

echo "== building the CLI (Release)" >&2
dotnet build -c Release -v q -nologo "$repo/src/FactStore.Cli" >&2
cli="$repo/src/FactStore.Cli/bin/Release/net10.0/FactStore.Cli.dll"

work="$(mktemp -d "${TMPDIR:-/tmp}/factstore-import-memory.XXXXXX")"
cleanup() { if [[ $keep == 1 ]]; then echo "kept $work" >&2; else rm -rf "$work"; fi; }
trap cleanup EXIT

avail_mb=$(df -Pm "$work" | awk 'NR==2 {print $4}')
need_mb=$((size_mb * 3))
[[ $format == jsonl ]] && need_mb=$((size_mb * 4))
if (( avail_mb < need_mb )); then
  echo "only ${avail_mb} MB free under $work; the input and its database need about ${need_mb} MB" >&2
  exit 2
fi

dump="$work/dump.json"
db="$work/store.db"
dump_mb=$size_mb
[[ $format == jsonl ]] && dump_mb=$((size_mb * 5 / 8))
echo "== generating a ${dump_mb} MB Wikidata dump" >&2
entities=$(python3 - "$sample" "$dump" "$dump_mb" <<'PY'
import json, sys
sample, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
entity = json.dumps(json.load(open(sample, encoding="utf-8")), ensure_ascii=False, separators=(",", ":"))
target = size_mb * 1024 * 1024
written, count = 2, 0
with open(out, "w", encoding="utf-8") as f:
    f.write("[\n")
    while True:
        q = f"Q9{count:07d}2112"
        line = entity.replace('"Q2112"', f'"{q}"').replace("Q2112$", q + "$")
        count += 1
        last = written + len(line.encode("utf-8")) + 2 >= target
        f.write(line + ("\n" if last else ",\n"))
        written += len(line.encode("utf-8")) + 2
        if last:
            break
    f.write("]\n")
print(count)
PY
)
input="$dump"
if [[ $format == jsonl ]]; then
  echo "== importing it into a scratch store and exporting that as JSON Lines (not measured)" >&2
  dotnet "$cli" import wikidata "$dump" --db "$work/scratch.db" >/dev/null
  input="$work/export.jsonl"
  dotnet "$cli" export --format jsonl --db "$work/scratch.db" --out "$input"
  rm -f "$dump" "$work/scratch.db"*
fi
input_bytes=$(stat -c %s "$input")

echo "== importing $entities entities as $format ($((input_bytes / 1024 / 1024)) MB)" >&2
set +e
/usr/bin/time -v -o "$work/time.txt" dotnet "$cli" import "$format" "$input" --db "$db" >"$work/out.txt" 2>"$work/err.txt"
status=$?
set -e
cat "$work/out.txt"
if [[ $status != 0 ]]; then
  echo "import failed (exit $status):" >&2
  cat "$work/err.txt" >&2
  tail -n 25 "$work/time.txt" >&2
  exit 1
fi

peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$work/time.txt")
seconds=$(python3 -c "import sys; p=[float(x) for x in sys.argv[1].split(':')]; print(sum(v*60**i for i,v in enumerate(reversed(p))))" "$wall")
records=$(sqlite3 "$db" 'select (select count(*) from sources)+(select count(*) from entities)+(select count(*) from facts)+(select count(*) from stances)' 2>/dev/null \
  || python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(sum(c.execute(f"select count(*) from {t}").fetchone()[0] for t in ("sources", "entities", "facts", "stances")))
PY
)
db_bytes=$(du -cb "$db"* | awk 'END {print $1}')

printf '\n'
printf 'input           %s MB (%s bytes) of %s, %s entities\n' "$((input_bytes / 1024 / 1024))" "$input_bytes" "$format" "$entities"
printf 'records         %s (sources + entities + facts + stances in the database)\n' "$records"
printf 'peak RSS        %s MB\n' "$((peak_kb / 1024))"
printf 'wall time       %s s (CPU user + system %s s; the wall time depends on what else the machine runs)\n' "$seconds" "$cpu"
printf 'records/s       %s\n' "$(python3 -c "import sys; print(round(int(sys.argv[1]) / float(sys.argv[2])))" "$records" "$seconds")"
printf 'database        %s MB (with -wal and -shm)\n' "$((db_bytes / 1024 / 1024))"
