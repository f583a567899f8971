#!/bin/bash
# The like-for-like floor of the import (issue 9, docs/benchmarks.md): the sqlite3 command-line
# tool loading exactly the rows our NVD and KEV import wrote into an imported estate (the
# vulnerabilities, their CPE criteria and references, the findings, the upgrade patches and
# their links, the audit entries, and the components they hang on), from CSV into our own
# tables in one transaction, with the indexes built after the load: the storage engine's best
# case for what our import writes. The export is not timed; the load is. Prints one JSON line:
#   {"baseline":"sqlite3-like-for-like","rows":N,"seconds":S}
# Usage: floor_sqlite.sh ESTATE.db
#   ESTATE.db  a database imported by bench_estate (--db FILE --stop-after "import kev")
set -euo pipefail

[[ $# -eq 1 ]] || {
    echo "usage: floor_sqlite.sh ESTATE.db" >&2
    exit 2
}
estate=$(realpath -- "$1")
command -v sqlite3 >/dev/null || {
    echo "floor_sqlite.sh: the sqlite3 command-line tool is missing (apt-get install sqlite3)" >&2
    exit 1
}
work=$(mktemp -d --tmpdir floor_sqlite.XXXXXX)
trap 'rm -rf -- "$work"' EXIT

tables=(components vulnerabilities vuln_cpe_matches vuln_references findings patches
        patch_findings audit_log)
rows=0
{
    echo "PRAGMA journal_mode = WAL;"
    echo "PRAGMA synchronous = NORMAL;"
    echo "PRAGMA foreign_keys = OFF;"
    echo "BEGIN;"
    for t in "${tables[@]}"; do
        sqlite3 "$estate" "SELECT sql || ';' FROM sqlite_master WHERE type = 'table' AND name = '$t'"
    done
    for t in "${tables[@]}"; do
        sqlite3 -csv "$estate" "SELECT * FROM $t" > "$work/$t.csv"
        rows=$((rows + $(sqlite3 "$estate" "SELECT COUNT(*) FROM $t")))
        echo ".import --csv $work/$t.csv $t"
    done
    for t in "${tables[@]}"; do
        sqlite3 "$estate" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = '$t' AND sql IS NOT NULL"
    done
    echo "COMMIT;"
} > "$work/load.sql"

start=$(date +%s.%N)
sqlite3 "$work/floor.db" < "$work/load.sql" > /dev/null
end=$(date +%s.%N)
awk -v rows="$rows" -v s="$start" -v e="$end" \
    'BEGIN { printf "{\"baseline\":\"sqlite3-like-for-like\",\"rows\":%d,\"seconds\":%.2f}\n", rows, e - s }'
