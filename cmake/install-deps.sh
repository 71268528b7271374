#!/usr/bin/env bash
# Installs, from Debian's packages, what building and testing alliance needs
# and this machine lacks. Installs nothing when everything is there.
#   bash cmake/install-deps.sh [python] [r] [extra-package ...]
# `python` stands for what the Python module (bindings/python, the `python`
# preset) needs besides: Python's headers, pybind11, NumPy, pandas, pytest.
# `r` for what the R package (bindings/r) needs: R's headers, Rcpp, testthat.
set -euo pipefail

python_packages=(python3-dev pybind11-dev python3-pybind11 python3-numpy python3-pandas python3-pytest)
r_packages=(r-base-dev r-cran-rcpp r-cran-testthat)
extra=()
for name in "$@"; do
    case "$name" in
        python) extra+=("${python_packages[@]}") ;;
        r) extra+=("${r_packages[@]}") ;;
        *) extra+=("$name") ;;
    esac
done

packages=(
    libboost-dev                 # Boost.ICL (Boost::headers)
    libhowardhinnant-date-dev    # Hinnant's date (date::date)
    doctest-dev                  # tests
    libcli11-dev                 # the command-line program's arguments
    nlohmann-json3-dev           # the command-line program's JSON export
    python3                      # tools/codes/generate_codes.py (the test data.codes_table)
    libbenchmark-dev             # benchmarks
    "${extra[@]}"
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
