#!/usr/bin/env bash
# Looks at the chart the way a person does: draws it with `alliance chart`,
# opens it in headless Chromium, takes a screenshot, and checks the picture.
#   render_chart.sh ALLIANCE PNG_CHECK WORK_DIR
# Exit 0: the SVG is self-contained and renders to a picture of its own size
# with the colour of every status it shows. Exit 77 (reported by CTest as
# skipped): no Chromium or no PNG checker on this machine. Anything else: failed.
# CHROMIUM=/path/to/chromium picks the browser (default: chromium on the PATH).
set -euo pipefail

alliance=$1
png_check=$2
work=$3
mkdir -p "$work"

chromium=${CHROMIUM:-}
if [ -z "$chromium" ]; then
    chromium=$(command -v chromium || command -v chromium-browser || true)
fi
if [ -z "$chromium" ] || [ ! -x "$chromium" ]; then
    echo "SKIPPED: Chromium is not installed (Debian: apt-get install chromium); the chart was not rendered"
    exit 77
fi
if [ -z "$png_check" ] || [ ! -x "$png_check" ]; then
    echo "SKIPPED: the PNG checker was not built (it needs libpng: Debian libpng-dev)"
    exit 77
fi

svg=$work/csto-chart.svg
png=$work/csto-chart.png
rm -f "$svg" "$png"
"$alliance" chart CSTO --from 2002-01-01 --to 2025-12-31 -o "$svg"

# Self-contained: no scripts, no links, no external fonts or images.
for forbidden in '<script' 'href=' '@import' '@font-face' 'url(http' 'url(//' 'url(file' '<image' '<foreignObject'; do
    if grep -qi -- "$forbidden" "$svg"; then
        echo "FAILED: the SVG contains '$forbidden'"
        exit 1
    fi
done

# The picture's size is the SVG's own.
root=$(grep -m1 -o '<svg [^>]*>' "$svg")
width=$(sed -n 's/.* width="\([0-9]*\)".*/\1/p' <<<"$root")
height=$(sed -n 's/.* height="\([0-9]*\)".*/\1/p' <<<"$root")
if [ -z "$width" ] || [ -z "$height" ]; then
    echo "FAILED: the SVG states no pixel width and height: $root"
    exit 1
fi
# The colours of the solid bars (one per status shown).
mapfile -t colours < <(grep -o '<rect class="bar"[^>]*fill="#[0-9A-Fa-f]\{6\}"' "$svg" |
    grep -o '#[0-9A-Fa-f]\{6\}' | sort -u)
if [ "${#colours[@]}" -lt 2 ]; then
    echo "FAILED: expected bars of at least two statuses in the CSTO chart, found: ${colours[*]:-none}"
    exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --screenshot="$png" --window-size="$width,$height" \
    "file://$(realpath "$svg")" >"$work/chromium.log" 2>&1 || {
    echo "FAILED: Chromium did not render the chart:"
    cat "$work/chromium.log"
    exit 1
}
if [ ! -s "$png" ]; then
    echo "FAILED: Chromium wrote no screenshot:"
    cat "$work/chromium.log"
    exit 1
fi

# Text, grid, bars and hatching give dozens of colours; a blank page has one.
"$png_check" "$png" "$width" "$height" 16 50 "${colours[@]}"
echo "rendered $svg to $png"
