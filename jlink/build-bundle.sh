#!/bin/sh
# Usage: jlink/build-bundle.sh STAGING_DIR FINAL_HOME
# Links cco's modules, and only the JDK modules they need, into STAGING_DIR/runtime, and
# writes the launcher STAGING_DIR/bin/cco for a bundle that will live at FINAL_HOME, and the man
# page and shell completion scripts under STAGING_DIR/share.
# Needs JAVA_HOME (JDK 25) and the module jars built by 'mvn package'.
set -eu
repo=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
staging=$1
final_home=$2
: "${JAVA_HOME:?JAVA_HOME must point to a JDK 25}"

case $final_home in
    *"'"* | *'|'* | *'\'* | *'
'*) echo "build-bundle: unsupported character in install path: $final_home" >&2; exit 2 ;;
esac

# cco's module jars and the third-party modules copied beside the CLI (modules/cli/target/lib);
# CCO_MODULE_PATH lets the system tests link the reactor's exploded modules (target/classes).
# Only this version's: a checkout built before at another version keeps those jars in target/.
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$repo/pom.xml" | head -n 1)
module_path=${CCO_MODULE_PATH:-$( (find "$repo/modules" -path "*/target/cco-*-$version.jar" ! -name 'cco-architecture-tests-*' \
    ! -name 'cco-system-tests-*' ! -name '*-tests.jar' ! -name '*-sources.jar'; \
    find "$repo/modules/cli/target/lib" -name '*.jar' 2>/dev/null) | sort | tr '\n' ':')}
[ -n "$module_path" ] || { echo "build-bundle: no module jars; run 'mvn package' first" >&2; exit 1; }

# slf4j-nop is a service provider nothing requires: without it slf4j warns on every Docker session.
# bouncycastle's jars (docker-java's TLS) are signed; a linked image carries no jar signatures.
"$JAVA_HOME/bin/jlink" --module-path "$module_path" --add-modules cco.cli,org.slf4j.nop --ignore-signing-information \
    --output "$staging/runtime" --strip-debug --no-header-files --no-man-pages
mkdir -p "$staging/bin" "$staging/lib"

# JNA's native stub for this machine, beside the runtime: JNA would otherwise unpack it from its
# jar into ~/.cache on every start (the launcher sets jna.boot.library.path and jna.nounpack).
jna_jar=$(printf '%s' "$module_path" | tr ':' '\n' | grep '/jna-jpms-[^/]*\.jar$' | head -n 1 || true)
case $(uname -sm) in
    'Linux x86_64') jna_platform=linux-x86-64 ;;
    'Linux aarch64') jna_platform=linux-aarch64 ;;
    *) jna_platform='' ;;
esac
if [ -n "$jna_jar" ] && [ -n "$jna_platform" ]; then
    unpacked=$(mktemp -d)
    (cd "$unpacked" && "$JAVA_HOME/bin/jar" xf "$jna_jar" "com/sun/jna/$jna_platform/libjnidispatch.so")
    mv "$unpacked/com/sun/jna/$jna_platform/libjnidispatch.so" "$staging/lib/"
    rm -rf "$unpacked"
fi
# Written by the linked runtime from the command definitions it carries, so they match them.
"$staging/runtime/bin/java" -m cco.cli/cco.cli.BundleDocs "$staging/share"

sed "s|@CCO_HOME@|$final_home|" "$repo/jlink/cco" > "$staging/bin/cco"
chmod 755 "$staging/bin/cco"
