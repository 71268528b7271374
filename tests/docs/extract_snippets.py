#!/usr/bin/env python3
"""Writes each ```cpp block of the README and docs/ as a C++ file to compile.

A block is a fragment: its #include lines go to the top of the file, the rest
into the body of a function whose parameters name what the pages take as
given (a registry `r`, a `day`, `days`). The body sits in a block of its own,
so a fragment may declare its own `r`.

    extract_snippets.py SOURCE_DIR OUT_DIR   prints the files written, one per line
"""
import pathlib
import re
import sys


def blocks(text):
    inside, lines, start = False, [], 0
    for number, line in enumerate(text.split("\n"), 1):
        if not inside and line.startswith("```cpp"):
            inside, lines, start = True, [], number
        elif inside and line.startswith("```"):
            inside = False
            yield start, lines
        elif inside:
            lines.append(line)


def main():
    source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    pages = [source / "README.md"] + sorted((source / "docs").glob("*.md"))
    for page in pages:
        for n, (line, block) in enumerate(blocks(page.read_text(encoding="utf-8"))):
            includes = [l for l in block if l.startswith("#include")]
            body = [l for l in block if not l.startswith("#include")]
            name = re.sub(r"[^A-Za-z0-9]", "_", str(page.relative_to(source)))
            target = out / f"{name}_{n}.cpp"
            text = "\n".join(
                [f"// {page.relative_to(source)}, the block at line {line}", "#include <alliance/alliance.hpp>"]
                + includes
                + ["#include <vector>",
                   f"void snippet_{name}_{n}(const alliance::registry& r, date::sys_days day,",
                   "                       const std::vector<date::sys_days>& days) {",
                   "    (void)r; (void)day; (void)days;",
                   "    {"]
                + [f"#line {line + 1 + i} \"{page.relative_to(source)}\"\n{l}" if i == 0 else l
                   for i, l in enumerate(body)]
                + ["    }", "}", ""])
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
            print(target)


main()
