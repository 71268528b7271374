#!/usr/bin/env bash
# Asks the embedded CSTO data a handful of questions with the alliance program,
# printing each command before its answer.
#   bash examples/demo.sh [path/to/alliance]     (default: build/release/tools/alliance/alliance)
set -euo pipefail

alliance=${1:-build/release/tools/alliance/alliance}
if [ ! -x "$alliance" ]; then
    echo "demo: no program at '$alliance'; build it first: cmake --workflow --preset release" >&2
    exit 2
fi

ask() {
    echo "\$ alliance $*"
    "$alliance" "$@"
}
say() {
    echo
    echo "# $*"
}

today=$(date -u +%F)

echo "The Collective Security Treaty Organization, as its sources tell it."
say "Was Uzbekistan a member in 2010? And in 2013, after it suspended its membership?"
ask status CSTO UZB 2010-01-01
ask status CSTO UZB 2013-01-01
say "Armenia today ($today): it froze its participation in 2024."
ask status CSTO Armenia "$today"
say "Who were the members on 1 January 2010?"
ask members CSTO 2010-01-01
say "When were Russia and Uzbekistan both members? (inclusive days, FROM/TO)"
ask overlap CSTO RUS UZB
say "Uzbekistan joined \"in 2006\": on 1 May 2006 the sources cannot say."
ask status CSTO UZB 2006-05-01
say "What changed between 2010 and 2013?"
ask changes CSTO 2010-01-01 2013-01-01
say "Why 'suspended' in 2013, and which source reads it otherwise?"
ask explain CSTO UZB 2013-01-01
say "A timeline chart, for a browser or a printer:"
chart="${TMPDIR:-/tmp}/csto-chart.svg"
ask chart CSTO -o "$chart"
echo "(written to $chart; open it in a browser)"
