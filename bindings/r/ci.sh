#!/usr/bin/env bash
# The R package: installed into a temporary library, its tests run against
# the `alliance` program, then R CMD check on a built tarball.
#   bash bindings/r/ci.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

bash cmake/install-deps.sh r
cmake --preset dev >/dev/null
cmake --build build/dev --target alliance_cli -j2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MAKEFLAGS=-j2
# The real data the tests read; CI fails when it is missing.
export ALLIANCE_SHARED_DIR="${ALLIANCE_SHARED_DIR:-$(cd "$root/.." && pwd)/shared}"

# One build of the package serves the tests and the check: the tarball is
# installed into a temporary library, and R CMD check reuses that
# installation and its log (--library, --install=check:LOG). R CMD check unpacks the
# tarball elsewhere: ALLIANCE_INCLUDE names the headers.
export ALLIANCE_INCLUDE="$root/include"
(cd "$work" && R CMD build --no-build-vignettes "$root/bindings/r")
tarball=$(ls "$work"/alliance_*.tar.gz)
mkdir "$work/lib"
R CMD INSTALL -l "$work/lib" "$tarball" > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; exit 1; }
ALLIANCE_PROGRAM="$root/build/dev/tools/alliance/alliance" R_LIBS="$work/lib" Rscript -e \
    'testthat::test_dir("bindings/r/tests/testthat", package = "alliance", load_package = "installed", stop_on_failure = TRUE)'

cd "$work"
R CMD check --no-manual --library="$work/lib" --install="check:$work/install.log" "$tarball"
# Only NOTEs are allowed (docs/r.md lists the expected ones).
if grep -E "^\* .*\.\.\. (WARNING|ERROR)" alliance.Rcheck/00check.log; then
    echo "bindings/r/ci.sh: R CMD check gave a WARNING or an ERROR" >&2
    exit 1
fi
