#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) and runs each for a bounded
# time, seeded from the test fixtures. Crashing inputs are kept in tests/fuzz/crashes/<target>/.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      default 60
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
build="${FUZZ_BUILD_DIR:-$here/build-fuzz}"
flags="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer -g -O1"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DPP_FUZZ=ON -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$build" --target fuzz_inventorycsv fuzz_endoflife

run() {
    local target="$1"; shift
    local corpus="$build/corpus/$target"
    local crashes="$here/tests/fuzz/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    for seed in "$@"; do cp -n "$seed" "$corpus/" 2>/dev/null || true; done
    echo "== $target: $seconds s"
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=262144 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" 2>&1 | tail -12
}

run fuzz_inventorycsv "$here"/tests/data/csv/*.csv "$here"/tests/data/cli/*.csv
run fuzz_endoflife "$here"/tests/data/endoflife-v0/*.json "$here"/tests/data/endoflife-v1/*.json
