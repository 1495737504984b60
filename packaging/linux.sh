#!/usr/bin/env bash
# Packages Orgsplit for Linux from the release build, with nothing downloaded:
#   target/packages/orgsplit_VERSION_ARCH.deb          (dpkg-deb, part of every Debian system)
#   target/packages/orgsplit-VERSION-x86_64-linux.tar.gz  (portable; install.sh puts it in ~/.local)
# Run from anywhere: bash packaging/linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# The release build `cargo run --release` makes; cargo reuses it when it is up to date.
cargo build --release --locked
binary=target/release/orgsplit
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
machine=$(uname -m)
out=target/packages
rm -rf "$out/stage"
mkdir -p "$out/stage"

# Installs the files of a desktop application under $1 (a root such as $stage/usr, or
# ~/.local): binary, launcher, icons, file types, documentation.
lay_out() {
    local root=$1 doc=$2
    install -Dm755 "$binary" "$root/bin/orgsplit"
    install -Dm644 packaging/orgsplit.desktop "$root/share/applications/orgsplit.desktop"
    install -Dm644 assets/icons/orgsplit.svg "$root/share/icons/hicolor/scalable/apps/orgsplit.svg"
    for size in 48 128 256; do
        install -Dm644 "assets/icons/orgsplit-$size.png" \
            "$root/share/icons/hicolor/${size}x${size}/apps/orgsplit.png"
    done
    install -Dm644 packaging/orgsplit-mime.xml "$root/share/mime/packages/orgsplit.xml"
    install -Dm644 README.md "$doc/README.md"
    install -Dm644 LICENSE "$doc/LICENSE"
    install -Dm644 assets/fonts/UFL.txt "$doc/fonts/Ubuntu-font-licence.txt"
    install -Dm644 assets/fonts/Hack-Regular.txt "$doc/fonts/Hack-licence.txt"
}

# The .deb. The desktop database, icon cache and MIME database are refreshed by the
# triggers of the packages that own them, so no maintainer scripts are needed.
if command -v dpkg-deb >/dev/null; then
    arch=$(dpkg --print-architecture)
    deb="$out/stage/deb"
    lay_out "$deb/usr" "$deb/usr/share/doc/orgsplit"
    mv "$deb/usr/share/doc/orgsplit/LICENSE" "$deb/usr/share/doc/orgsplit/copyright"
    strip "$deb/usr/bin/orgsplit" 2>/dev/null || true
    mkdir -p "$deb/DEBIAN"
    size=$(du -sk "$deb/usr" | cut -f1)
    cat > "$deb/DEBIAN/control" <<CONTROL
Package: orgsplit
Version: $version
Section: office
Priority: optional
Architecture: $arch
Installed-Size: $size
Depends: libc6, libgcc-s1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libx11-6, libxcursor1, libxi6, libwayland-client0
Recommends: xdg-desktop-portal | zenity
Maintainer: The Orgsplit authors <orgsplit@localhost>
Description: Offline org-chart designer for splitting IT into two organisations
 Orgsplit designs the split of an IT department into a Legacy organisation and a
 customer Interaction organisation: staff are dragged between the two on a live
 chart, skill, work-style and knowledge-drain risks are flagged as you go, and
 designs are saved as readable RON files. It never uses the network.
CONTROL
    dpkg-deb --root-owner-group --build "$deb" "$out/orgsplit_${version}_${arch}.deb" >/dev/null
    echo "wrote $out/orgsplit_${version}_${arch}.deb"
else
    echo "dpkg-deb not found: no .deb made (the portable archive still is)"
fi

# The portable archive: the same files under one folder, and install.sh.
name="orgsplit-$version-$machine-linux"
portable="$out/stage/$name"
lay_out "$portable" "$portable"
install -Dm755 packaging/install.sh "$portable/install.sh"
tar -C "$out/stage" -czf "$out/$name.tar.gz" "$name"
echo "wrote $out/$name.tar.gz"
rm -rf "$out/stage"
