#!/usr/bin/env bash
# write_failure.sh PROGRAM — every command of the program, with standard
# output full (/dev/full) and closed: the answer is lost, so the program must
# say so on stderr and exit 2, never 0 and never by a signal. The same
# commands with a working stdout exit 0 (the control: the failure comes from
# the output, not from the arguments).
set -u
program=$1
failures=0

commands=(
    "--help"
    "status --help"
    "status CSTO UZB 2010-01-01"
    "members CSTO 2010-01-01"
    "common CSTO SCO 2013-01-01"
    "overlap CSTO RUS UZB"
    "timeline CSTO"
    "changes CSTO 2010-01-01 2013-01-01"
    "explain CSTO UZB 2010-01-01"
    "orgs"
    "parties"
    "parties CSTO"
    "export --as csv"
    "export CSTO --as json"
    "panel CSTO --unit state-year"
    "panel CSTO --unit dyad-year --from 2010 --to 2013"
    "chart CSTO"
    "cite"
    "--codes cown,iso3c members CSTO 2010-01-01"
)

check() {  # check DESCRIPTION EXPECTED-EXIT ACTUAL-EXIT STDERR
    local what=$1 expected=$2 actual=$3 err=$4
    if [ "$actual" -ne "$expected" ]; then
        echo "FAIL: $what: exit $actual, expected $expected; stderr: $err"
        failures=$((failures + 1))
    elif [ "$expected" -eq 2 ] && ! grep -q "^alliance: .*cannot write the output" <<<"$err"; then
        echo "FAIL: $what: exit 2 but stderr does not say the output was lost: $err"
        failures=$((failures + 1))
    fi
}

for command in "${commands[@]}"; do
    read -r -a args <<<"$command"
    printed=$("$program" "${args[@]}" 2>/tmp/alliance-write-failure-$$.err | wc -c)
    check "alliance $command (control, stdout works)" 0 "${PIPESTATUS[0]}" "$(cat /tmp/alliance-write-failure-$$.err)"
    if [ "$printed" -eq 0 ]; then  # nothing to lose: the command would prove nothing below
        echo "FAIL: alliance $command prints nothing; choose arguments with an answer"
        failures=$((failures + 1))
    fi
    "$program" "${args[@]}" >/dev/full 2>/tmp/alliance-write-failure-$$.err
    check "alliance $command > /dev/full" 2 $? "$(cat /tmp/alliance-write-failure-$$.err)"
    "$program" "${args[@]}" >&- 2>/tmp/alliance-write-failure-$$.err
    check "alliance $command >&- (stdout closed)" 2 $? "$(cat /tmp/alliance-write-failure-$$.err)"
done
rm -f /tmp/alliance-write-failure-$$.err
echo "${#commands[@]} commands, each with a full and a closed stdout: $failures failure(s)"
[ "$failures" -eq 0 ]
