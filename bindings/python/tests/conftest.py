"""What the tests of the module `alliance` share: the real data files of ../shared,
the program `alliance` to compare with, and the COW IGO state-year file read once.

The build passes ALLIANCE_SHARED_DIR and ALLIANCE_CLI (bindings/python/CMakeLists.txt);
without them the shared folder is looked for beside the repository (../shared), and
the comparisons with the program fail, saying so.
"""
import concurrent.futures
import csv
import os
import pathlib
import subprocess

import pytest

import alliance

REPO = pathlib.Path(__file__).resolve().parents[3]


def shared_path(relative):
    """A file of the shared data folder; the test fails, loudly, when it is missing."""
    folder = pathlib.Path(os.environ.get("ALLIANCE_SHARED_DIR", REPO.parent / "shared"))
    path = folder / relative
    if not path.is_file():
        pytest.fail(f"the real data file {path} is missing: these tests need the shared data folder "
                    f"(../shared beside the repository, or ALLIANCE_SHARED_DIR)")
    return path


@pytest.fixture(scope="session")
def cli():
    """Runs the program `alliance` with arguments; returns its stdout, failing on a non-zero exit."""
    program = os.environ.get("ALLIANCE_CLI")
    if not program or not os.access(program, os.X_OK):
        pytest.fail(f"the program alliance is needed to compare answers: build the target alliance_cli and set "
                    f"ALLIANCE_CLI to its path (now: {program!r})")

    def run(*args):
        done = subprocess.run([program, *args], capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"alliance {' '.join(args)}: exit {done.returncode}: {done.stderr}"
        return done.stdout

    # Many questions at once: a few programs run side by side.
    run.many = lambda commands: list(concurrent.futures.ThreadPoolExecutor(4).map(lambda c: run(*c), commands))
    return run


@pytest.fixture(scope="session")
def state_year_file():
    return shared_path("data/cow-igo-v3/state_year_formatv3.csv")


@pytest.fixture(scope="session")
def cow(state_year_file):
    """The COW IGO v3 state-year file as a Registry."""
    return alliance.read(state_year_file)


class RawStateYear:
    """The state-year file read plainly, not with the library (it has no quoted fields).

    Rows are kept as text and split when asked, keyed by (state abbreviation, year); state
    abbreviations come from the COW state list (states2016.csv: ccode -> stateabb),
    which is how the library keys COW states.
    """

    def __init__(self, path):
        abbreviation = {}
        with open(shared_path("data/cow-igo-v3/states2016.csv"), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                abbreviation[int(row["ccode"])] = row["stateabb"]
        self.lines = {}
        with open(path, newline="", encoding="utf-8") as f:
            self.column = {name: i for i, name in enumerate(f.readline().rstrip("\n").split(","))}
            for line in f:
                ccode, year, _ = line.split(",", 3)[:3]
                self.lines[(abbreviation[int(ccode)], int(year))] = line
        self.states = sorted({state for state, _ in self.lines})
        self.years = sorted({year for _, year in self.lines})

    def code(self, state, igo, year):
        """The code of `state` in `igo` (a column name, lower case) in `year`, or None without a row."""
        line = self.lines.get((state, year))
        if line is None:
            return None
        return int(line.rstrip("\n").split(",")[self.column[igo]])


@pytest.fixture(scope="session")
def raw_state_year(state_year_file):
    return RawStateYear(state_year_file)
