#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) and runs each for a bounded
# time, seeded from the test fixtures (which hold the real samples of ../shared/data). Crashing
# inputs are kept in tests/fuzz/crashes/<target>/; turn each into a test before fixing it.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default 60 s, every target
#   FUZZ_JOBS=2 scripts/fuzz.sh 600                     two targets at a time
# Each target's final statistics (executions, corpus size) go to build-fuzz/logs/<target>.log.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
build="${FUZZ_BUILD_DIR:-$here/build-fuzz}"
jobs="${FUZZ_JOBS:-1}"
flags="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer -g -O1"

declare -A seeds=(
    [fuzz_inventorycsv]="tests/data/csv/*.csv tests/data/cli/*.csv"
    [fuzz_endoflife]="tests/data/endoflife-v0/*.json tests/data/endoflife-v1/*.json"
    [fuzz_kev]="tests/data/kev/*.json tests/data/kev/*.csv"
    [fuzz_nvd]="tests/data/nvd/*.json tests/data/nvd/*/*.json"
    [fuzz_jvn]="tests/data/jvn/*.xml"
    [fuzz_sbom]="tests/data/cyclonedx/*.json"
    [fuzz_cpe]="tests/fuzz/seeds/cpe/*"
    [fuzz_version]="tests/fuzz/seeds/version/*"
)
# Largest input per target. The KEV reader runs each input three times (as given, as JSON, as
# CSV): at 256 KB inputs that is a few runs a second, so it gets smaller inputs, seeded with the
# first 16 KB of the real files.
declare -A maxlen=([fuzz_kev]=16384)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_inventorycsv fuzz_endoflife fuzz_kev fuzz_nvd fuzz_jvn fuzz_sbom fuzz_cpe
             fuzz_version)
fi

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DPP_FUZZ=ON -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$build" --target "${targets[@]}"
mkdir -p "$build/logs"

run() {
    local target="$1"
    local corpus="$build/corpus/$target"
    local crashes="$here/tests/fuzz/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    # shellcheck disable=SC2086 # the seed patterns are globs
    local len="${maxlen[$target]:-262144}"
    for seed in $(cd "$here" && ls ${seeds[$target]:-} 2>/dev/null); do
        [ -e "$corpus/$(basename "$seed")" ] || head -c "$len" "$here/$seed" >"$corpus/$(basename "$seed")"
    done
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$len" \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" >"$build/logs/$target.log" 2>&1
    local status=$?
    echo "== $target: $seconds s, exit $status: $(grep -E '^stat::number_of_executed_units' \
        "$build/logs/$target.log" | awk '{print $2}') executions"
    return $status
}

failed=0
running=0
for target in "${targets[@]}"; do
    run "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done
exit $failed
