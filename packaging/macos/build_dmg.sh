#!/usr/bin/env bash
# macOS only: build Moderator.app (the spec's BUNDLE), smoke-test it, and wrap it in a .dmg
# with an Applications link to drag it onto. The app is not signed or notarized: see the README.
#   bash packaging/macos/build_dmg.sh      ->  dist/Moderator-<version>-macos-<arch>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(uname -s)" != Darwin ]; then
    echo "build_dmg.sh: needs macOS (hdiutil)" >&2
    exit 1
fi

uv run --group packaging python packaging/build.py
version=$(uv run python -c 'import moderator; print(moderator.__version__)')
dmg="dist/Moderator-$version-macos-$(uname -m).dmg"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symlinks and extended attributes as they are
ditto dist/Moderator.app "$stage/Moderator.app"
ln -s /Applications "$stage/Applications"

rm -f "$dmg"
hdiutil create -volname "Moderator $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "built $dmg"
