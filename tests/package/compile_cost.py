#!/usr/bin/env python3
"""What including the library costs a user's build.

Compiles (syntax only, as C++17) a file that includes <alliance/alliance.hpp>
and one that includes only what it is built on, Boost.ICL's interval_map and
Hinnant's date, alternately, nine times each, and takes each one's least CPU
time (the run least disturbed by the rest of the machine: on a shared
machine single runs of the same file differ by a quarter). Including the
library may cost at most 1.6 times the two alone. Usage:

    compile_cost.py CXX INCLUDE_DIR [MAX_RATIO]
"""
import os
import resource
import subprocess
import sys
import tempfile

ROUNDS = 9

def cpu_seconds(cxx, include_dir, source):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([cxx, "-std=c++17", "-fsyntax-only", "-I", include_dir, source], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    cxx, include_dir = sys.argv[1], sys.argv[2]
    max_ratio = float(sys.argv[3]) if len(sys.argv) == 4 else 1.6
    with tempfile.TemporaryDirectory() as work:
        library = os.path.join(work, "library.cpp")
        baseline = os.path.join(work, "baseline.cpp")
        with open(library, "w") as f:
            f.write("#include <alliance/alliance.hpp>\n")
        with open(baseline, "w") as f:
            f.write("#include <boost/icl/interval_map.hpp>\n#include <date/date.h>\n")
        best = {library: float("inf"), baseline: float("inf")}
        for _ in range(ROUNDS):
            for source in (baseline, library):
                best[source] = min(best[source], cpu_seconds(cxx, include_dir, source))
    ratio = best[library] / best[baseline]
    print(f"{cxx}: <alliance/alliance.hpp> {best[library]:.2f} s, "
          f"<boost/icl/interval_map.hpp> + <date/date.h> {best[baseline]:.2f} s: "
          f"{ratio:.2f}x (at most {max_ratio}x)")
    if ratio > max_ratio:
        sys.exit(f"including the library costs {ratio:.2f}x its dependencies alone, more than {max_ratio}x")

if __name__ == "__main__":
    main()
