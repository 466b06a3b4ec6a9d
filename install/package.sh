#!/bin/sh
# Usage: [CCO_SIGNING_KEY=PRIVATE.pem] install/package.sh OUTDIR
# Builds a release of cco from this checkout for 'cco self-update' (ADR 0029):
#   OUTDIR/cco-VERSION-linux-ARCH.tar.gz         one top directory cco-VERSION/: the bundle, its launcher
#                                                still holding the placeholder @CCO_HOME@, and VERSION
#   OUTDIR/cco-VERSION-linux-ARCH.tar.gz.sha256  its checksum, as sha256sum writes it
#   OUTDIR/cco-VERSION-linux-ARCH.tar.gz.sha256.sig
#                                                with CCO_SIGNING_KEY (an Ed25519 private key in PEM, as
#                                                'openssl genpkey -algorithm ed25519' writes it): the raw
#                                                signature of the checksum file, made with openssl (ADR 0032)
# Needs a JDK 25 (JAVA_HOME, or one under /usr/lib/jvm) and Maven, as install.sh does.
set -eu
repo=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
[ $# -eq 1 ] || { echo "usage: [CCO_SIGNING_KEY=PRIVATE.pem] install/package.sh OUTDIR" >&2; exit 2; }
mkdir -p "$1"
out=$(CDPATH= cd -- "$1" && pwd)
signing_key=${CCO_SIGNING_KEY:-}
# Checked before the build, which takes minutes.
if [ -n "$signing_key" ]; then
    command -v openssl >/dev/null || { echo "package: openssl is needed to sign with CCO_SIGNING_KEY" >&2; exit 1; }
    case $(openssl pkey -in "$signing_key" -noout -text 2>/dev/null | head -n 1) in
        'ED25519 Private-Key:'*) ;;
        *) echo "package: CCO_SIGNING_KEY=$signing_key is not an Ed25519 private key in PEM (openssl genpkey -algorithm ed25519)" >&2; exit 2 ;;
    esac
fi
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
if [ -n "$signing_key" ]; then
    openssl pkeyutl -sign -rawin -inkey "$signing_key" -in "$staging/$name.sha256" -out "$staging/$name.sha256.sig"
    echo "package: signed with $signing_key" >&2
else
    # A signature of an earlier build of this version would sit beside a checksum it does not sign.
    rm -f "$out/$name.sha256.sig"
fi
mv "$staging/$name"* "$out/"
echo "package: $out/$name" >&2
