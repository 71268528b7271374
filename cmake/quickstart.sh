#!/usr/bin/env bash
# One command for a fresh Debian 12 machine (root, g++ and cmake):
#   bash cmake/quickstart.sh demo   install what is missing, build, and ask the CSTO data some questions
#   bash cmake/quickstart.sh test   install what is missing, build, and run every test
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-}
case "$what" in
    demo|test) ;;
    *) echo "usage: bash cmake/quickstart.sh demo|test" >&2; exit 2 ;;
esac

bash cmake/install-deps.sh

case "$what" in
    demo)
        cmake --workflow --preset release
        bash examples/demo.sh build/release/tools/alliance/alliance
        ;;
    test)
        cmake --workflow --preset test
        ;;
esac
