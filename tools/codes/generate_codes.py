#!/usr/bin/python3
"""Generates include/alliance/data/detail/codes_table.hpp, the country-code
crosswalk, from the shared reference files:

  country-codes/codelist_panel.csv  countrycode (GPL-3): which country holds
                                    which COW, G-W and ISO code in each year
  country-codes/gwstates.csv        states (MIT): the G-W list, day-precise spells
  cow-igo-v3/states2016.csv         COW state system list v2016, day-precise spells

The panel says, year by year, which country (countrycode's English name) a
code belongs to; the state lists say on which days a COW or G-W code was in
the system. Each spell of a state list is a spell of the crosswalk, given to
the one country that holds its code in the panel in the spell's years (a
spell still going on at the list's end stays open). G-W codes the panel
leaves out (microstates, G-W 816) go to the country that codelist.csv gives
the code, else to the country of the G-W list's name, else to the country
holding the COW code of the same number and letters, else to a country of
their own named as in the G-W list. ISO codes hold from
1 January of the first panel year to 31 December of the last (open when the
panel gives them up to its last year). COW letters and names are not
repeated: they are those of alliance/data/cow_states.hpp.

Usage:
  generate_codes.py [--shared DIR] [--output FILE]   write the header
  generate_codes.py [--shared DIR] --check FILE      exit 1 if FILE differs

Every state-list day must land in exactly one country's spell: the script
fails otherwise, naming the code and the day.
"""
import argparse
import csv
import os
import sys

OPEN = 99991231


def ymd(text):
    y, m, d = (int(x) for x in text.split("-"))
    return y * 10000 + m * 100 + d


def runs(years):
    """[(first_year, last_year)] of consecutive years."""
    out = []
    for y in sorted(years):
        if out and out[-1][1] == y - 1:
            out[-1][1] = y
        else:
            out.append([y, y])
    return [tuple(r) for r in out]


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def build(shared):
    panel = read(os.path.join(shared, "data/country-codes/codelist_panel.csv"))
    codelist = read(os.path.join(shared, "data/country-codes/codelist.csv"))
    gw_rows = read(os.path.join(shared, "data/country-codes/gwstates.csv"))
    cow_rows = read(os.path.join(shared, "data/cow-igo-v3/states2016.csv"))

    cow_letters = {int(r["ccode"]): r["stateabb"] for r in cow_rows}
    cow_spells = {}  # code -> [(first, last)], last OPEN when going on at the list's end
    for r in cow_rows:
        first = int(r["styear"]) * 10000 + int(r["stmonth"]) * 100 + int(r["stday"])
        last = int(r["endyear"]) * 10000 + int(r["endmonth"]) * 100 + int(r["endday"])
        if last == 20161231:
            last = OPEN
        cow_spells.setdefault(int(r["ccode"]), []).append((first, last))
    gw_spells, gw_letters, gw_names = {}, {}, {}
    for r in gw_rows:
        code = int(r["gwcode"])
        gw_spells.setdefault(code, []).append((ymd(r["start"]), ymd(r["end"])))
        gw_letters[code] = r["gwc"]
        gw_names.setdefault(code, r["country_name"])

    names = []  # countries, in countrycode's order
    held = {}  # (country, family, number, letters) -> set of years
    last_year = {"cow": 0, "gw": 0, "iso": 0}
    columns = {"cow": ("cown", "cowc"), "gw": ("gwn", "gwc"), "iso": ("iso3n", "iso3c")}
    for r in panel:
        name = r["country.name.en"]
        if name not in names:
            names.append(name)
        year = int(r["year"])
        for family, (n, c) in columns.items():
            if r[n] == "" and r[c] == "":
                continue
            if r[n] == "" or (family != "cow" and r[c] == ""):
                sys.exit(f"codelist_panel.csv: {name} {year}: {family} code without its number or letters")
            key = (name, family, int(r[n]), "" if family == "cow" else r[c])
            held.setdefault(key, set()).add(year)
            last_year[family] = max(last_year[family], year)

    spells = []  # (country, family, number, letters, first, last)
    for (name, family, number, letters), years in held.items():
        if family == "iso":
            for y0, y1 in runs(years):
                spells.append((name, family, number, letters, y0 * 10000 + 101,
                               OPEN if y1 == last_year["iso"] else y1 * 10000 + 1231))
        elif family == "gw" and gw_letters.get(number) != letters:
            sys.exit(f"codelist_panel.csv: {name}: G-W {number} is {letters}, gwstates.csv says {gw_letters.get(number)}")

    # Each COW or G-W spell of a state list goes to the country the panel
    # gives its code in the spell's years; a spell the panel splits between
    # countries is refused, as one the panel does not know is given a
    # country by the fallbacks above.
    by_cown = {n: name for (name, f, n, _) in held if f == "cow"}
    by_gwn = {int(r["gwn"]): r["country.name.en"] for r in codelist if r["gwn"]}
    for family, system in (("cow", cow_spells), ("gw", gw_spells)):
        for number, spans in sorted(system.items()):
            for s0, s1 in spans:
                y0, y1 = s0 // 10000, min(s1 // 10000, last_year[family])
                owners = sorted({name for (name, f, n, _), years in held.items()
                                 if f == family and n == number and any(y0 <= y <= y1 for y in years)})
                if len(owners) > 1:
                    sys.exit(f"{family} {number} from {s0}: the panel gives it to {', '.join(owners)}")
                if owners:
                    owner = owners[0]
                elif family == "gw":
                    owner = (by_gwn.get(number) or (gw_names[number] if gw_names[number] in names else None)
                             or (by_cown.get(number) if cow_letters.get(number) == gw_letters[number] else None)
                             or gw_names[number])
                else:
                    sys.exit(f"states2016.csv: COW {number} from {s0}: no country in codelist_panel.csv")
                if owner not in names:
                    names.append(owner)
                spells.append((owner, family, number, gw_letters[number] if family == "gw" else "", s0, s1))

    # No day of a code may belong to two countries.
    for family in ("cow", "gw", "iso"):
        seen = {}
        for (name, f, number, letters, a, b) in spells:
            if f != family:
                continue
            key = number
            for (other, c, d) in seen.get(key, []):
                if other != name and a <= d and c <= b:
                    sys.exit(f"{family} {number} is held by both {name} and {other} on {max(a, c)}")
            seen.setdefault(key, []).append((name, a, b))

    index = {n: i for i, n in enumerate(names)}
    used = sorted({index[s[0]] for s in spells})
    names = [names[i] for i in used]
    index = {n: i for i, n in enumerate(names)}
    order = {"cow": 0, "gw": 1, "iso": 2}
    spells.sort(key=lambda s: (index[s[0]], order[s[1]], s[4], s[2]))
    return names, [(index[s[0]],) + s[1:] for s in spells]


def cxx_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(names, spells):
    out = []
    w = out.append
    w("// alliance/data/detail/codes_table.hpp — the country-code crosswalk's table.")
    w("//")
    w("// GENERATED by tools/codes/generate_codes.py from codelist_panel.csv (R package")
    w("// countrycode), gwstates.csv (R package states) and states2016.csv (COW); do not")
    w("// edit: run the script, and the test data.codes_table checks the result against")
    w("// the files. See the script for how the spells are derived.")
    w("//")
    w("// Licence: this file is derived from countrycode's code list and is distributed")
    w("// under the GNU General Public License version 3 (LICENSES/GPL-3.0.txt), unlike")
    w("// the rest of the library (LICENSE, MIT). Arel-Bundock, Enevoldsen and Yetman,")
    w("// \"countrycode: An R package to convert country names and country codes\", JOSS")
    w("// 3(28): 848 (2018). The G-W spells come from the states package (MIT, Andreas")
    w("// Beger) after Gleditsch and Ward (1999); the COW spells from the COW State")
    w("// System Membership List v2016.")
    w("// SPDX-License-Identifier: GPL-3.0-only")
    w("#pragma once")
    w("")
    w("#include <alliance/data/detail/codes_types.hpp>")
    w("")
    w("#include <array>")
    w("#include <string_view>")
    w("")
    w("namespace alliance::data::codes::detail {")
    w("")
    w(f"inline constexpr std::array<std::string_view, {len(names)}> country_names{{{{")
    for n in names:
        w(f"    {cxx_string(n)},")
    w("}};")
    w("")
    w("// country, family, number, letters (none for COW: see cow_states.hpp), first and last day as YYYYMMDD")
    w(f"inline constexpr std::array<code_spell, {len(spells)}> code_spells{{{{")
    for (c, family, number, letters, a, b) in spells:
        w(f"    {{{c}, family::{family}, {number}, {cxx_string(letters)}, {a}, {b}}},")
    w("}};")
    w("")
    w("}  // namespace alliance::data::codes::detail")
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    p.add_argument("--output", default=os.path.join(root, "include/alliance/data/detail/codes_table.hpp"))
    p.add_argument("--check", metavar="FILE")
    a = p.parse_args()
    text = render(*build(a.shared))
    if a.check:
        with open(a.check, encoding="utf-8") as f:
            shipped = f.read()
        if shipped != text:
            for i, (x, y) in enumerate(zip(shipped.splitlines(), text.splitlines())):
                if x != y:
                    sys.exit(f"{a.check}:{i + 1}: differs from what the shared files give:\n  shipped:   {x}\n  generated: {y}")
            sys.exit(f"{a.check}: differs in length from what the shared files give")
        print(f"{a.check}: the same as generated from {a.shared}")
        return
    with open(a.output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
