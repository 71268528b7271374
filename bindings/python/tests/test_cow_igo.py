"""The module on the real COW IGO v3 state-year file (../shared): answers worked out from
the file's raw rows, read here without the library, and a few compared with the program.

How a code becomes an answer (alliance/panel.hpp, the COW IGO reader): a state coded 1
(member), 2 (associate) or 3 (observer) in year Y holds that status on 31 December of Y;
coded 0 (no membership) or -1 (IGO not in existence) it holds none; coded -9 (missing
data) its status is unknown. The file covers 1816-2014: after 2014 every answer is unknown.
"""
import numpy as np
import pytest

import alliance

ON_31_DECEMBER = {1: "member", 2: "associate", 3: "observer", 0: "none", -1: "none", -9: "unknown"}
IGOS = ["nato", "un", "opec", "asean", "wto", "oas", "eu", "cmea", "bipm", "icai", "cis"]
YEARS = [1950, 1975, 1985, 1999, 2014]


def test_every_state_on_31_december_from_raw_rows(cow, raw_state_year):
    orgs, parties, days, expected = [], [], [], []
    for igo in IGOS:
        for year in YEARS:
            for state in raw_state_year.states:
                code = raw_state_year.code(state, igo, year)
                if code is None:
                    continue  # no row: the state was not in the system that year
                orgs.append(igo.upper())
                parties.append(state)
                days.append(f"{year}-12-31")
                expected.append(ON_31_DECEMBER[code])
    assert len(expected) > 3000
    # Every kind of answer occurs, so that each mapping is checked.
    assert set(expected) == {"member", "associate", "observer", "none", "unknown"}
    got = cow.status_many(np.array(orgs), np.array(parties), np.array(days, dtype="datetime64[D]"))
    mismatches = [(o, p, d, g, e) for o, p, d, g, e in zip(orgs, parties, days, got, expected) if g != e]
    assert mismatches == []


def test_single_answers_from_raw_rows(cow, raw_state_year):
    # The United States, coded 1 in NATO in 1985 and 2014; Mongolia coded 0 in 2014.
    assert raw_state_year.code("USA", "nato", 1985) == 1
    assert cow.status("NATO", "USA", "1985-12-31") == "member"
    assert raw_state_year.code("USA", "nato", 2014) == 1
    assert cow.status("nato", "USA", "2014-12-31") == "member"
    assert raw_state_year.code("MON", "nato", 2014) == 0
    assert cow.status("NATO", "MON", "2014-12-31") == "none"
    # Past the file's last year the source says nothing.
    assert cow.status("NATO", "USA", "2016-01-01") == "unknown"
    assert cow.status("NATO", "MON", "2018-06-01") == "unknown"
    assert cow.members("NATO", "2016-01-01") == []


def test_members_mid_year_from_raw_rows(cow, raw_state_year):
    # On 30 June 1985 a state is certainly a member when coded 1 in 1984 and in 1985
    # (the year a membership begins or ends is known only to the year).
    expected = sorted(state for state in raw_state_year.states
                      if raw_state_year.code(state, "nato", 1984) == 1 and raw_state_year.code(state, "nato", 1985) == 1)
    assert len(expected) == 16
    assert cow.members("NATO", "1985-06-30") == expected


def test_panel_from_raw_rows(cow, raw_state_year):
    frame = cow.panel("NATO", start=1980, end=1990)
    assert len(frame) > 0
    for row in frame.itertuples(index=False):
        code = raw_state_year.code(row.party, "nato", row.year)
        want = ON_31_DECEMBER[code] if code is not None else "none"
        assert row.status == want, row


def test_answers_equal_the_programs(cli, cow, state_year_file):
    path = str(state_year_file)
    for org, party, day in [("NATO", "USA", "1985-12-31"), ("NATO", "MON", "2014-12-31"),
                            ("NATO", "USA", "2016-01-01"), ("OPEC", "VEN", "1961-06-30")]:
        assert cow.status(org, party, day) == cli("--data", path, "status", org, party, day).split()[0]
    assert cow.members("NATO", "1985-06-30") == cli("--data", path, "members", "NATO", "1985-06-30").split()


def test_read_names_its_format_and_counts(cow, raw_state_year):
    assert len(cow.orgs()) == len(raw_state_year.column) - 3  # ccode, year, state, then one column per IGO
    assert set(cow.parties()) == set(raw_state_year.states)
    with pytest.raises(alliance.Error) as caught:
        cow.status("NATO", "XYZ", "1985-12-31")
    assert caught.value.id == "alliance.party.unknown"
