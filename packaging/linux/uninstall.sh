#!/bin/sh
# Remove what install.sh put in place. Settings, logs and archives stay where the app keeps
# them (~/.config/Moderator, ~/.local/share/Moderator, ~/.local/state/Moderator): delete those
# by hand to forget everything.
set -eu

data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$data/moderator
link=$HOME/.local/bin/moderator

# only our own symlink: a "moderator" the user put there themselves stays
if [ -L "$link" ] && [ "$(readlink "$link")" = "$app/moderator" ]; then
    rm -f "$link"
fi
rm -rf "$app"
rm -f "$data/applications/moderator.desktop"
rm -f "$data"/icons/hicolor/*/apps/moderator.png "$data"/icons/hicolor/*/apps/moderator.svg

command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$data/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true

echo "Moderator removed from $app"
