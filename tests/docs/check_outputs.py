#!/usr/bin/env python3
"""The output a page shows is the output its example prints.

    check_outputs.py SOURCE_DIR

docs/api.md shows, after "The tour prints:", what examples/api_tour prints;
the test of the example compares that with examples/api_tour.expected, and
this compares the page with the same file.
"""
import pathlib
import re
import sys

source = pathlib.Path(sys.argv[1])
page = (source / "docs" / "api.md").read_text(encoding="utf-8")
shown = re.search(r"The tour prints:\n\n```text\n(.*?)```", page, re.S)
if not shown:
    sys.exit("docs/api.md: no ```text block after 'The tour prints:'")
expected = (source / "examples" / "api_tour.expected").read_text(encoding="utf-8")
if shown.group(1) != expected:
    sys.exit("docs/api.md: the tour's output shown differs from examples/api_tour.expected")
print("docs/api.md shows the tour's output")
