#!/bin/bash
# The sqlite3 baseline of issue 9: the storage engine's limit. The sqlite3 command-line tool
# (Debian package sqlite3) imports the generator's OUT/baseline/{components,cves,cpe_matches}.csv
# into a schema like ours in one transaction and builds the indexes (baseline_sqlite.sql); the
# shell times the sqlite3 process. Prints one JSON line:
#   {"baseline":"sqlite3","rows":N,"seconds":S}
# Usage: baseline_sqlite.sh OUT [DB]
#   OUT  the folder bench_generate wrote
#   DB   the database file to create (replaced if it exists); default a temporary file, removed
set -euo pipefail

die()
{
    echo "baseline_sqlite.sh: $*" >&2
    exit 1
}

[[ $# -ge 1 && $# -le 2 ]] || {
    echo "usage: baseline_sqlite.sh OUT [DB]" >&2
    exit 2
}
out=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sql=$here/baseline_sqlite.sql

command -v sqlite3 >/dev/null || die "the sqlite3 command-line tool is missing (apt-get install sqlite3)"
[[ -f $sql ]] || die "$sql is missing"
[[ -d $out ]] || die "$out is not a folder"
for f in components.csv cves.csv cpe_matches.csv; do
    [[ -s $out/baseline/$f ]] || die "$out/baseline/$f is missing or empty (run bench_generate first)"
done

if [[ $# -eq 2 ]]; then
    db=$(realpath -m -- "$2")
    keep=1
else
    db=$(mktemp --tmpdir baseline_sqlite.XXXXXX.db)
    keep=0
fi
cleanup()
{
    if [[ $keep -eq 0 ]]; then
        rm -f -- "$db" "$db-wal" "$db-shm" "$db-journal"
    fi
}
trap cleanup EXIT
rm -f -- "$db" "$db-wal" "$db-shm" "$db-journal"

# The file names in the SQL are relative to OUT/baseline.
cd -- "$out/baseline"
start=$(date +%s.%N)
sqlite3 -batch "$db" <"$sql" >/dev/null || die "sqlite3 failed"
end=$(date +%s.%N)

rows=$(sqlite3 -batch "$db" "SELECT (SELECT count(*) FROM components)
    + (SELECT count(*) FROM vulnerabilities) + (SELECT count(*) FROM vuln_cpe_matches)")
seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
printf '{"baseline":"sqlite3","rows":%d,"seconds":%s}\n' "$rows" "$seconds"
