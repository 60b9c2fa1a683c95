#!/usr/bin/env bash
# Renders the hicolor PNG icons and the action icons from the hand-drawn SVGs (needs rsvg-convert:
# librsvg2-bin).
# The PNGs are committed, so building Linkdesk does not need this; run it after editing the SVG.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg=$here/hicolor/scalable/apps/org.linkdesk.Linkdesk.svg
for size in 16 32 48 64 128 256; do
    dir=$here/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$dir/org.linkdesk.Linkdesk.png"
done
# The window's own icons (ui/common/icons.*), at 16 and 32 pixels.
for svg in "$here"/actions/scalable/*.svg; do
    name=$(basename "$svg" .svg)
    for size in 16 32; do
        mkdir -p "$here/actions/$size"
        rsvg-convert --width "$size" --height "$size" "$svg" --output "$here/actions/$size/$name.png"
    done
done
