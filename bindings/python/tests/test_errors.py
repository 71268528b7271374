"""Bad input: an alliance.Error with the library's id, or a ValueError / TypeError that
says what was wrong; never a crash, never an answer made up."""
import datetime

import numpy as np
import pytest

import alliance


def test_error_is_an_exception_with_id_and_message():
    assert issubclass(alliance.Error, Exception)
    with pytest.raises(alliance.Error) as caught:
        alliance.status("CSTO", "Atlantis", "2010-01-01")
    assert caught.value.id == "alliance.party.unknown"
    assert "Atlantis" in caught.value.message
    assert str(caught.value) == caught.value.message
    with pytest.raises(alliance.Error) as caught:
        alliance.members("WARSAW", "1960-01-01")
    assert caught.value.id == "alliance.organisation.unknown"
    assert "WARSAW" in caught.value.message


def test_read_errors_name_the_file(tmp_path):
    with pytest.raises(alliance.Error) as caught:
        alliance.read(tmp_path / "absent.csv")
    assert caught.value.id == "alliance.io.open"
    assert caught.value.file == str(tmp_path / "absent.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("what,is,this\n1,2,3\n")
    with pytest.raises(alliance.Error) as caught:
        alliance.read(bad)
    assert caught.value.id == "alliance.format.unrecognised"
    assert str(bad) in caught.value.message
    with pytest.raises(alliance.Error) as caught:
        alliance.read(bad, format="yaml")
    assert caught.value.id == "alliance.format.unknown"


@pytest.mark.parametrize("day, words", [
    ("2010-13-01", "month"),
    ("2023-02-30", "2023-02-30"),
    ("2010", "a day is needed"),
    ("10 Jan 2010", "expected YYYY-MM-DD"),
    ("", "expected YYYY-MM-DD"),
])
def test_bad_day_strings_raise_value_error(day, words):
    with pytest.raises(ValueError) as caught:
        alliance.status("CSTO", "UZB", day)
    assert words in str(caught.value)
    assert "expected YYYY-MM-DD" in str(caught.value)


def test_days_of_the_wrong_type_raise_type_error():
    for day in [20100101, datetime.datetime(2010, 1, 1, 12), None]:
        with pytest.raises(TypeError):
            alliance.status("CSTO", "UZB", day)


@pytest.mark.parametrize("call, error_id, words", [
    (lambda: alliance.panel("CSTO", rule="mid-year"), "alliance.panel.rule", "'mid-year' .*end-of-year, any-day"),
    (lambda: alliance.panel("CSTO", frame="all"), "alliance.panel.frame", "'all' .*members, cow-system, gw-system"),
    (lambda: alliance.panel("CSTO", unit="state-week"), "alliance.panel.unit", "'state-week' .*state-month"),
    (lambda: alliance.panel("CSTO", codes="cown,cow"), "alliance.codes.scheme", "'cow' .*cown, cowc"),
    (lambda: alliance.panel("CSTO", codes=["iso2c"]), "alliance.codes.scheme", "'iso2c'"),
    (lambda: alliance.dyad_counts(unit="state-year"), "alliance.panel.unit", "by pair"),
    (lambda: alliance.dyad_counts(rule="share"), "alliance.panel.rule", "one day"),
    (lambda: alliance.dyad_counts(rule="any-day"), "alliance.panel.rule", "one day"),
    (lambda: alliance.csto().dyad_counts(codes="x"), "alliance.codes.scheme", "'x'"),
])
def test_panel_choices_raise_the_library_error(call, error_id, words):
    with pytest.raises(alliance.Error, match=words) as caught:
        call()
    assert caught.value.id == error_id


def test_panel_years_in_order():
    with pytest.raises(ValueError, match="before start"):
        alliance.panel("CSTO", start=2010, end=2000)
    with pytest.raises(ValueError, match="before start"):
        alliance.dyad_counts(start=2010, end=2000)


def test_status_many_rejects_what_it_cannot_answer():
    days = np.array(["2010-01-01", "2011-01-01"], dtype="datetime64[D]")
    with pytest.raises(TypeError, match="datetime64\\[D\\]"):
        alliance.status_many("CSTO", "UZB", days.astype("datetime64[s]"))
    with pytest.raises(TypeError, match="datetime64\\[D\\]"):
        alliance.status_many("CSTO", "UZB", ["2010-01-01"])
    with pytest.raises(ValueError, match="days\\[1\\] is NaT"):
        alliance.status_many("CSTO", "UZB", np.array(["2010-01-01", "NaT"], dtype="datetime64[D]"))
    with pytest.raises(ValueError, match="3 keys for 2 days"):
        alliance.status_many("CSTO", np.array(["UZB", "ARM", "RUS"]), days)
    with pytest.raises(alliance.Error, match="party\\[1\\]: unknown party 'XYZ'") as caught:
        alliance.status_many("CSTO", ["UZB", "XYZ"], days)
    assert caught.value.id == "alliance.party.unknown"
    with pytest.raises(TypeError, match="org\\[0\\] must be a str"):
        alliance.status_many([1, 2], "UZB", days)
