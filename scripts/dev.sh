#!/usr/bin/env bash
# Patch Planner developer script: install what is needed (Debian 12), build, then run or test.
#   scripts/dev.sh run    build and start the app on the demo database (created if missing)
#   scripts/dev.sh test   build and run every test with ctest
#   scripts/dev.sh build  build only
#   scripts/dev.sh bench [OPTIONS]  build and run the whole-estate benchmark (docs/benchmarks.md;
#                         options go to bench_estate, e.g. --small, --skip-python, --json FILE)
# Environment: BUILD_DIR (default: build), BUILD_TYPE (default: RelWithDebInfo),
#              PP_DB (database for `run`; default: the per-user data directory).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev libgl-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    fonts-ipafont-gothic
    qtkeychain-qt6-dev
    libical-dev
)
# Only for the tests: a PostgreSQL server to run the storage tests against as well, the
# independent iCalendar parser and the PDF tools (pdftotext, pdffonts, pdftoppm).
test_packages=(postgresql-15 python3-icalendar poppler-utils)
# Only for the benchmark: its baselines, the sqlite3 tool and a plain python3.
bench_packages=(sqlite3 python3)

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
    cmake --build "$build_dir"
}

default_db() {
    # Where QStandardPaths::AppDataLocation puts it for PatchPlanner/patchplanner on Linux.
    echo "${XDG_DATA_HOME:-$HOME/.local/share}/PatchPlanner/patchplanner/patchplanner.db"
}

cmd="${1:-run}"
case "$cmd" in
run)
    install_packages "${packages[@]}"
    build
    db="${PP_DB:-$(default_db)}"
    if [ ! -e "$db" ]; then
        mkdir -p "$(dirname "$db")"
        "$build_dir/app/patchplanner" demo "$db"
        # Real lifecycle dates for the demo's products (endoflife.date, MIT; see
        # tests/data/ATTRIBUTION.md), so that the roadmap has something to show.
        "$build_dir/app/patchplanner" --db "$db" import endoflife "$here/tests/data/endoflife-v0"
        # Real vulnerability data (CISA KEV, NVD, JVN samples; see tests/data/ATTRIBUTION.md),
        # matched against the demo estate: findings, due dates and pending patches to look at.
        "$build_dir/app/patchplanner" --db "$db" import nvd "$here"/tests/data/nvd/*.json
        "$build_dir/app/patchplanner" --db "$db" import kev "$here/tests/data/kev/known_exploited_vulnerabilities.json"
        "$build_dir/app/patchplanner" --db "$db" import jvn "$here"/tests/data/jvn/*.xml
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found (DISPLAY is not set): start the app from a desktop session:" >&2
        echo "  $build_dir/app/patchplanner --db \"$db\"" >&2
        exit 1
    fi
    exec "$build_dir/app/patchplanner" --db "$db"
    ;;
test)
    install_packages "${packages[@]}" "${test_packages[@]}"
    build
    export QT_QPA_PLATFORM=offscreen
    runtime_dir="$(mktemp -d)"
    chmod 700 "$runtime_dir"
    export XDG_RUNTIME_DIR="$runtime_dir"
    # Every storage test runs on SQLite and on a real PostgreSQL server.
    PP_TEST_PSQL_URL="$("$here/scripts/pg-test-server.sh" start)"
    export PP_TEST_PSQL_URL
    trap '"$here/scripts/pg-test-server.sh" stop' EXIT
    cd "$build_dir"
    ctest --output-on-failure --timeout 300 -j2
    ;;
build)
    install_packages "${packages[@]}"
    build
    ;;
bench)
    shift
    install_packages "${packages[@]}" "${bench_packages[@]}"
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        export QT_QPA_PLATFORM=offscreen
    fi
    exec "$build_dir/tests/bench/bench_estate" "$@"
    ;;
*)
    echo "usage: scripts/dev.sh run|test|build|bench" >&2
    exit 2
    ;;
esac
