#!/usr/bin/python3
"""The layer order of alliance.hpp's note, checked: each public header
includes only headers of its own layer or a lower one.

  core     the model and its queries: partial_date, status, period, days,
           error, timeline, registry, queries, changes, allen, table
           (detail/period_rules.hpp)
  data     the datasets over the model: data/csto.hpp, data/cow_states.hpp,
           data/cow_igos.hpp, data/atop_members.hpp
  index    the compiled query index: index.hpp (detail/index_*.hpp)
  io       the file readers and writers: io/
  panels   panels and frames: panel.hpp (detail/panel_*.hpp),
           io/panel_csv.hpp, and the country-code crosswalk
           data/codes.hpp, which builds the state-system frames
  umbrella alliance.hpp

Usage: layers.py INCLUDE_DIR   (exit 1, naming each include that points up)
"""
import os
import re
import sys

ORDER = ["core", "data", "index", "io", "panels", "umbrella"]


def layer_of(path):
    if path == "alliance.hpp":
        return "umbrella"
    if path in ("panel.hpp", "io/panel_csv.hpp", "data/codes.hpp", "data/detail/codes_table.hpp") or \
            path.startswith("detail/panel_"):
        return "panels"
    if path == "index.hpp" or path.startswith("detail/index_"):
        return "index"
    if path.startswith("io/"):
        return "io"
    if path.startswith("data/"):
        return "data"
    return "core"


def main(root):
    root = os.path.join(root, "alliance")
    bad = []
    headers = 0
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".hpp"):
                continue
            headers += 1
            path = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
            mine = ORDER.index(layer_of(path))
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = re.match(r'\s*#\s*include\s*<alliance/([^>]+)>', line)
                    if m and ORDER.index(layer_of(m.group(1))) > mine:
                        bad.append(f"{path}:{number}: a {layer_of(path)} header includes "
                                   f"{m.group(1)}, of the {layer_of(m.group(1))} layer above it")
    for b in bad:
        print(b)
    if headers < 30:
        print(f"only {headers} headers found under {root}: the wrong folder?")
        return 1
    print(f"{headers} headers, {len(bad)} includes pointing up")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
