"""How much faster status_many() answers a column of days than a Python loop of status() calls.

    PYTHONPATH=build/python /usr/bin/python3 bindings/python/bench_status_many.py [DAYS]

Both answer the same questions from the embedded CSTO dataset (Uzbekistan in the
CSTO, one question per day from 1990-01-01 on); each is timed several times and the
best time counts, so that another process on the machine slows neither down.
"""
import sys
import time

import numpy as np

import alliance


def days_from(start, count):
    """`count` consecutive days from `start` ('YYYY-MM-DD'), as datetime64[D]."""
    return np.datetime64(start, "D") + np.arange(count)


def best_time(run, repeats):
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def measure(count=100_000, repeats=5, org="CSTO", party="UZB"):
    """(loop seconds, status_many seconds), each the best of `repeats` runs, after checking both agree."""
    days = days_from("1990-01-01", count)
    dates = days.tolist()  # datetime.date objects: what a Python loop would hold
    loop_answers = [alliance.status(org, party, d) for d in dates]
    many_answers = alliance.status_many(org, party, days)
    if list(many_answers) != loop_answers:
        raise AssertionError("status_many() and a loop of status() disagree")
    loop = best_time(lambda: [alliance.status(org, party, d) for d in dates], max(2, repeats // 2))
    many = best_time(lambda: alliance.status_many(org, party, days), repeats)
    return loop, many


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    loop, many = measure(count)
    print(f"{count} days: loop of status() {loop * 1e3:.1f} ms, status_many() {many * 1e3:.2f} ms, "
          f"ratio {loop / many:.0f}x")


if __name__ == "__main__":
    main()
