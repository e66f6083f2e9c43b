#!/bin/sh
# Runs each libFuzzer harness for a bounded time on a copy of its seed corpus
# (tests/fuzz/README.md). Usage: tests/fuzz/run.sh [seconds per harness, default 60] [harness...]
# Harnesses: csv hl7 case (all three when none is named). The build folder is $BUILD_DIR
# (default build-fuzz at the top of the project), configured with -DMMTRACK_FUZZ=ON and clang.
# Exits 1 when a harness found something; the input that did it is left in $WORK_DIR/<harness>/.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
harnesses=${*:-csv hl7 case}
build=${BUILD_DIR:-$root/build-fuzz}
work=${WORK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/mmtrack-fuzz.XXXXXX")}

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMMTRACK_FUZZ=ON
fi
targets=""
for h in $harnesses; do targets="$targets fuzz_$h"; done
# shellcheck disable=SC2086
cmake --build "$build" --target $targets

status=0
for h in $harnesses; do
    case $h in
    csv | hl7) max_len=16384 ;;
    case) max_len=32768 ;;
    *) echo "unknown harness $h (csv, hl7, case)" >&2; exit 2 ;;
    esac
    dir="$work/$h"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    cp "$root/tests/data/fuzz/$h/"* "$dir/corpus/"
    # Past findings are seeds too, so that a regression is found at once.
    cp "$root/tests/data/fuzz/regressions/"* "$dir/corpus/" 2>/dev/null || true
    echo "== fuzz_$h: $seconds s, corpus copy in $dir/corpus"
    if "$build/tests/fuzz/fuzz_$h" "$dir/corpus" -max_total_time="$seconds" \
        -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$dir/artifacts/" >"$dir/log.txt" 2>&1; then
        result="no finding"
    else
        result="FOUND SOMETHING (see $dir/log.txt and $dir/artifacts/)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log.txt" | tail -n 1)
    echo "fuzz_$h: ${runs:-?} executions in $seconds s: $result"
done
exit $status
