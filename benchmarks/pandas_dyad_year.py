#!/usr/bin/env python3
"""The COW IGO dyad-year table, built with pandas and with `alliance panel`, timed and checked equal.

    pandas_dyad_year.py --alliance build/bench/tools/alliance/alliance [--runs 3] [--json out.json]

Both sides go from the state-year CSV to the CSV table
party1,party2,year,dyadigos,dyadigos_possible: per unordered pair of states
(party1 < party2, COW abbreviations) per year, the IGOs both were full
members of (code 1), and those where neither certainly was not (code 1 or
-9, missing), listed when that is not 0, by year, party1, party2. Each is
timed end to end, best of --runs, from reading the CSV files to writing the
table's CSV file: pandas in this process, the program as a whole process
(start, reading, computing, its standard output redirected to the file).
The two files must be equal line for line: else the first differences are
printed and the exit status is 1.
Exit status 2: the data or the program is missing.
"""
import argparse
import json
import os
import pathlib
import platform
import resource
import shlex
import subprocess
import sys
import tempfile
import time

import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("ALLIANCE_SHARED_DIR", ROOT.parent / "shared"))
DEFAULT_DATA = SHARED / "data" / "cow-igo-v3" / "state_year_formatv3.csv"


def pandas_table(data, states, out):
    """The dyad-year table written as CSV to `out`, the way a pandas user would build it."""
    abbreviation = (pd.read_csv(states, keep_default_na=False)
                    .drop_duplicates("ccode").set_index("ccode")["stateabb"])
    wide = pd.read_csv(data)
    long = wide.drop(columns="state").melt(id_vars=["ccode", "year"], var_name="igo", value_name="code")
    long = long[long["code"].isin([1, -9])]  # possibly a full member: 1, or -9 (missing)
    # Compact columns: ordered categories compare by code (party1 < party2 is
    # key order), and the self-merge below makes 64 million rows.
    long = pd.DataFrame({
        "igo": long["igo"].astype("category"),
        "year": long["year"].astype("int16"),
        "party": pd.Categorical(long["ccode"].map(abbreviation), categories=sorted(abbreviation), ordered=True),
        "code": long["code"].astype("int8"),
    })
    pairs = long.merge(long, on=["igo", "year"], suffixes=("1", "2"))
    pairs = pairs[pairs["party1"] < pairs["party2"]]
    pairs["dyadigos"] = (pairs["code1"] == 1) & (pairs["code2"] == 1)
    table = (pairs.groupby(["year", "party1", "party2"], observed=True)
             .agg(dyadigos=("dyadigos", "sum"), dyadigos_possible=("dyadigos", "size"))
             .reset_index())
    table[["party1", "party2", "year", "dyadigos", "dyadigos_possible"]].to_csv(out, index=False)


def alliance_table(command, out):
    """The same table, written by the program to its standard output, redirected to `out`."""
    with open(out, "wb") as stdout:
        run = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True)
    if run.returncode != 0:
        sys.exit(f"error: {shlex.join(command)} exited with {run.returncode}:\n{run.stderr}")


def timed(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def differences(ours, theirs, most=10):
    a, b = ours.splitlines(), theirs.splitlines()
    out = [f"line {i + 1}: pandas {x!r}, alliance {y!r}" for i, (x, y) in enumerate(zip(a, b)) if x != y][:most]
    if len(out) < most and len(a) != len(b):
        out.append(f"pandas has {len(a)} lines, alliance {len(b)}")
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA,
                   help="the COW IGO v3 state-year file (default: %(default)s)")
    p.add_argument("--states", type=pathlib.Path,
                   help="the COW state list states2016.csv (default: beside --data)")
    program = p.add_mutually_exclusive_group(required=True)
    program.add_argument("--alliance", metavar="PATH", help="the alliance program: runs PATH --data FILE panel --all --unit dyad-year")
    program.add_argument("--alliance-cmd", metavar="CMD",
                         help="another command that writes the table to standard output; {data} stands for the data file")
    p.add_argument("--runs", type=int, default=3, help="runs of each side; the best counts (default: %(default)s)")
    p.add_argument("--json", type=pathlib.Path, help="also write the result here as JSON")
    args = p.parse_args()
    states = args.states or args.data.parent / "states2016.csv"
    for f in (args.data, states):
        if not f.is_file():
            print(f"error: {f} not found: the COW IGO v3 data (see its README) is read from "
                  f"{DEFAULT_DATA.parent} by default, or from --data / ALLIANCE_SHARED_DIR", file=sys.stderr)
            sys.exit(2)
    if args.alliance:
        if not os.access(args.alliance, os.X_OK):
            print(f"error: the program {args.alliance} is not there or not executable", file=sys.stderr)
            sys.exit(2)
        command = [args.alliance, "--data", str(args.data), "panel", "--all", "--unit", "dyad-year"]
    else:
        command = [w.replace("{data}", str(args.data)) for w in shlex.split(args.alliance_cmd)]

    # Each side writes its CSV file, as `alliance ... > table.csv` would.
    # The sides take turns, so that a busy spell of the machine hits both.
    pandas_times, alliance_times = [], []
    load_average = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        ours_csv, theirs_csv = pathlib.Path(tmp, "pandas.csv"), pathlib.Path(tmp, "alliance.csv")
        for _ in range(max(1, args.runs)):
            pandas_times.append(timed(lambda: pandas_table(args.data, states, ours_csv)))
            alliance_times.append(timed(lambda: alliance_table(command, theirs_csv)))
        ours, theirs = ours_csv.read_text(encoding="utf-8"), theirs_csv.read_text(encoding="utf-8")

    rows = ours.count("\n") - 1
    equal = ours == theirs
    result = {
        "data": str(args.data),
        "rows": rows,
        "equal": equal,
        "runs": len(pandas_times),
        "pandas_seconds": min(pandas_times),
        "alliance_seconds": min(alliance_times),
        "ratio": min(pandas_times) / min(alliance_times),
        "pandas_seconds_all": pandas_times,
        "alliance_seconds_all": alliance_times,
        "pandas_peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "command": shlex.join(command),
        "pandas": pd.__version__,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_at_start": load_average,
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    print(f"dyad-year table of {args.data.name}: {rows} rows, best of {result['runs']} runs each, end to end")
    print(f"  pandas {pd.__version__}: {result['pandas_seconds']:.3f} s  (reading both CSV files, melt, self-merge, "
          f"groupby, writing the CSV file; peak {result['pandas_peak_rss_mib']:.0f} MiB)")
    print(f"  alliance: {result['alliance_seconds']:.3f} s  (the whole process: reading, computing, writing the CSV, "
          "its standard output to a file)")
    print(f"  ratio pandas / alliance: {result['ratio']:.1f}")
    if not equal:
        print("the tables differ:", *differences(ours, theirs), sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print("  the two tables are equal, line for line")


main()
