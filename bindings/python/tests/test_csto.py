"""The module on the embedded CSTO dataset: answers worked out by hand from the dataset's
documents (include/alliance/data/csto.hpp quotes them), and the same questions asked of
the program `alliance`, whose answers the module's must equal."""
import csv
import datetime
import io

import pytest

import alliance

# Days around the dataset's boundaries: the treaty's signature (1992-05-15) and entry
# into force (1994-04-20), the lapse of 1999, the CSTO's founding (2002-05-14) and
# charter (2002-10-07), Uzbekistan's return (2006) and suspension (2012-06-28), 2024.
DAYS = ["1992-01-01", "1993-06-01", "1994-04-20", "1999-06-01", "2000-01-01", "2002-05-14",
        "2002-10-07", "2006-06-01", "2010-01-01", "2012-06-27", "2012-06-28", "2024-05-12"]


@pytest.mark.parametrize("org, party, day, expected", [
    # "On 28 June 2012, Uzbekistan suspended its membership in the CSTO": a member the day
    # before, suspended that day (periods are half-open in days).
    ("CSTO", "UZB", "2012-06-27", "member"),
    ("CSTO", "UZB", "2012-06-28", "suspended"),
    # It withdrew later in 2012, on a day no document gives: unknown until the year's end.
    ("CSTO", "UZB", "2012-07-01", "unknown"),
    ("CSTO", "UZB", "2013-06-01", "withdrawn"),
    ("CSTO", "UZB", "2010-01-01", "member"),
    # Uzbekistan "joined the CSTO in 2006": which day of 2006 the sources do not say.
    ("CSTO", "UZB", "2006-06-01", "unknown"),
    ("CSTO", "UZB", "2005-12-31", "none"),
    # The treaty lapsed for Azerbaijan in 1999 (not before 3 April): undecided in June,
    # withdrawn in 2000, a member in 1998.
    ("CST", "AZE", "1998-01-01", "member"),
    ("CST", "AZE", "1999-06-01", "unknown"),
    ("CST", "AZE", "2000-01-01", "withdrawn"),
    # Russia signed the treaty on 15 May 1992; it entered into force on 20 April 1994.
    ("CST", "RUS", "1993-06-01", "signatory"),
    ("CST", "RUS", "1994-04-20", "member"),
    # Keys and English names, in any case.
    ("csto", "Kazakhstan", "2010-01-01", "member"),
])
def test_status_by_hand(org, party, day, expected):
    assert alliance.status(org, party, day) == expected
    assert alliance.status(org, party, datetime.date.fromisoformat(day)) == expected


def test_participation_beside_the_standing():
    # 004: "On 23 February 2024, ... Pashinyan, confirmed that Armenia has frozen its
    # participation in the CSTO", "de facto (not formally)": a member all along.
    assert alliance.status("CSTO", "ARM", "2024-05-12") == "member"
    assert alliance.participation("CSTO", "ARM", "2024-05-12") == "frozen"
    assert alliance.participation("CSTO", "ARM", "2024-02-22") == "none"
    assert "ARM" in alliance.members("CSTO", "2024-05-12")
    # The latest document was last edited on 12 May 2024: past it, nothing is known.
    assert alliance.status("CSTO", "ARM", "2024-05-13") == "unknown"
    assert alliance.participation("CSTO", "ARM", "2024-05-13") == "unknown"


def test_members_by_hand():
    # The six founding members of 2002; Uzbekistan back between 2006 and its 2012 suspension.
    founders = ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
    assert alliance.members("CSTO", "2003-01-01") == founders
    assert alliance.members("CSTO", datetime.date(2010, 1, 1)) == sorted(founders + ["UZB"])
    assert "UZB" not in alliance.members("CSTO", "2013-01-01")
    # Members are certain members only: in 2006 Uzbekistan's day of joining is unknown.
    assert "UZB" not in alliance.members("CSTO", "2006-06-01")


def test_orgs_and_parties_are_the_programs(cli):
    def table(text):
        return [line.split(None, 1)[0] for line in text.splitlines()]

    assert list(alliance.orgs()) == table(cli("orgs"))
    assert list(alliance.parties()) == table(cli("parties"))
    assert list(alliance.parties("CSTO")) == table(cli("parties", "CSTO"))
    assert alliance.orgs()["CSTO"] == "Collective Security Treaty Organization"


def test_status_and_members_equal_the_programs(cli):
    members = [(org, day) for org in alliance.orgs() for day in DAYS]
    for (org, day), shown in zip(members, cli.many([("members", org, day) for org, day in members])):
        assert alliance.members(org, day) == shown.split(), (org, day)
    statuses = [(org, party, day) for org in alliance.orgs() for party in alliance.parties(org) for day in DAYS]
    assert len(statuses) > 100
    for (org, party, day), shown in zip(statuses, cli.many([("status", *q) for q in statuses])):
        # The program prints one word, then (outside a coverage window) why.
        assert alliance.status(org, party, day) == shown.split()[0], (org, party, day)


def test_status_many_equals_the_programs(cli):
    import numpy as np
    days = np.array(DAYS, dtype="datetime64[D]")
    for party in alliance.parties("CSTO"):
        expected = [shown.split()[0] for shown in cli.many([("status", "CSTO", party, day) for day in DAYS])]
        assert list(alliance.status_many("CSTO", party, days)) == expected, party


@pytest.mark.parametrize("unit, start, end", [("state-year", 1990, 2024), ("dyad-year", 2000, 2013)])
def test_panel_equals_the_programs(cli, unit, start, end):
    frame = alliance.panel("CSTO", unit=unit, start=start, end=end)
    rows = list(csv.reader(io.StringIO(cli("panel", "CSTO", "--unit", unit, "--from", str(start), "--to", str(end)))))
    flag = "member" if unit == "state-year" else "both_members"
    header = rows[0]
    assert list(frame.columns) == header[:len(frame.columns)]
    assert len(frame) == len(rows) - 1 > 0

    def cell(value):
        return "NA" if value is None or value is getattr(__import__("pandas"), "NA") else str(value)

    for got, want in zip(frame.itertuples(index=False), rows[1:]):
        assert [cell(v) for v in got] == want[:len(frame.columns)]
    assert set(frame["year"]) == set(range(start, end + 1))
    assert str(frame[flag].dtype) == "Int8"


def test_panel_by_hand():
    frame = alliance.panel("CSTO", start=2011, end=2013)
    uzb = frame[frame["party"] == "UZB"].set_index("year")
    # Suspended on 28 June 2012, withdrawn within 2012: a member on 31 December 2011, withdrawn on
    # 31 December 2012.
    assert uzb.loc[2011, "status"] == "member" and uzb.loc[2011, "member"] == 1
    assert uzb.loc[2012, "status"] == "withdrawn" and uzb.loc[2012, "member"] == 0
    assert list(frame["party"].unique()) == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"]
