#!/bin/sh
# Install Moderator for this user only (no root), under the XDG paths:
#   the app        ${XDG_DATA_HOME:-~/.local/share}/moderator/
#   the launcher   ~/.local/bin/moderator  (a symlink)
#   the menu entry ${XDG_DATA_HOME:-~/.local/share}/applications/moderator.desktop
#   the icons      ${XDG_DATA_HOME:-~/.local/share}/icons/hicolor/*/apps/moderator.{png,svg}
# Running it again upgrades in place. uninstall.sh undoes it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$data/moderator
bin=$HOME/.local/bin

if [ ! -x "$here/app/moderator" ]; then
    echo "install.sh: $here/app/moderator is missing; run me from the unpacked tarball" >&2
    exit 1
fi

rm -rf "$app"
mkdir -p "$app" "$bin" "$data/applications"
cp -R "$here/app/." "$app/"
ln -sf "$app/moderator" "$bin/moderator"

for dir in "$here"/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$dir"/moderator.* "$data/icons/hicolor/$size/apps/"
done

# an absolute Exec: a desktop session's PATH often lacks ~/.local/bin
sed -e "s|^Exec=moderator|Exec=\"$app/moderator\"|" \
    -e "s|^TryExec=moderator|TryExec=$app/moderator|" \
    "$here/moderator.desktop" > "$data/applications/moderator.desktop"

# optional caches: menus and icon themes pick the entry up sooner where these tools exist
command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$data/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true

echo "Moderator installed in $app"
case ":$PATH:" in
    *":$bin:"*) echo "Start it from the applications menu or with: moderator" ;;
    *) echo "Start it from the applications menu or with: $bin/moderator" ;;
esac
