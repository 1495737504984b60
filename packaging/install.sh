#!/usr/bin/env sh
# Installs this portable Orgsplit for the current user, without root: into ~/.local (or
# $PREFIX), then refreshes the desktop's menus, icons and file types where the tools for
# that are installed. ./install.sh --uninstall removes what it installed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
files="bin/orgsplit share/applications/orgsplit.desktop share/mime/packages/orgsplit.xml
share/icons/hicolor/scalable/apps/orgsplit.svg share/icons/hicolor/48x48/apps/orgsplit.png
share/icons/hicolor/128x128/apps/orgsplit.png share/icons/hicolor/256x256/apps/orgsplit.png"

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$prefix/share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    for f in $files; do rm -f "$prefix/$f"; done
    refresh
    echo "Orgsplit removed from $prefix."
    exit 0
fi
for f in $files; do
    mkdir -p "$(dirname "$prefix/$f")"
    cp "$here/$f" "$prefix/$f"
done
chmod 755 "$prefix/bin/orgsplit"
refresh
echo "Orgsplit installed in $prefix (run it as orgsplit, or from your applications menu)."
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "Add $prefix/bin to your PATH to run orgsplit from a terminal." ;;
esac
