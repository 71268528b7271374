"""Panels by unit, rule and frame, with code columns, and the counts of `panel --all`: the
module's tables equal the program's CSV cell for cell, and a few answers are worked out from
the sources (the CSTO documents on Uzbekistan's 2012, the COW state list)."""
import csv
import datetime
import io
import math

import pandas as pd
import pytest

import alliance
from conftest import shared_path

UNITS = ["state-year", "state-month", "dyad-year", "directed-dyad-year"]
RULES = ["end-of-year", "first-day", "any-day", "majority", "share"]
FRAMES = ["members", "cow-system", "gw-system"]


def cell(value):
    """A cell as the program writes it: NA for None, <NA> and NaN, numbers as C++'s %g with 6 digits."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "NA"
    if isinstance(value, float):
        return "%.6g" % value
    return str(value)


def program_rows(cli, *args):
    return list(csv.reader(io.StringIO(cli(*args))))


def assert_same_table(frame, rows, what):
    assert list(frame.columns) == rows[0], what
    assert len(frame) == len(rows) - 1, what
    for k, (got, want) in enumerate(zip(frame.itertuples(index=False), rows[1:])):
        assert [cell(v) for v in got] == want, (what, k)


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("unit", UNITS)
def test_panel_equals_the_programs(cli, unit, rule, frame):
    # Around Uzbekistan's suspension and withdrawal (2012); one year over a whole state system.
    start, end = (2011, 2013) if frame == "members" else (2012, 2012)
    codes = None if frame == "members" else ["iso3c", "cown"]
    args = ["panel", "CSTO", "--unit", unit, "--rule", rule, "--frame", frame, "--from", str(start), "--to", str(end)]
    if codes:
        args = ["--codes", ",".join(codes)] + args
    table = alliance.panel("CSTO", unit=unit, start=start, end=end, rule=rule, frame=frame, codes=codes)
    assert len(table) > 0
    assert_same_table(table, program_rows(cli, *args), args)


@pytest.mark.parametrize("codes", [["cown", "iso3c", "name"], "gwc,iso3n", "cowc"])
def test_code_columns_equal_the_programs(cli, codes):
    names = codes if isinstance(codes, str) else ",".join(codes)
    for unit in ["state-year", "dyad-year"]:
        args = ["--codes", names, "panel", "CST", "--unit", unit, "--from", "1992", "--to", "2000"]
        table = alliance.panel("CST", unit=unit, start=1992, end=2000, codes=codes)
        assert_same_table(table, program_rows(cli, *args), args)
    # Numbers are integer columns with <NA>, letters and names str.
    table = alliance.panel("CSTO", codes=names)
    for scheme in names.split(","):
        column = table["party_" + scheme]
        if scheme in ("cown", "gwn", "iso3n"):
            assert str(column.dtype) == "Int32"
        else:
            assert all(isinstance(v, str) for v in column.dropna())


@pytest.mark.parametrize("unit", ["dyad-year", "directed-dyad-year"])
@pytest.mark.parametrize("rule", ["end-of-year", "first-day"])
def test_dyad_counts_equal_the_programs_all(cli, unit, rule):
    table = alliance.dyad_counts(unit=unit, rule=rule, start=1999, end=2013, codes=["cowc", "iso3n"])
    args = ["--codes", "cowc,iso3n", "panel", "--all", "--unit", unit, "--rule", rule, "--from", "1999", "--to", "2013"]
    assert len(table) > 0
    assert_same_table(table, program_rows(cli, *args), args)
    plain = alliance.dyad_counts(unit=unit, rule=rule)
    assert_same_table(plain, program_rows(cli, "panel", "--all", "--unit", unit, "--rule", rule), unit)


def test_registry_methods_on_a_file(cli, cow, state_year_file):
    path = str(state_year_file)
    table = cow.panel("NATO", start=1990, end=1991, frame="gw-system", rule="any-day", codes="cowc")
    args = ["--data", path, "--codes", "cowc", "panel", "NATO", "--unit", "state-year", "--frame", "gw-system",
            "--rule", "any-day", "--from", "1990", "--to", "1991"]
    assert_same_table(table, program_rows(cli, *args), args)
    counts = cow.dyad_counts(start=1950, end=1950)
    assert_same_table(counts, program_rows(cli, "--data", path, "panel", "--all", "--unit", "dyad-year",
                                           "--from", "1950", "--to", "1950"), "counts")


def uzbekistan_2012(rule):
    table = alliance.panel("CSTO", start=2012, end=2012, rule=rule)
    return table[table["party"] == "UZB"].iloc[0]


def test_uzbekistan_2012_by_rule():
    # Uzbekistan "suspended its membership" on 28 June 2012 and withdrew later that year: a
    # member from 1 January to 27 June, the days before its suspension.
    member_days = (datetime.date(2012, 6, 28) - datetime.date(2012, 1, 1)).days
    year_days = (datetime.date(2013, 1, 1) - datetime.date(2012, 1, 1)).days
    assert (member_days, year_days) == (179, 366)
    assert uzbekistan_2012("end-of-year")["member"] == 0   # withdrawn on 31 December
    assert uzbekistan_2012("first-day")["member"] == 1     # a member on 1 January
    assert uzbekistan_2012("any-day")["member"] == 1
    assert uzbekistan_2012("majority")["member"] == 0      # 179 days are not more than half of 366
    share = uzbekistan_2012("share")
    assert share["member"] == share["member_min"] == share["member_max"] == member_days / year_days
    assert uzbekistan_2012("first-day")["status"] == "member"
    assert uzbekistan_2012("end-of-year")["status"] == "withdrawn"
    # By month: a member through May, not from July (June is undecided by the end of the month).
    months = alliance.panel("CSTO", unit="state-month", start=2012, end=2012, rule="share")
    uzb = months[months["party"] == "UZB"].set_index("month")
    assert list(uzb.index) == list(range(1, 13))
    assert (uzb.loc[1:5, "member"] == 1).all()
    assert uzb.loc[6, "member"] == 27 / 30
    assert (uzb.loc[7:12, "member"] == 0).all()


def test_share_undecided_is_nan_between_min_and_max():
    # Uzbekistan joined in 2006 on a day no document gives: its 2006 share is undecided.
    table = alliance.panel("CSTO", start=2006, end=2006, rule="share")
    uzb = table[table["party"] == "UZB"].iloc[0]
    assert math.isnan(uzb["member"])
    assert 0 <= uzb["member_min"] < uzb["member_max"] <= 1
    assert str(table["member"].dtype) == "float64"


def test_cow_system_frame_in_2000_is_states2016():
    # Every state of the COW system on some day of 2000, by the list's own spells.
    states = set()
    with open(shared_path("data/cow-igo-v3/states2016.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if int(row["styear"]) <= 2000 <= int(row["endyear"]):
                states.add(int(row["ccode"]))
    assert len(states) == 191
    # The Collective Security Treaty (the CSTO from 2002) in 2000.
    table = alliance.panel("CST", start=2000, end=2000, frame="cow-system")
    assert len(table) == 191
    assert set(table["party_cown"]) == states
    assert list(table.columns[:3]) == ["organisation", "party", "party_cown"]
    # The members are the treaty's, the others 0.
    members = alliance.members("CST", "2000-12-31")
    assert len(members) >= 6
    assert sorted(table[table["member"] == 1]["party"]) == members
    assert set(table["member"].dropna()) == {0, 1}
