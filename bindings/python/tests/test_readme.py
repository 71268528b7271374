"""The Python page's example (docs/python.md) runs as shown: its code block, run with this Python,
prints exactly the block under it."""
import os
import re
import subprocess
import sys

from conftest import REPO


def test_readme_example_prints_what_it_shows():
    readme = (REPO / "docs" / "python.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- python-example -->\n```python\n(.*?)```\n\n```text\n(.*?)```\n<!-- /python-example -->",
                      readme, re.S)
    assert found, "docs/python.md has no <!-- python-example --> block of Python code followed by its output"
    code, shown = found.groups()
    assert len(code.splitlines()) == 5
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown
