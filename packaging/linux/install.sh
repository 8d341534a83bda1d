#!/bin/sh
# Add iMessage Sync Helper to your applications menu, for you only (no root needed).
# Run it from the unpacked folder: ./install.sh   Undo with: ./install.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.imsync_gui.ImsyncGui
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
files="applications/$id.desktop metainfo/$id.metainfo.xml icons/hicolor/scalable/apps/$id.svg icons/hicolor/512x512/apps/$id.png"

if [ "${1:-}" = "--remove" ]; then
  for f in $files; do rm -f "$data/$f"; done
  rm -f "$bin/imsync-gui"
  echo "Removed the menu entry and $bin/imsync-gui (this folder is left as it is)."
  exit 0
fi

for f in $files; do
  mkdir -p "$(dirname "$data/$f")"
  cp "$here/share/$f" "$data/$f"
done
# The menu entry starts this folder's copy, wherever it was unpacked.
sed -i "s|^Exec=.*|Exec=\"$here/imsync-gui\"|" "$data/applications/$id.desktop"
mkdir -p "$bin"
ln -sf "$here/imsync-gui" "$bin/imsync-gui"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Installed: look for \"iMessage Sync Helper\" in your applications menu, or run imsync-gui."
