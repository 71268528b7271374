"""status_many(): the answers of status(), day by day, in one call, and much faster."""
import pathlib
import sys

import numpy as np

import alliance

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import bench_status_many  # noqa: E402  (bindings/python/bench_status_many.py)


def test_equals_a_loop_of_status_for_every_party():
    days = bench_status_many.days_from("1991-01-01", 12_000)  # 1991 to 2023, every day
    for org in ["CST", "CSTO", "CSTO-PA"]:
        for party in alliance.parties(org):
            got = alliance.status_many(org, party, days)
            assert got.shape == days.shape and got.dtype == object
            assert list(got) == [alliance.status(org, party, d) for d in days.tolist()], (org, party)


def test_a_key_per_day():
    days = np.array(["2010-01-01", "2013-01-01", "1999-06-01", "1998-01-01"], dtype="datetime64[D]")
    orgs = np.array(["CSTO", "CSTO", "CST", "CST"])
    parties = ["UZB", "UZB", "AZE", "Uzbekistan"]
    expected = [alliance.status(o, p, str(d)) for o, p, d in zip(orgs, parties, days)]
    assert list(alliance.status_many(orgs, parties, days)) == expected
    # Uzbekistan in the CSTO before and after it left in 2012; Azerbaijan in the
    # treaty in 1999, the year it lapsed for it; Uzbekistan a treaty member in 1998.
    assert expected == ["member", "withdrawn", "unknown", "member"]


def test_shapes_are_kept():
    days = np.array([["2010-01-01", "2013-01-01"], ["2005-01-01", "2006-06-01"]], dtype="datetime64[D]")
    got = alliance.status_many("CSTO", "UZB", days)
    assert got.shape == (2, 2)
    assert got.tolist() == [["member", "withdrawn"], ["none", "unknown"]]
    assert alliance.status_many("CSTO", "UZB", days[:0].ravel()).shape == (0,)
    # A view with strides (every other day) answers its own days.
    every_other = bench_status_many.days_from("2012-06-26", 6)[::2]
    assert list(alliance.status_many("CSTO", "UZB", every_other)) == ["member", "suspended", "unknown"]


def test_at_least_twenty_times_faster_than_a_loop():
    # Best of several runs each, and measured again before failing, so that a busy
    # machine does not decide the answer (on an idle one the ratio is about 74; CI
    # runs that shared the machine have measured less than half the idle ratio).
    ratios = []
    for _ in range(6):
        loop, many = bench_status_many.measure(100_000, repeats=9)
        ratios.append(loop / many)
        if ratios[-1] >= 20:
            break
    assert max(ratios) >= 20, f"status_many() is only {max(ratios):.1f}x faster than a loop (runs: {ratios})"
