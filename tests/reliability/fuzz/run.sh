#!/usr/bin/env bash
# Builds the fuzz targets (the `fuzz` preset: clang, libFuzzer, AddressSanitizer
# and UndefinedBehaviorSanitizer), runs each for a bounded time, then replays
# the seed corpus and everything the run found through the sanitized replay
# program. Any finding (a crash, a sanitizer report, a violated property, a
# timeout, running out of memory) stops the script with a non-zero status.
#
#   bash tests/reliability/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Inputs that libFuzzer finds interesting are kept in build/fuzz/corpus/ (not
# in the repository); a crashing input is written to build/fuzz/findings/ and
# reproduces without libFuzzer, e.g. under gdb:
#   gdb --args build/fuzz/tests/reliability/replay_dates_cxx17 build/fuzz/findings/dates-crash-...
set -euo pipefail
cd "$(dirname "$0")/../../.."

seconds=${1:-50}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(dates timeline period_csv reader_cow_igo_state_year reader_cow_igo_igo_year
             reader_cow_alliance_member reader_atop_member cli cli_data)
fi

cmake --preset fuzz
cmake --build --preset fuzz

bin=build/fuzz/tests/reliability
mkdir -p build/fuzz/findings
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

for target in "${targets[@]}"; do
    seeds=tests/reliability/fuzz/corpus/$target
    found=build/fuzz/corpus/$target
    mkdir -p "$found"
    echo "=== fuzz_$target: ${seconds} s"
    # libFuzzer's progress lines are left out of the log; its closing
    # "Done N runs in S second(s)" line and any report stay in.
    "$bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/findings/$target-" "$found" "$seeds" 2>&1 |
        { grep -v -E '^#[0-9]+|NEW_FUNC|^"|dictionary' || true; }
    echo "=== replay_$target: the seeds and what the run kept"
    "$bin/replay_${target}_cxx17" "$seeds" "$found"
done
