#!/bin/bash
# Regenerates TransferDesk's icons from the SVGs next to this script:
#   transferdesk.ico / .png / .icns here (installers) and the window icons in
#   src/main/resources/org/transferdesk/app/icons/. The outputs are committed,
#   so the build itself never needs these tools.
# Needs rsvg-convert (librsvg2-bin), ImageMagick 6 convert, png2icns (icnsutils).
# When run as root it installs whichever of these is missing with apt-get;
# otherwise it stops and names the packages to install.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
window_dir="$root/src/main/resources/org/transferdesk/app/icons"

missing=()
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
command -v convert >/dev/null || missing+=(imagemagick)
command -v png2icns >/dev/null || missing+=(icnsutils)
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y "${missing[@]}"
  else
    echo "missing tools; install with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Small sizes come from pixel-grid variants: the full drawing blurs below 32 px.
source_for() {
  local size=$1
  if ((size <= 16)); then echo "$here/transferdesk-16.svg"
  elif ((size < 32)); then echo "$here/transferdesk-24.svg"
  else echo "$here/transferdesk.svg"
  fi
}

# -strip and no date chunks keep the PNGs small and byte-identical between runs.
render() {
  local size=$1 out=$2
  rsvg-convert -w "$size" -h "$size" "$(source_for "$size")" -o "$work/raw-$size.png"
  convert "$work/raw-$size.png" -strip -define png:exclude-chunks=date,time \
    -define png:compression-level=9 "PNG32:$out"
}

for size in 16 20 24 32 40 48 64 96 128 256 512 1024; do
  render "$size" "$work/$size.png"
done

# Windows: every size Explorer and the taskbar ask for, up to 256 (stored as PNG).
ico_parts=()
for size in 16 20 24 32 40 48 64 96 128 256; do
  ico_parts+=("$work/$size.png")
done
convert "${ico_parts[@]}" "$here/transferdesk.ico"

# Linux: jpackage takes a single PNG for the .deb and the app image.
cp "$work/256.png" "$here/transferdesk.png"

# macOS: png2icns picks the icns slot from each PNG's size.
png2icns "$here/transferdesk.icns" "$work/16.png" "$work/32.png" "$work/128.png" \
  "$work/256.png" "$work/512.png" "$work/1024.png" >/dev/null

# Window icons for the running app (Stage.getIcons picks the closest size).
mkdir -p "$window_dir"
for size in 16 24 32 48 64 128 256; do
  cp "$work/$size.png" "$window_dir/transferdesk-$size.png"
done

echo "icons written to $here and $window_dir"
