#!/bin/sh
# Usage: install/package.sh OUTDIR
# Builds a release of cco from this checkout for 'cco self-update' (ADR 0028):
#   OUTDIR/cco-VERSION-linux-ARCH.tar.gz         one top directory cco-VERSION/: the bundle, its launcher
#                                                still holding the placeholder @CCO_HOME@, and VERSION
#   OUTDIR/cco-VERSION-linux-ARCH.tar.gz.sha256  its checksum, as sha256sum writes it
# Needs a JDK 25 (JAVA_HOME, or one under /usr/lib/jvm) and Maven, as install.sh does.
set -eu
repo=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
[ $# -eq 1 ] || { echo "usage: install/package.sh OUTDIR" >&2; exit 2; }
mkdir -p "$1"
out=$(CDPATH= cd -- "$1" && pwd)
. "$repo/install/build-env.sh"

name=cco-$version-linux-$(uname -m).tar.gz

echo "package: building cco $version with $JAVA_HOME" >&2
package_modules

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
sh "$repo/jlink/build-bundle.sh" "$staging/cco-$version" '@CCO_HOME@'
printf '%s\n' "$version" > "$staging/cco-$version/VERSION"
tar -czf "$staging/$name" -C "$staging" "cco-$version"
(cd "$staging" && sha256sum "$name" > "$name.sha256")
mv "$staging/$name" "$staging/$name.sha256" "$out/"
echo "package: $out/$name" >&2
